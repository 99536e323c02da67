package dev.sora4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.RequestBody;
import okio.Buffer;

/** A request body as it goes on the wire: written to a buffer, and read back part by part. */
final class WrittenBody {
  final MediaType contentType;
  final long contentLength;
  final Buffer bytes = new Buffer();

  private WrittenBody(RequestBody body) throws IOException {
    this.contentType = body.contentType();
    this.contentLength = body.contentLength();
    body.writeTo(bytes);
  }

  static WrittenBody of(RequestBody body) throws IOException {
    return new WrittenBody(body);
  }

  String utf8() {
    return bytes.clone().readString(StandardCharsets.UTF_8);
  }

  /** The parts of a multipart body, in order. */
  List<Part> parts() throws IOException {
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(bytes.clone(), contentType.parameter("boundary"))) {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        parts.add(new Part(part.headers().get("Content-Disposition"), part.headers().get("Content-Type"),
            part.body().readByteArray()));
      }
    }
    return parts;
  }

  /** One part: its two headers (null when absent) and its content. */
  static final class Part {
    final String disposition;
    final String contentType;
    final byte[] content;

    Part(String disposition, String contentType, byte[] content) {
      this.disposition = disposition;
      this.contentType = contentType;
      this.content = content;
    }

    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return disposition + " | " + contentType + " | "
          + (content.length > 100 ? content.length + " bytes" : text());
    }
  }
}
