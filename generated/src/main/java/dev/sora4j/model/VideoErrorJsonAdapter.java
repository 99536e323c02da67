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
 * Reads and writes {@link VideoError}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class VideoErrorJsonAdapter extends JsonAdapter<VideoError> {
  private final JsonAdapter<String> codeAdapter;
  private final JsonAdapter<String> messageAdapter;

  VideoErrorJsonAdapter(Moshi moshi) {
    this.codeAdapter = moshi.adapter(String.class);
    this.messageAdapter = moshi.adapter(String.class);
  }

  @Override
  public VideoError fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String code = null;
    String message = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "code":
          code = codeAdapter.fromJson(reader);
          break;
        case "message":
          message = messageAdapter.fromJson(reader);
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
    return new VideoError(
        code,
        message,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, VideoError value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    String code = value.code();
    if (code != null) {
      writer.name("code");
      codeAdapter.toJson(writer, code);
    }
    String message = value.message();
    if (message != null) {
      writer.name("message");
      messageAdapter.toJson(writer, message);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(VideoError)";
  }
}
