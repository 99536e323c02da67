package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.Video;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Downloads: the bundled media, byte ranges, and the large synthetic body. */
@Timeout(20)
class ContentTest {

  private static String completedVideoId(EmulatorHttp http) {
    Video video = http.awaitFinished(http.create("p").id());
    return video.id();
  }

  @Test
  void theBundledVideoIsASmallMp4StartingWithAnFtypBox() {
    byte[] mp4 = MediaContent.Bundled.VIDEO;
    assertThat(mp4.length).isBetween(1_000, 100_000);
    assertThat(new String(mp4, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    // faststart: the movie header comes before the media data, so a player can start at once
    String boxes = new String(mp4, StandardCharsets.ISO_8859_1);
    assertThat(boxes.indexOf("moov")).isPositive().isLessThan(boxes.indexOf("mdat"));
    assertThat(MediaContent.Bundled.THUMBNAIL.length).isBetween(100, 100_000);
    assertThat(MediaContent.Bundled.SPRITESHEET.length).isBetween(100, 100_000);
  }

  @Test
  void rangesAreServedAs206WithTheSliceOfTheWholeBody() {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1_000).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      String path = "videos/" + completedVideoId(http) + "/content";
      byte[] whole = http.get(path).body;
      int length = whole.length;

      EmulatorHttp.Reply from = http.send(http.request(path).header("Range", "bytes=1000-"));
      assertThat(from.code).isEqualTo(206);
      assertThat(from.headers.get("Content-Range")).isEqualTo("bytes 1000-" + (length - 1) + "/" + length);
      assertThat(from.headers.get("Content-Type")).isEqualTo("video/mp4");
      assertThat(from.body).isEqualTo(Arrays.copyOfRange(whole, 1000, length));

      EmulatorHttp.Reply slice = http.send(http.request(path).header("Range", "bytes=10-19"));
      assertThat(slice.code).isEqualTo(206);
      assertThat(slice.headers.get("Content-Range")).isEqualTo("bytes 10-19/" + length);
      assertThat(slice.headers.get("Content-Length")).isEqualTo("10");
      assertThat(slice.body).isEqualTo(Arrays.copyOfRange(whole, 10, 20));

      EmulatorHttp.Reply suffix = http.send(http.request(path).header("Range", "bytes=-100"));
      assertThat(suffix.body).isEqualTo(Arrays.copyOfRange(whole, length - 100, length));

      EmulatorHttp.Reply pastTheEnd = http.send(http.request(path).header("Range", "bytes=0-" + (length * 2)));
      assertThat(pastTheEnd.code).isEqualTo(206);
      assertThat(pastTheEnd.body).isEqualTo(whole);

      EmulatorHttp.Reply unsatisfiable = http.send(http.request(path).header("Range", "bytes=" + length + "-"));
      assertThat(unsatisfiable.error(416).code()).hasValue("range_not_satisfiable");
      assertThat(unsatisfiable.headers.get("Content-Range")).isEqualTo("bytes */" + length);

      EmulatorHttp.Reply ignored = http.send(http.request(path).header("Range", "bytes=0-1,5-6"));
      assertThat(ignored.code).isEqualTo(200);
      assertThat(ignored.body).isEqualTo(whole);
    }
  }

  @Test
  void aSyntheticVideoOfAnySizeStreamsWithItsLengthAndRanges() throws IOException {
    long size = 64L * 1024 * 1024 + 7;
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1_000).syntheticVideoSize(size).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      String path = "videos/" + completedVideoId(http) + "/content";

      try (Response response = http.open(http.request(path));
           InputStream body = response.body().byteStream()) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isEqualTo(String.valueOf(size));
        assertThat(response.header("Content-Type")).isEqualTo("video/mp4");
        byte[] buffer = new byte[100_000];
        long offset = 0;
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
          for (int i = 0; i < read; i++) {
            if (buffer[i] != MediaContent.SyntheticVideo.byteAt(offset + i)) {
              throw new AssertionError("byte " + (offset + i) + " differs");
            }
          }
          offset += read;
        }
        assertThat(offset).isEqualTo(size);
      }

      EmulatorHttp.Reply tail = http.send(http.request(path).header("Range", "bytes=" + (size - 300) + "-"));
      assertThat(tail.code).isEqualTo(206);
      assertThat(tail.body).hasSize(300);
      for (int i = 0; i < 300; i++) {
        assertThat(tail.body[i]).isEqualTo(MediaContent.SyntheticVideo.byteAt(size - 300 + i));
      }
      // the other variants stay real images
      assertThat(http.get(path + "?variant=thumbnail").headers.get("Content-Type")).isEqualTo("image/webp");
    }
  }
}
