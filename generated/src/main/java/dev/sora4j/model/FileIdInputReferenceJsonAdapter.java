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
 * Reads and writes {@link FileIdInputReference}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class FileIdInputReferenceJsonAdapter extends JsonAdapter<FileIdInputReference> {
  /** The JSON names the contract requires, for telling union alternatives apart. */
  static final Set<String> REQUIRED_NAMES = Collections.unmodifiableSet(new HashSet<>(Arrays.<String>asList(
      "file_id"
      )));

  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "file_id"
      );

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
      switch (reader.selectName(NAMES)) {
        case 1 - 1:
          fileId = fileIdAdapter.fromJson(reader);
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
    return "JsonAdapter(FileIdInputReference)";
  }
}
