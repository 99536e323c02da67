// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@link CreateVideoRequest}. Reading is lenient: absent properties stay null,
 * unknown ones are kept, integers sent as floats or strings read rounded down, and enum values
 * this version does not list keep their text; writing omits absent properties, writes null ones
 * the contract marks nullable, and writes every property as the server sent it.
 */
final class CreateVideoRequestJsonAdapter extends JsonAdapter<CreateVideoRequest> {
  private final JsonAdapter<String> promptAdapter;
  private final JsonAdapter<VideoModel> modelAdapter;
  private final JsonAdapter<VideoSeconds> secondsAdapter;
  private final JsonAdapter<VideoSize> sizeAdapter;
  private final JsonAdapter<ImageInputReference> inputReferenceAdapter;

  CreateVideoRequestJsonAdapter(Moshi moshi) {
    this.promptAdapter = moshi.adapter(String.class);
    this.modelAdapter = moshi.adapter(VideoModel.class);
    this.secondsAdapter = moshi.adapter(VideoSeconds.class);
    this.sizeAdapter = moshi.adapter(VideoSize.class);
    this.inputReferenceAdapter = moshi.adapter(ImageInputReference.class);
  }

  @Override
  public CreateVideoRequest fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String prompt = null;
    VideoModel model = null;
    VideoSeconds seconds = null;
    VideoSize size = null;
    ImageInputReference inputReference = null;
    Map<String, Object> additionalProperties = null;
    Map<String, Object> wireForms = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String jsonKey = reader.nextName();
      switch (jsonKey) {
        case "prompt":
          prompt = promptAdapter.fromJson(reader);
          break;
        case "model":
          model = modelAdapter.fromJson(reader);
          break;
        case "seconds":
          seconds = secondsAdapter.fromJson(reader);
          break;
        case "size":
          size = sizeAdapter.fromJson(reader);
          break;
        case "input_reference":
          inputReference = inputReferenceAdapter.fromJson(reader);
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
    return new CreateVideoRequest(
        prompt,
        model,
        seconds,
        size,
        inputReference,
        additionalProperties,
        wireForms);
  }

  @Override
  public void toJson(JsonWriter writer, CreateVideoRequest value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    String prompt = value.prompt();
    if (prompt != null) {
      writer.name("prompt");
      promptAdapter.toJson(writer, prompt);
    }
    VideoModel model = value.model().orElse(null);
    if (model != null) {
      writer.name("model");
      modelAdapter.toJson(writer, model);
    }
    VideoSeconds seconds = value.seconds().orElse(null);
    if (seconds != null) {
      writer.name("seconds");
      secondsAdapter.toJson(writer, seconds);
    }
    VideoSize size = value.size().orElse(null);
    if (size != null) {
      writer.name("size");
      sizeAdapter.toJson(writer, size);
    }
    ImageInputReference inputReference = value.inputReference().orElse(null);
    if (inputReference != null) {
      writer.name("input_reference");
      inputReferenceAdapter.toJson(writer, inputReference);
    }
    for (Map.Entry<String, Object> property : value.additionalProperties().entrySet()) {
      writer.name(property.getKey());
      writer.jsonValue(property.getValue());
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CreateVideoRequest)";
  }
}
