// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/** Reads and writes {@link VideoSeconds} as its wire string. */
final class VideoSecondsJsonAdapter extends JsonAdapter<VideoSeconds> {
  @Override
  public VideoSeconds fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return VideoSeconds.of(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, VideoSeconds value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.value(value.value());
  }

  @Override
  public String toString() {
    return "JsonAdapter(VideoSeconds)";
  }
}
