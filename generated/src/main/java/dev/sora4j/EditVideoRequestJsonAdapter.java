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
 * Reads and writes {@link EditVideoRequest}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class EditVideoRequestJsonAdapter extends JsonAdapter<EditVideoRequest> {
  private final JsonAdapter<VideoReference> videoAdapter;
  private final JsonAdapter<String> promptAdapter;

  EditVideoRequestJsonAdapter(Moshi moshi) {
    this.videoAdapter = moshi.adapter(VideoReference.class);
    this.promptAdapter = moshi.adapter(String.class);
  }

  @Override
  public EditVideoRequest fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    VideoReference video = null;
    String prompt = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "video":
          video = videoAdapter.fromJson(reader);
          break;
        case "prompt":
          prompt = promptAdapter.fromJson(reader);
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
    return new EditVideoRequest(
        video,
        prompt,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, EditVideoRequest value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    VideoReference video = value.video();
    if (video != null) {
      writer.name("video");
      videoAdapter.toJson(writer, video);
    }
    String prompt = value.prompt();
    if (prompt != null) {
      writer.name("prompt");
      promptAdapter.toJson(writer, prompt);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(EditVideoRequest)";
  }
}
