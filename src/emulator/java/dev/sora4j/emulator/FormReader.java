package dev.sora4j.emulator;

import com.squareup.moshi.JsonReader;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;

/**
 * Reads the body of a POST into a {@link RequestForm}, from {@code multipart/form-data} or
 * {@code application/json}, within the emulator's size limits.
 */
final class FormReader {
  /**
   * A JSON body is held whole: room for an image URL of the contract's greatest length
   * ({@value dev.sora4j.model.VideosContract#IMAGE_URL_MAX_LENGTH} characters) and the rest.
   */
  static final long MAX_JSON_BYTES = 32L * 1024 * 1024;
  /** A multipart body streams: its files are counted, not kept, so it may be larger. */
  static final long MAX_MULTIPART_BYTES = 256L * 1024 * 1024;
  /** The text parts of a multipart body are held whole, like a JSON body. */
  static final long MAX_MULTIPART_TEXT_BYTES = MAX_JSON_BYTES;

  private FormReader() {
  }

  /**
   * Reads the request's body.
   *
   * @param jsonAccepted false for the operations that take multipart only
   */
  static RequestForm read(HttpExchange exchange, boolean jsonAccepted) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String mediaType = contentType == null ? "" : HeaderParams.mainValue(contentType);
    if (mediaType.equals("multipart/form-data")) {
      String boundary = HeaderParams.parameters(contentType).get("boundary");
      if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
        throw ApiErrorException.invalid(null, "invalid_multipart",
            "The multipart/form-data Content-Type has no usable boundary parameter.");
      }
      return MultipartParser.parse(bounded(exchange, MAX_MULTIPART_BYTES), boundary, MAX_MULTIPART_TEXT_BYTES);
    }
    if (jsonAccepted && (mediaType.equals("application/json") || mediaType.endsWith("+json"))) {
      return RequestForm.fromJson(parseJson(bounded(exchange, MAX_JSON_BYTES)));
    }
    throw ApiErrorException.invalid(null, "invalid_content_type", "Invalid Content-Type header ("
        + (contentType == null ? "none" : contentType) + "), expected multipart/form-data"
        + (jsonAccepted ? " or application/json." : "."));
  }

  private static Object parseJson(InputStream body) throws IOException {
    Buffer bytes = new Buffer();
    bytes.readFrom(body);
    try (JsonReader reader = JsonReader.of(bytes)) {
      Object value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("more than one JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      // the body is already in memory: any failure here is the JSON's, not the connection's
      throw ApiErrorException.invalid(null, "invalid_json",
          "We could not parse the JSON body of your request (" + e.getMessage() + ").");
    }
  }

  private static InputStream bounded(HttpExchange exchange, long maxBytes) {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.trim()) > maxBytes) {
          throw tooLarge("body", maxBytes);
        }
      } catch (NumberFormatException e) {
        // the server itself frames the body; a bad header only loses the early check
      }
    }
    return new BoundedInputStream(exchange.getRequestBody(), maxBytes);
  }

  static ApiErrorException tooLarge(String what, long maxBytes) {
    return new ApiErrorException(413, ApiErrorException.INVALID_REQUEST, null, "request_too_large",
        "The request " + what + " exceeds the emulator's limit of " + maxBytes + " bytes.");
  }

  /** Fails as soon as a body proves longer than allowed, whatever its Content-Length said. */
  private static final class BoundedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long count;

    BoundedInputStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int read = super.read(bytes, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(int bytes) {
      count += bytes;
      if (count > maxBytes) {
        throw tooLarge("body", maxBytes);
      }
    }
  }
}
