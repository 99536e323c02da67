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
 * Reads and writes {@link VideoList}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoListJsonAdapter extends JsonAdapter<VideoList> {
  /** The JSON names the contract requires, for telling union alternatives apart. */
  static final Set<String> REQUIRED_NAMES = Collections.unmodifiableSet(new HashSet<>(Arrays.<String>asList(
      "object",
      "data",
      "first_id",
      "last_id",
      "has_more"
      )));

  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "object",
      "data",
      "first_id",
      "last_id",
      "has_more"
      );

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
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          String objectText = ModelSupport.readText(reader);
          object = objectText == null ? null : VideoList.ObjectEnum.fromValue(objectText);
          ModelSupport.keepUnknownText(wireForms, "object", objectText,
              object == VideoList.ObjectEnum.UNKNOWN);
          break;
        case 2 - 1:
          data = dataAdapter.fromJson(reader);
          break;
        case 3 - 1:
          firstId = firstIdAdapter.fromJson(reader);
          break;
        case 4 - 1:
          lastId = lastIdAdapter.fromJson(reader);
          break;
        case 5 - 1:
          hasMore = hasMoreAdapter.fromJson(reader);
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
      writeEnum(writer, object.value());
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
      writeNull(writer);
    }
    String lastId = value.lastId().orElse(null);
    if (lastId != null) {
      writer.name("last_id");
      lastIdAdapter.toJson(writer, lastId);
    } else {
      writer.name("last_id");
      writeNull(writer);
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
    return "JsonAdapter(VideoList)";
  }
}
