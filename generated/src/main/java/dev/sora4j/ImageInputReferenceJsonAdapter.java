// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;

/**
 * Reads {@link ImageInputReference} by the required properties of each alternative: exactly one
 * alternative must match.
 */
final class ImageInputReferenceJsonAdapter extends JsonAdapter<ImageInputReference> {
  private final JsonAdapter<FileIdInputReference> fileIdInputReferenceAdapter;
  private final JsonAdapter<ImageUrlInputReference> imageUrlInputReferenceAdapter;

  ImageInputReferenceJsonAdapter(Moshi moshi) {
    this.fileIdInputReferenceAdapter = moshi.adapter(FileIdInputReference.class);
    this.imageUrlInputReferenceAdapter = moshi.adapter(ImageUrlInputReference.class);
  }

  @Override
  public ImageInputReference fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    Object json = reader.readJsonValue();
    if (!(json instanceof Map)) {
      throw new JsonDataException("ImageInputReference: expected an object at " + path);
    }
    Map<?, ?> object = (Map<?, ?>) json;
    ImageInputReference match = null;
    int matches = 0;
    if (object.keySet().containsAll(FileIdInputReferenceJsonAdapter.REQUIRED_NAMES)) {
      match = ImageInputReference.of(fileIdInputReferenceAdapter.fromJsonValue(json));
      matches++;
    }
    if (object.keySet().containsAll(ImageUrlInputReferenceJsonAdapter.REQUIRED_NAMES)) {
      match = ImageInputReference.of(imageUrlInputReferenceAdapter.fromJsonValue(json));
      matches++;
    }
    if (matches != 1) {
      throw new JsonDataException("ImageInputReference: expected exactly one of FileIdInputReference, ImageUrlInputReference at "
          + path + ", but " + matches + " match");
    }
    return match;
  }

  @Override
  public void toJson(JsonWriter writer, ImageInputReference value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    Object alternative = value.value();
    if (alternative instanceof FileIdInputReference) {
      fileIdInputReferenceAdapter.toJson(writer, (FileIdInputReference) alternative);
      return;
    }
    if (alternative instanceof ImageUrlInputReference) {
      imageUrlInputReferenceAdapter.toJson(writer, (ImageUrlInputReference) alternative);
      return;
    }
    throw new JsonDataException("ImageInputReference: unexpected alternative " + alternative.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImageInputReference)";
  }
}
