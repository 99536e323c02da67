// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** Reads and writes {@link VideoStatus} as its wire string. */
final class VideoStatusJsonAdapter extends JsonAdapter<VideoStatus> {
  @Override
  public VideoStatus fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return VideoStatus.fromValue(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, VideoStatus value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    if (value.value() == null) {
      throw new JsonDataException("VideoStatus.UNKNOWN has no text to write at " + writer.getPath()
          + "; the object that holds it keeps the text the server sent");
    }
    writer.value(value.value());
  }

  @Override
  public String toString() {
    return "JsonAdapter(VideoStatus)";
  }
}
