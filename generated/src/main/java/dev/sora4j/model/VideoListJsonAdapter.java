// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link VideoList}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoListJsonAdapter extends JsonAdapter<VideoList> {
  private final JsonAdapter<List<Video>> dataAdapter;
  private final JsonAdapter<String> firstIdAdapter;
  private final JsonAdapter<String> lastIdAdapter;
  private final JsonAdapter<Boolean> hasMoreAdapter;

  VideoListJsonAdapter(Moshi moshi) {
    this.dataAdapter = moshi.adapter(Types.newParameterizedType(List.class, Video.class));
    this.firstIdAdapter = moshi.adapter(String.class);
    this.lastIdAdapter = moshi.adapter(String.class);
    this.hasMoreAdapter = moshi.adapter(Boolean.class);
  }

  @Override
  public VideoList fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    VideoList.ObjectEnum object = null;
    List<Video> data = null;
    String firstId = null;
    String lastId = null;
    Boolean hasMore = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "object":
          String objectText = ModelSupport.readText(reader);
          object = objectText == null ? null : VideoList.ObjectEnum.fromValue(objectText);
          ModelSupport.keepUnknownText(wireForms, "object", objectText,
              object == VideoList.ObjectEnum.UNKNOWN);
          break;
        case "data":
          data = dataAdapter.fromJson(reader);
          break;
        case "first_id":
          firstId = firstIdAdapter.fromJson(reader);
          break;
        case "last_id":
          lastId = lastIdAdapter.fromJson(reader);
          break;
        case "has_more":
          hasMore = hasMoreAdapter.fromJson(reader);
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
    return new VideoList(
        object,
        data,
        firstId,
        lastId,
        hasMore,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, VideoList value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    VideoList.ObjectEnum object = value.object();
    if (value.wireForms().containsKey("object")) {
      writer.name("object");
      writer.jsonValue(value.wireForms().get("object"));
    } else if (object != null) {
      writer.name("object");
      ModelSupport.writeEnumText(writer, object.value());
    }
    List<Video> data = value.data();
    if (data != null) {
      writer.name("data");
      dataAdapter.toJson(writer, data);
    }
    String firstId = value.firstId().orElse(null);
    if (firstId != null) {
      writer.name("first_id");
      firstIdAdapter.toJson(writer, firstId);
    } else {
      writer.name("first_id");
      ModelSupport.writeNull(writer);
    }
    String lastId = value.lastId().orElse(null);
    if (lastId != null) {
      writer.name("last_id");
      lastIdAdapter.toJson(writer, lastId);
    } else {
      writer.name("last_id");
      ModelSupport.writeNull(writer);
    }
    Boolean hasMore = value.hasMore();
    if (hasMore != null) {
      writer.name("has_more");
      hasMoreAdapter.toJson(writer, hasMore);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VideoList)";
  }
}
