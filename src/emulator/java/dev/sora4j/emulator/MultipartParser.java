package dev.sora4j.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming {@code multipart/form-data} parser (RFC 7578). The body is read once, in order;
 * text parts are kept (within a byte budget), file parts are only counted, so an upload of any
 * size costs no memory. The boundary is found with Knuth-Morris-Pratt matching, which never
 * looks back in the stream.
 *
 * <p>A part is a file when its {@code Content-Disposition} has a {@code filename}, else a text
 * field (read as UTF-8).
 */
final class MultipartParser {
  private static final int MAX_HEADER_BYTES = 16 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  /** {@code CRLF--boundary}: what precedes every part but the first, and the end. */
  private final byte[] delimiter;
  /** The KMP failure function of {@link #delimiter}. */
  private final int[] fallback;
  private final long maxTextBytes;
  private long textBytes;

  private MultipartParser(InputStream in, String boundary, long maxTextBytes) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.fallback = failureFunction(delimiter);
    this.maxTextBytes = maxTextBytes;
  }

  /**
   * Parses a whole body.
   *
   * @param maxTextBytes how many bytes all text parts together may have
   * @throws ApiErrorException 400 if the body is not well-formed multipart, 413 if the text parts
   *     exceed {@code maxTextBytes}
   * @throws IOException if reading the body fails
   */
  static RequestForm parse(InputStream body, String boundary, long maxTextBytes) throws IOException {
    return new MultipartParser(body, boundary, maxTextBytes).parse();
  }

  private RequestForm parse() throws IOException {
    // The first delimiter may open the body with no CRLF before it: start as if one had been read.
    if (!copyUntilDelimiter(new CountingSink(), 2)) {
      throw malformed("the body does not contain the boundary given in Content-Type");
    }
    RequestForm form = new RequestForm();
    while (true) {
      int first = read();
      int second = read();
      if (first == '-' && second == '-') {
        return form; // the closing delimiter; the epilogue is ignored
      }
      while (first == ' ' || first == '\t') { // transport padding after a boundary
        first = second;
        second = read();
      }
      if (first != '\r' || second != '\n') {
        throw malformed("a boundary is not followed by a line break");
      }
      readPart(form);
    }
  }

  private void readPart(RequestForm form) throws IOException {
    String disposition = null;
    String contentType = null;
    int headerBytes = 0;
    for (String line = readHeaderLine(); !line.isEmpty(); line = readHeaderLine()) {
      headerBytes += line.length();
      if (headerBytes > MAX_HEADER_BYTES) {
        throw malformed("the headers of a part exceed " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw malformed("a part header has no ':'");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-disposition")) {
        disposition = value;
      } else if (name.equals("content-type")) {
        contentType = value;
      }
    }
    if (disposition == null || !HeaderParams.mainValue(disposition).equals("form-data")) {
      throw malformed("a part has no 'Content-Disposition: form-data' header");
    }
    Map<String, String> parameters = HeaderParams.parameters(disposition);
    String name = parameters.get("name");
    if (name == null || name.isEmpty()) {
      throw malformed("a part has no name");
    }
    String filename = parameters.get("filename");
    if (filename != null) {
      CountingSink content = new CountingSink();
      requireDelimiter(copyUntilDelimiter(content, 0));
      form.addFile(name, new UploadedFile(filename, contentType, content.count));
    } else {
      TextSink content = new TextSink();
      requireDelimiter(copyUntilDelimiter(content, 0));
      form.addText(name, new String(content.toByteArray(), StandardCharsets.UTF_8));
    }
  }

  private static void requireDelimiter(boolean found) {
    if (!found) {
      throw malformed("the body ends before its closing boundary");
    }
  }

  /** A header line without its line break (CRLF, or a bare LF from a lax client), as UTF-8. */
  private String readHeaderLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = read()) != '\n') {
      if (b == -1) {
        throw malformed("the body ends inside the headers of a part");
      }
      if (line.size() > MAX_HEADER_BYTES) {
        throw malformed("the headers of a part exceed " + MAX_HEADER_BYTES + " bytes");
      }
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /**
   * Copies the stream to {@code sink} up to the next delimiter, which is consumed.
   *
   * @param matched how much of the delimiter counts as already read
   * @return false if the stream ended first
   */
  private boolean copyUntilDelimiter(OutputStream sink, int matched) throws IOException {
    int b;
    while ((b = read()) != -1) {
      byte value = (byte) b;
      while (matched > 0 && delimiter[matched] != value) {
        // the bytes that matched so far, minus the part that may still start a delimiter, were content
        int stillMatched = fallback[matched - 1];
        sink.write(delimiter, 0, matched - stillMatched);
        matched = stillMatched;
      }
      if (delimiter[matched] == value) {
        matched++;
        if (matched == delimiter.length) {
          return true;
        }
      } else {
        sink.write(b);
      }
    }
    return false;
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xff;
  }

  /** For each prefix of the pattern, the length of its longest proper prefix that is also its suffix. */
  private static int[] failureFunction(byte[] pattern) {
    int[] failure = new int[pattern.length];
    int k = 0;
    for (int i = 1; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = failure[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      failure[i] = k;
    }
    return failure;
  }

  private static ApiErrorException malformed(String detail) {
    return ApiErrorException.invalid(null, "invalid_multipart", "Malformed multipart/form-data body: " + detail + ".");
  }

  /** Counts a file part's bytes and drops them. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }

  /** Keeps a text part, within the budget all text parts share. */
  private final class TextSink extends ByteArrayOutputStream {
    @Override
    public synchronized void write(int b) {
      spend(1);
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      spend(length);
      super.write(bytes, offset, length);
    }

    private void spend(int bytes) {
      textBytes += bytes;
      if (textBytes > maxTextBytes) {
        throw FormReader.tooLarge("text fields", maxTextBytes);
      }
    }
  }
}
