package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The input_reference union and the uploads behind it: each alternative, the rules its factory
 * enforces, content types, streaming from disk, and the one-shot stream.
 */
class InputReferenceTest {
  private final Moshi moshi = new Moshi.Builder().build();

  @TempDir
  Path temp;

  private Path file(String name, String content) throws IOException {
    return Files.write(temp.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  private static String repeat(String text, int times) {
    return String.join("", Collections.nCopies(times, text));
  }

  private RequestBody createBody(InputReference reference) {
    return VideoCreateRequest.builder().prompt("A cat").inputReference(reference).build()
        .toRequestBody(moshi, VideoModel.SORA_2);
  }

  @Nested
  class Alternatives {
    @Test
    void eachHoldsExactlyOneAlternative() throws IOException {
      InputReference upload = InputReference.ofFile(file("cat.png", "x"));
      InputReference fileId = InputReference.ofFileId("file-123");
      InputReference imageUrl = InputReference.ofImageUrl("https://example.com/cat.png");

      assertThat(upload.upload()).isPresent();
      assertThat(upload.fileId()).isEmpty();
      assertThat(upload.imageUrl()).isEmpty();
      assertThat(fileId.upload()).isEmpty();
      assertThat(fileId.fileId()).contains("file-123");
      assertThat(fileId.imageUrl()).isEmpty();
      assertThat(imageUrl.upload()).isEmpty();
      assertThat(imageUrl.fileId()).isEmpty();
      assertThat(imageUrl.imageUrl()).contains("https://example.com/cat.png");
    }

    @Test
    void fileIdMustNotBeBlank() {
      assertThatThrownBy(() -> InputReference.ofFileId(" "))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("file_id: must not be blank");
      assertThatThrownBy(() -> InputReference.ofFileId(null))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("file_id: must not be blank");
    }

    @Test
    void imageUrlIsAnAbsoluteHttpUrlOrADataUrl() {
      assertThat(InputReference.ofImageUrl("http://example.com/a.png").imageUrl()).isPresent();
      assertThat(InputReference.ofImageUrl("HTTPS://example.com/a.png").imageUrl()).isPresent();
      assertThat(InputReference.ofImageUrl("data:image/png;base64,iVBORw0KGgo=").imageUrl()).isPresent();
      for (String wrong : new String[] {"images/cat.png", "/cat.png", "ftp://example.com/cat.png", "data:nocomma"}) {
        assertThatThrownBy(() -> InputReference.ofImageUrl(wrong)).as(wrong)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("image_url: must be an absolute http(s) URL or a data: URL, was " + wrong);
      }
      assertThatThrownBy(() -> InputReference.ofImageUrl(""))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("image_url: must not be blank");
    }

    @Test
    void imageUrlIsAtMost20971520Characters() {
      String prefix = "data:image/png;base64,";
      String longest = prefix + repeat("A", InputReference.IMAGE_URL_MAX_LENGTH - prefix.length());

      assertThat(InputReference.ofImageUrl(longest).imageUrl()).hasValueSatisfying(url -> assertThat(url).hasSize(20_971_520));
      assertThatThrownBy(() -> InputReference.ofImageUrl(longest + "A"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("image_url: must be at most 20971520 characters long, was 20971521");
    }

    @Test
    void aRejectedLongUrlIsCutInTheMessage() {
      String wrong = "relative/" + repeat("a", 10_000);

      assertThatThrownBy(() -> InputReference.ofImageUrl(wrong))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("...(10009 chars)");
    }

    @Test
    void valueSemantics() throws IOException {
      Path png = file("cat.png", "x");
      InputStream stream = new ByteArrayInputStream(new byte[0]);

      assertThat(InputReference.ofFile(png)).isEqualTo(InputReference.ofFile(png))
          .hasSameHashCodeAs(InputReference.ofFile(png));
      assertThat(InputReference.ofBytes(new byte[] {1}, "a.png", null))
          .isEqualTo(InputReference.ofBytes(new byte[] {1}, "a.png", null))
          .hasSameHashCodeAs(InputReference.ofBytes(new byte[] {1}, "a.png", null))
          .isNotEqualTo(InputReference.ofBytes(new byte[] {2}, "a.png", null))
          .isNotEqualTo(InputReference.ofBytes(new byte[] {1}, "b.png", null));
      assertThat(InputReference.ofStream(stream, "a.png", null)).isEqualTo(InputReference.ofStream(stream, "a.png", null))
          .isNotEqualTo(InputReference.ofStream(new ByteArrayInputStream(new byte[0]), "a.png", null));
      assertThat(InputReference.ofFileId("file-1")).isEqualTo(InputReference.ofFileId("file-1"))
          .hasSameHashCodeAs(InputReference.ofFileId("file-1"))
          .isNotEqualTo(InputReference.ofFileId("file-2"))
          .isNotEqualTo(InputReference.ofImageUrl("https://example.com/file-1"))
          .isNotEqualTo(InputReference.ofFile(png));
      assertThat(InputReference.ofFileId("file-1")).hasToString("InputReference{file_id=file-1}");
      assertThat(InputReference.ofFile(png))
          .hasToString("InputReference{FileUpload{file=" + png + ", filename=cat.png, mediaType=image/png}}");
    }
  }

  @Nested
  class Uploads {
    @Test
    void aMissingFileIsRejectedNamingTheField() {
      Path missing = temp.resolve("missing.png");

      assertThatThrownBy(() -> InputReference.ofFile(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("input_reference: must be a readable regular file, but " + missing + " does not exist");
      assertThatThrownBy(() -> SourceVideo.ofFile(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("video: must be a readable regular file, but " + missing + " does not exist");
      assertThatThrownBy(() -> FileUpload.ofFile(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("path: must be a readable regular file, but " + missing + " does not exist");
    }

    @Test
    void aDirectoryIsRejected() {
      assertThatThrownBy(() -> InputReference.ofFile(temp))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("input_reference: must be a readable regular file, but " + temp + " is a directory");
    }

    @Test
    void filenameMustNotBeBlankAndMediaTypeMustParse() {
      assertThatThrownBy(() -> InputReference.ofBytes(new byte[0], " ", null))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("filename: must not be blank");
      assertThatThrownBy(() -> InputReference.ofStream(new ByteArrayInputStream(new byte[0]), null, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("filename: must not be blank");
      assertThatThrownBy(() -> InputReference.ofBytes(new byte[0], "a.png", "not a type"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("mediaType: must be a media type such as image/png, was not a type");
    }

    @Test
    void nullArgumentsAreNamed() {
      assertThatThrownBy(() -> InputReference.ofFile(null))
          .isInstanceOf(NullPointerException.class).hasMessage("input_reference: must not be null");
      assertThatThrownBy(() -> InputReference.ofBytes(null, "a.png", null))
          .isInstanceOf(NullPointerException.class).hasMessage("content: must not be null");
      assertThatThrownBy(() -> InputReference.ofUpload(null))
          .isInstanceOf(NullPointerException.class).hasMessage("upload: must not be null");
    }

    @ParameterizedTest
    @CsvSource({
        "cat.jpg, image/jpeg",
        "cat.JPEG, image/jpeg",
        "cat.png, image/png",
        "cat.webp, image/webp",
        "cat.gif, image/gif",
        "clip.mp4, video/mp4",
        "clip.MOV, video/quicktime",
        "clip.webm, video/webm",
        "notes.txt, application/octet-stream",
        "no-extension, application/octet-stream",
        "archive.tar., application/octet-stream",
    })
    void contentTypeComesFromTheName(String filename, String expected) throws IOException {
      assertThat(FileUpload.ofBytes(new byte[0], filename, null).mediaType()).isEqualTo(expected);
      assertThat(FileUpload.ofFile(file(filename, "x")).mediaType()).isEqualTo(expected);
    }

    @Test
    void aGivenMediaTypeWins() throws IOException {
      InputReference reference = InputReference.ofBytes(new byte[] {1}, "reference.bin", "image/png");

      List<WrittenBody.Part> parts = WrittenBody.of(createBody(reference)).parts();

      assertThat(parts.get(4).disposition).isEqualTo("form-data; name=\"input_reference\"; filename=\"reference.bin\"");
      assertThat(parts.get(4).contentType).isEqualTo("image/png");
      assertThat(FileUpload.ofFile(file("ref.bin", "x"), "image/webp").mediaType()).isEqualTo("image/webp");
    }

    @Test
    void bytesAreCopied() throws IOException {
      byte[] content = "original".getBytes(StandardCharsets.UTF_8);
      InputReference reference = InputReference.ofBytes(content, "cat.png", null);
      content[0] = 'X';

      assertThat(WrittenBody.of(createBody(reference)).parts().get(4).text()).isEqualTo("original");
    }

    @Test
    void aLargeFileStreamsFromDiskWithAKnownLength() throws IOException {
      long size = 64L * 1024 * 1024;
      Path large = temp.resolve("large.mp4");
      try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
        sparse.setLength(size);
      }
      RequestBody body = createBody(InputReference.ofFile(large));
      long[] written = {0};
      long[] largestWrite = {0};
      BufferedSink counting = Okio.buffer(new ForwardingSink(Okio.blackhole()) {
        @Override
        public void write(Buffer source, long byteCount) throws IOException {
          written[0] += byteCount;
          largestWrite[0] = Math.max(largestWrite[0], byteCount);
          super.write(source, byteCount);
        }
      });

      long contentLength = body.contentLength();
      body.writeTo(counting);
      counting.flush();

      assertThat(contentLength).as("known, so not sent chunked").isGreaterThan(size);
      assertThat(written[0]).isEqualTo(contentLength);
      assertThat(largestWrite[0]).as("written in small pieces, never the whole file at once")
          .isLessThanOrEqualTo(1024 * 1024);
      assertThat(body.isOneShot()).isFalse();
    }

    @Test
    void aStreamIsSentOnceAndThenRefused() throws IOException {
      InputReference reference = InputReference.ofStream(
          new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)), "cat.webp", null);

      RequestBody first = createBody(reference);
      WrittenBody sent = WrittenBody.of(first);
      RequestBody retry = createBody(reference);

      assertThat(first.isOneShot()).isTrue();
      assertThat(sent.contentLength).as("unknown, so sent chunked").isEqualTo(-1);
      assertThat(sent.parts().get(4).contentType).isEqualTo("image/webp");
      assertThat(sent.parts().get(4).text()).isEqualTo("streamed");
      assertThatThrownBy(() -> retry.writeTo(new Buffer()))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("was already sent once")
          .hasMessageContaining("cannot be retried");
    }

    @Test
    void filesAndBytesCanBeSentAgain() throws IOException {
      InputReference file = InputReference.ofFile(file("cat.png", "file"));
      InputReference bytes = InputReference.ofBytes(new byte[] {7}, "cat.png", null);

      for (InputReference reference : new InputReference[] {file, bytes}) {
        assertThat(createBody(reference).isOneShot()).isFalse();
        assertThat(WrittenBody.of(createBody(reference)).utf8()).isNotEmpty();
        assertThat(WrittenBody.of(createBody(reference)).parts()).hasSize(5);
      }
    }
  }

  @Nested
  class SourceVideos {
    @Test
    void idMustNotBeBlank() {
      assertThatThrownBy(() -> SourceVideo.ofId(""))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("video.id: must not be blank");
    }

    @Test
    void holdsAnIdOrAnUpload() throws IOException {
      SourceVideo byId = SourceVideo.ofId("video_123");
      SourceVideo uploaded = SourceVideo.ofStream(new ByteArrayInputStream(new byte[0]), "clip.mp4", null);

      assertThat(byId.id()).contains("video_123");
      assertThat(byId.upload()).isEmpty();
      assertThat(uploaded.id()).isEmpty();
      assertThat(uploaded.upload()).hasValueSatisfying(upload -> assertThat(upload.mediaType()).isEqualTo("video/mp4"));
      assertThat(SourceVideo.ofFile(file("clip.mp4", "x"))).isEqualTo(SourceVideo.ofUpload(FileUpload.ofFile(temp.resolve("clip.mp4"))));
      assertThat(byId).isEqualTo(SourceVideo.ofId("video_123")).hasSameHashCodeAs(SourceVideo.ofId("video_123"))
          .isNotEqualTo(uploaded);
    }
  }
}
