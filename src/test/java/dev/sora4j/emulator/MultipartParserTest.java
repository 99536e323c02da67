package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming multipart parser on hand-written bodies, including the awkward ones. */
class MultipartParserTest {
  private static final String BOUNDARY = "xYz-123";

  private static RequestForm parse(String body) throws IOException {
    return parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), 1_000_000);
  }

  private static RequestForm parse(InputStream body, long maxTextBytes) throws IOException {
    return MultipartParser.parse(body, BOUNDARY, maxTextBytes);
  }

  private static String part(String name, String value) {
    return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private static final String END = "--" + BOUNDARY + "--\r\n";

  @Test
  void readsTextAndFileParts() throws IOException {
    RequestForm form = parse(part("prompt", "A calico cat, playing\r\na piano")
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"cat.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n\u0089PNG...bytes\r\n"
        + part("seconds", "8") + END);

    assertThat(form.text("prompt")).isEqualTo("A calico cat, playing\r\na piano");
    assertThat(form.text("seconds")).isEqualTo("8");
    UploadedFile file = form.file("input_reference");
    assertThat(file.filename).isEqualTo("cat.png");
    assertThat(file.contentType).isEqualTo("image/png");
    assertThat(file.size).isEqualTo("\u0089PNG...bytes".getBytes(StandardCharsets.UTF_8).length);
    assertThat(form.text("input_reference")).isNull();
  }

  @Test
  void contentThatAlmostMatchesTheBoundaryIsKept() throws IOException {
    String almost = "a\r\n--xYz-12\r\n\r\n--xYz\r\r\n--xYz-12-\r\n--";
    assertThat(parse(part("prompt", almost) + END).text("prompt")).isEqualTo(almost);
  }

  /**
   * Knuth-Morris-Pratt earns its keep when the delimiter overlaps itself: random content over
   * the delimiter's own characters, with a self-similar boundary, must come back unchanged.
   */
  @Test
  void randomContentMadeOfTheDelimitersOwnCharactersComesBackUnchanged() throws IOException {
    String boundary = "-a-a";
    String delimiter = "\r\n--" + boundary;
    char[] alphabet = {'\r', '\n', '-', 'a'};
    Random random = new Random(7);
    int checked = 0;
    while (checked < 2_000) {
      StringBuilder content = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        content.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String value = content.toString();
      if ((value + delimiter).indexOf(delimiter) != value.length()) {
        continue; // the delimiter would start inside the value: no sender can send that value
      }
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\n" + value
          + delimiter + "--\r\n";
      RequestForm form = MultipartParser.parse(
          new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), boundary, 1_000);
      assertThat(form.text("v")).as("content %s", value.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(value);
      checked++;
    }
  }

  @Test
  void worksWhateverTheStreamDeliversAtOnce() throws IOException {
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      value.append((char) ('a' + i % 26));
    }
    String body = "preamble to ignore\r\n" + part("prompt", value.toString()) + part("model", "sora-2") + END
        + "epilogue to ignore";
    InputStream oneByteAtATime = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] bytes, int offset, int length) {
        return super.read(bytes, offset, Math.min(length, 1));
      }
    };
    RequestForm form = parse(oneByteAtATime, 1_000_000);
    assertThat(form.text("prompt")).isEqualTo(value.toString());
    assertThat(form.text("model")).isEqualTo("sora-2");
  }

  @Test
  void acceptsBareLineFeedsInHeadersAndQuotedSemicolons() throws IOException {
    RequestForm form = parse("--" + BOUNDARY + "\r\ncontent-disposition: form-data; name=\"a;b\"\n\r\nvalue\r\n" + END);
    assertThat(form.text("a;b")).isEqualTo("value");
  }

  @Test
  void decodesUtf8Text() throws IOException {
    assertThat(parse(part("prompt", "Ein Kätzchen 🐱") + END).text("prompt")).isEqualTo("Ein Kätzchen 🐱");
  }

  @Test
  void refusesMalformedBodies() {
    assertThatThrownBy(() -> parse("no boundary here")).isInstanceOf(ApiErrorException.class)
        .hasMessageContaining("boundary");
    assertThatThrownBy(() -> parse(part("prompt", "p"))).isInstanceOf(ApiErrorException.class)
        .hasMessageContaining("ends before its closing boundary");
    assertThatThrownBy(() -> parse("--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nv\r\n" + END))
        .isInstanceOf(ApiErrorException.class).hasMessageContaining("Content-Disposition");
    assertThatThrownBy(() -> parse("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nv\r\n" + END))
        .isInstanceOf(ApiErrorException.class).hasMessageContaining("no name");
    assertThatThrownBy(() -> parse(part("prompt", "a") + part("prompt", "b") + END))
        .isInstanceOf(ApiErrorException.class).hasMessageContaining("Duplicate parameter");
  }

  @Test
  void textBeyondTheBudgetIs413() {
    assertThatThrownBy(() -> parse(new ByteArrayInputStream((part("prompt", "0123456789") + END)
        .getBytes(StandardCharsets.UTF_8)), 5))
        .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.status()).isEqualTo(413));
  }
}
