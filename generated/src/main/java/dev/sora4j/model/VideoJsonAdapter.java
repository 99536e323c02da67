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
 * Reads and writes {@link Video}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoJsonAdapter extends JsonAdapter<Video> {
  private final JsonAdapter<String> idAdapter;
  private final JsonAdapter<VideoModel> modelAdapter;
  private final JsonAdapter<String> promptAdapter;
  private final JsonAdapter<VideoSize> sizeAdapter;
  private final JsonAdapter<VideoSeconds> secondsAdapter;
  private final JsonAdapter<String> remixedFromVideoIdAdapter;
  private final JsonAdapter<VideoError> errorAdapter;

  VideoJsonAdapter(Moshi moshi) {
    this.idAdapter = moshi.adapter(String.class);
    this.modelAdapter = moshi.adapter(VideoModel.class);
    this.promptAdapter = moshi.adapter(String.class);
    this.sizeAdapter = moshi.adapter(VideoSize.class);
    this.secondsAdapter = moshi.adapter(VideoSeconds.class);
    this.remixedFromVideoIdAdapter = moshi.adapter(String.class);
    this.errorAdapter = moshi.adapter(VideoError.class);
  }

  @Override
  public Video fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String id = null;
    Video.ObjectEnum object = null;
    VideoModel model = null;
    VideoStatus status = null;
    Integer progress = null;
    Long createdAt = null;
    Long completedAt = null;
    Long expiresAt = null;
    String prompt = null;
    VideoSize size = null;
    VideoSeconds seconds = null;
    String remixedFromVideoId = null;
    VideoError error = null;
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
          object = objectText == null ? null : Video.ObjectEnum.fromValue(objectText);
          ModelSupport.keepUnknownText(wireForms, "object", objectText,
              object == Video.ObjectEnum.UNKNOWN);
          break;
        case "model":
          model = modelAdapter.fromJson(reader);
          break;
        case "status":
          String statusText = ModelSupport.readText(reader);
          status = statusText == null ? null : VideoStatus.fromValue(statusText);
          ModelSupport.keepUnknownText(wireForms, "status", statusText,
              status == VideoStatus.UNKNOWN);
          break;
        case "progress":
          progress = ModelSupport.readInt(reader, "progress", wireForms);
          break;
        case "created_at":
          createdAt = ModelSupport.readLong(reader, "created_at", wireForms);
          break;
        case "completed_at":
          completedAt = ModelSupport.readLong(reader, "completed_at", wireForms);
          break;
        case "expires_at":
          expiresAt = ModelSupport.readLong(reader, "expires_at", wireForms);
          break;
        case "prompt":
          prompt = promptAdapter.fromJson(reader);
          break;
        case "size":
          size = sizeAdapter.fromJson(reader);
          break;
        case "seconds":
          seconds = secondsAdapter.fromJson(reader);
          break;
        case "remixed_from_video_id":
          remixedFromVideoId = remixedFromVideoIdAdapter.fromJson(reader);
          break;
        case "error":
          error = errorAdapter.fromJson(reader);
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
    return new Video(
        id,
        object,
        model,
        status,
        progress,
        createdAt,
        completedAt,
        expiresAt,
        prompt,
        size,
        seconds,
        remixedFromVideoId,
        error,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, Video value) throws IOException {
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
    Video.ObjectEnum object = value.object();
    if (value.wireForms().containsKey("object")) {
      writer.name("object");
      writer.jsonValue(value.wireForms().get("object"));
    } else if (object != null) {
      writer.name("object");
      ModelSupport.writeEnumText(writer, object.value());
    }
    VideoModel model = value.model();
    if (model != null) {
      writer.name("model");
      modelAdapter.toJson(writer, model);
    }
    VideoStatus status = value.status();
    if (value.wireForms().containsKey("status")) {
      writer.name("status");
      writer.jsonValue(value.wireForms().get("status"));
    } else if (status != null) {
      writer.name("status");
      ModelSupport.writeEnumText(writer, status.value());
    }
    Integer progress = value.progress();
    if (value.wireForms().containsKey("progress")) {
      writer.name("progress");
      writer.jsonValue(value.wireForms().get("progress"));
    } else if (progress != null) {
      writer.name("progress");
      writer.value(progress);
    }
    Long createdAt = value.createdAt();
    if (value.wireForms().containsKey("created_at")) {
      writer.name("created_at");
      writer.jsonValue(value.wireForms().get("created_at"));
    } else if (createdAt != null) {
      writer.name("created_at");
      writer.value(createdAt);
    }
    Long completedAt = value.completedAt().orElse(null);
    if (value.wireForms().containsKey("completed_at")) {
      writer.name("completed_at");
      writer.jsonValue(value.wireForms().get("completed_at"));
    } else if (completedAt != null) {
      writer.name("completed_at");
      writer.value(completedAt);
    } else {
      writer.name("completed_at");
      ModelSupport.writeNull(writer);
    }
    Long expiresAt = value.expiresAt().orElse(null);
    if (value.wireForms().containsKey("expires_at")) {
      writer.name("expires_at");
      writer.jsonValue(value.wireForms().get("expires_at"));
    } else if (expiresAt != null) {
      writer.name("expires_at");
      writer.value(expiresAt);
    } else {
      writer.name("expires_at");
      ModelSupport.writeNull(writer);
    }
    String prompt = value.prompt().orElse(null);
    if (prompt != null) {
      writer.name("prompt");
      promptAdapter.toJson(writer, prompt);
    } else {
      writer.name("prompt");
      ModelSupport.writeNull(writer);
    }
    VideoSize size = value.size();
    if (size != null) {
      writer.name("size");
      sizeAdapter.toJson(writer, size);
    }
    VideoSeconds seconds = value.seconds();
    if (seconds != null) {
      writer.name("seconds");
      secondsAdapter.toJson(writer, seconds);
    }
    String remixedFromVideoId = value.remixedFromVideoId().orElse(null);
    if (remixedFromVideoId != null) {
      writer.name("remixed_from_video_id");
      remixedFromVideoIdAdapter.toJson(writer, remixedFromVideoId);
    } else {
      writer.name("remixed_from_video_id");
      ModelSupport.writeNull(writer);
    }
    VideoError error = value.error().orElse(null);
    if (error != null) {
      writer.name("error");
      errorAdapter.toJson(writer, error);
    } else {
      writer.name("error");
      ModelSupport.writeNull(writer);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(Video)";
  }
}
