// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@link FileIdInputReference}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class FileIdInputReferenceJsonAdapter extends JsonAdapter<FileIdInputReference> {
  /** The JSON names the contract requires, by which the union adapter tells the alternatives apart. */
  static final Set<String> REQUIRED_NAMES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
      "file_id"
      )));

  private final JsonAdapter<String> fileIdAdapter;

  FileIdInputReferenceJsonAdapter(Moshi moshi) {
    this.fileIdAdapter = moshi.adapter(String.class);
  }

  @Override
  public FileIdInputReference fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String fileId = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "file_id":
          fileId = fileIdAdapter.fromJson(reader);
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
    return new FileIdInputReference(
        fileId,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, FileIdInputReference value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    String fileId = value.fileId();
    if (fileId != null) {
      writer.name("file_id");
      fileIdAdapter.toJson(writer, fileId);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(FileIdInputReference)";
  }
}
