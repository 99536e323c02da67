// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link VideoWebhookEvent}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoWebhookEventJsonAdapter extends JsonAdapter<VideoWebhookEvent> {
  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<VideoWebhookEventType> typeAdapter;
  private final JsonAdapter<VideoWebhookEventData> dataAdapter;

  VideoWebhookEventJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.typeAdapter = moshi.adapter(VideoWebhookEventType.class);
    this.dataAdapter = moshi.adapter(VideoWebhookEventData.class);
  }

  @Override
  public VideoWebhookEvent fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String id = null;
    VideoWebhookEvent.ObjectEnum object = null;
    Long createdAt = null;
    VideoWebhookEventType type = null;
    VideoWebhookEventData data = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "id":
          id = idAdapter.fromJson(reader);
          break;
        case "object":
          String objectText = ModelSupport.readText(reader);
          object = objectText == null ? null : VideoWebhookEvent.ObjectEnum.fromValue(objectText);
          ModelSupport.keepUnknownText(wireForms, "object", objectText,
              object == VideoWebhookEvent.ObjectEnum.UNKNOWN);
          break;
        case "created_at":
          createdAt = ModelSupport.readLong(reader, "created_at", wireForms);
          break;
        case "type":
          type = typeAdapter.fromJson(reader);
          break;
        case "data":
          data = dataAdapter.fromJson(reader);
          break;
        default:
          if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
          }
          additionalProperties.put(jsonKey, ModelSupport.readJsonValue(reader));
          break;
      }
    }
    reader.endObject();
    return new VideoWebhookEvent(
        id,
        object,
        createdAt,
        type,
        data,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, VideoWebhookEvent value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    String id = value.id();
    if (id != null) {
      writer.name("id");
      idAdapter.toJson(writer, id);
    }
    VideoWebhookEvent.ObjectEnum object = value.object();
    if (value.wireForms().containsKey("object")) {
      writer.name("object");
      writer.jsonValue(value.wireForms().get("object"));
    } else if (object != null) {
      writer.name("object");
      ModelSupport.writeEnumText(writer, object.value());
    }
    Long createdAt = value.createdAt();
    if (value.wireForms().containsKey("created_at")) {
      writer.name("created_at");
      writer.jsonValue(value.wireForms().get("created_at"));
    } else if (createdAt != null) {
      writer.name("created_at");
      writer.value(createdAt);
    }
    VideoWebhookEventType type = value.type();
    if (type != null) {
      writer.name("type");
      typeAdapter.toJson(writer, type);
    }
    VideoWebhookEventData data = value.data();
    if (data != null) {
      writer.name("data");
      dataAdapter.toJson(writer, data);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VideoWebhookEvent)";
  }
}
