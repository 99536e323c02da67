// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Reads and writes {@link Video}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoJsonAdapter extends JsonAdapter<Video> {
  /** The JSON names the contract requires, for telling union alternatives apart. */
  static final Set<String> REQUIRED_NAMES = Collections.unmodifiableSet(new HashSet<>(Arrays.<String>asList(
      "id",
      "object",
      "model",
      "status",
      "progress",
      "created_at",
      "size",
      "seconds"
      )));

  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "id",
      "object",
      "model",
      "status",
      "progress",
      "created_at",
      "completed_at",
      "expires_at",
      "prompt",
      "size",
      "seconds",
      "remixed_from_video_id",
      "error"
      );

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
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          id = idAdapter.fromJson(reader);
          break;
        case 2 - 1:
          String objectText = ModelSupport.readText(reader);
          object = objectText == null ? null : Video.ObjectEnum.fromValue(objectText);
          ModelSupport.keepUnknownText(wireForms, "object", objectText,
              object == Video.ObjectEnum.UNKNOWN);
          break;
        case 3 - 1:
          model = modelAdapter.fromJson(reader);
          break;
        case 4 - 1:
          String statusText = ModelSupport.readText(reader);
          status = statusText == null ? null : VideoStatus.fromValue(statusText);
          ModelSupport.keepUnknownText(wireForms, "status", statusText,
              status == VideoStatus.UNKNOWN);
          break;
        case 5 - 1:
          progress = ModelSupport.readInt(reader, "progress", wireForms);
          break;
        case 6 - 1:
          createdAt = ModelSupport.readLong(reader, "created_at", wireForms);
          break;
        case 7 - 1:
          completedAt = ModelSupport.readLong(reader, "completed_at", wireForms);
          break;
        case 8 - 1:
          expiresAt = ModelSupport.readLong(reader, "expires_at", wireForms);
          break;
        case 9 - 1:
          prompt = promptAdapter.fromJson(reader);
          break;
        case 10 - 1:
          size = sizeAdapter.fromJson(reader);
          break;
        case 11 - 1:
          seconds = secondsAdapter.fromJson(reader);
          break;
        case 12 - 1:
          remixedFromVideoId = remixedFromVideoIdAdapter.fromJson(reader);
          break;
        case 13 - 1:
          error = errorAdapter.fromJson(reader);
          break;
        default:
          if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
          }
          additionalProperties.put(reader.nextName(), ModelSupport.readJsonValue(reader));
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
      writeEnum(writer, object.value());
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
      writeEnum(writer, status.value());
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
      writeNull(writer);
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
      writeNull(writer);
    }
    String prompt = value.prompt().orElse(null);
    if (prompt != null) {
      writer.name("prompt");
      promptAdapter.toJson(writer, prompt);
    } else {
      writer.name("prompt");
      writeNull(writer);
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
      writeNull(writer);
    }
    VideoError error = value.error().orElse(null);
    if (error != null) {
      writer.name("error");
      errorAdapter.toJson(writer, error);
    } else {
      writer.name("error");
      writeNull(writer);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  /** Writes an explicit null: the contract sends nullable properties as null, not absent. */
  private static void writeNull(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.nullValue();
    writer.setSerializeNulls(serializeNulls);
  }

  /** An UNKNOWN without text cannot occur in a parsed or built object; this guards a bug, not input. */
  private static void writeEnum(JsonWriter writer, String wireValue) throws IOException {
    if (wireValue == null) {
      throw new com.squareup.moshi.JsonDataException("UNKNOWN has no text to write at " + writer.getPath());
    }
    writer.value(wireValue);
  }

  @Override
  public String toString() {
    return "JsonAdapter(Video)";
  }
}
