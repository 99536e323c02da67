// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link ApiError}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class ApiErrorJsonAdapter extends JsonAdapter<ApiError> {
  private final JsonAdapter<String> messageAdapter;
  private final JsonAdapter<String> typeAdapter;
  private final JsonAdapter<String> paramAdapter;
  private final JsonAdapter<String> codeAdapter;

  ApiErrorJsonAdapter(Moshi moshi) {
    this.messageAdapter = moshi.adapter(String.class);
    this.typeAdapter = moshi.adapter(String.class);
    this.paramAdapter = moshi.adapter(String.class);
    this.codeAdapter = moshi.adapter(String.class);
  }

  @Override
  public ApiError fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String message = null;
    String type = null;
    String param = null;
    String code = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "message":
          message = messageAdapter.fromJson(reader);
          break;
        case "type":
          type = typeAdapter.fromJson(reader);
          break;
        case "param":
          param = paramAdapter.fromJson(reader);
          break;
        case "code":
          code = codeAdapter.fromJson(reader);
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
    return new ApiError(
        message,
        type,
        param,
        code,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, ApiError value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    String message = value.message();
    if (message != null) {
      writer.name("message");
      messageAdapter.toJson(writer, message);
    }
    String type = value.type();
    if (type != null) {
      writer.name("type");
      typeAdapter.toJson(writer, type);
    }
    String param = value.param().orElse(null);
    if (param != null) {
      writer.name("param");
      paramAdapter.toJson(writer, param);
    } else {
      writer.name("param");
      ModelSupport.writeNull(writer);
    }
    String code = value.code().orElse(null);
    if (code != null) {
      writer.name("code");
      codeAdapter.toJson(writer, code);
    } else {
      writer.name("code");
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
    return "JsonAdapter(ApiError)";
  }
}
