package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request objects at body level: the wire form each one chooses, the defaults it fills in,
 * and the rules its builder enforces, with the exact message naming the field.
 */
class RequestsTest {
  private static final String JSON = "application/json; charset=utf-8";
  /** One emoji: two chars, one code point, so lengths must count code points. */
  private static final String EMOJI = "\uD83D\uDC31";

  private final Moshi moshi = new Moshi.Builder().build();

  @TempDir
  Path temp;

  private static String repeat(String text, int times) {
    return String.join("", Collections.nCopies(times, text));
  }

  private Path file(String name, String content) throws IOException {
    return Files.write(temp.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class Create {
    @Test
    void withoutReferenceIsJsonWithEveryDefaultSent() throws IOException {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt("A cat").build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi, VideoModel.SORA_2));

      assertThat(body.contentType).hasToString(JSON);
      assertThat(body.utf8()).isEqualTo(
          "{\"prompt\":\"A cat\",\"model\":\"sora-2\",\"seconds\":\"4\",\"size\":\"720x1280\"}");
    }

    @Test
    void unsetModelIsTheClientsDefaultModel() throws IOException {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt("A cat").build();

      String json = WrittenBody.of(request.toRequestBody(moshi, VideoModel.of("veo-3.1-generate-preview"))).utf8();

      assertThat(json).contains("\"model\":\"veo-3.1-generate-preview\"");
    }

    @Test
    void valuesSetWinOverDefaultsAndMayLieOutsideTheDocumentedOnes() throws IOException {
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt("A cat")
          .model("sora-2-pro")
          .seconds(6)
          .size("1920x1080")
          .build();

      String json = WrittenBody.of(request.toRequestBody(moshi, VideoModel.of("veo-3.1-generate-preview"))).utf8();

      assertThat(json).isEqualTo(
          "{\"prompt\":\"A cat\",\"model\":\"sora-2-pro\",\"seconds\":\"6\",\"size\":\"1920x1080\"}");
      assertThat(request.model()).contains(VideoModel.SORA_2_PRO);
      assertThat(request.seconds()).contains(VideoSeconds.of("6"));
      assertThat(request.size()).contains(VideoSize.of("1920x1080"));
    }

    @Test
    void accessorsAreEmptyWhereADefaultApplies() {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt("A cat").build();

      assertThat(request.prompt()).isEqualTo("A cat");
      assertThat(request.model()).isEmpty();
      assertThat(request.seconds()).isEmpty();
      assertThat(request.size()).isEmpty();
      assertThat(request.inputReference()).isEmpty();
      assertThat(VideoCreateRequest.DEFAULT_MODEL).isSameAs(VideoModel.SORA_2);
      assertThat(VideoCreateRequest.DEFAULT_SECONDS).isSameAs(VideoSeconds.SECONDS_4);
      assertThat(VideoCreateRequest.DEFAULT_SIZE).isSameAs(VideoSize.SIZE_720X1280);
    }

    @Test
    void nullSetterRestoresTheDefault() {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt("A cat")
          .model(VideoModel.SORA_2_PRO).model((VideoModel) null)
          .size("1280x720").size((String) null)
          .build();

      assertThat(request.model()).isEmpty();
      assertThat(request.size()).isEmpty();
    }

    @Test
    void fileIdReferenceIsJson() throws IOException {
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt("A cat").inputReference(InputReference.ofFileId("file-123")).build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi, VideoModel.SORA_2));

      assertThat(body.contentType).hasToString(JSON);
      assertThat(body.utf8()).isEqualTo("{\"prompt\":\"A cat\",\"model\":\"sora-2\",\"seconds\":\"4\","
          + "\"size\":\"720x1280\",\"input_reference\":{\"file_id\":\"file-123\"}}");
    }

    @Test
    void imageUrlReferenceIsJson() throws IOException {
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt("A cat").inputReference(InputReference.ofImageUrl("https://example.com/cat.png")).build();

      String json = WrittenBody.of(request.toRequestBody(moshi, VideoModel.SORA_2)).utf8();

      assertThat(json).endsWith(",\"input_reference\":{\"image_url\":\"https://example.com/cat.png\"}}");
    }

    @Test
    void uploadedReferenceIsMultipartWithTextPartsThenTheFilePart() throws IOException {
      Path png = file("cat.png", "PNG bytes");
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt("A cat").seconds(VideoSeconds.SECONDS_8).inputReference(InputReference.ofFile(png)).build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi, VideoModel.of("sora-2-pro")));
      List<WrittenBody.Part> parts = body.parts();

      assertThat(body.contentType.type()).isEqualTo("multipart");
      assertThat(body.contentType.subtype()).isEqualTo("form-data");
      assertThat(body.contentType.parameter("boundary")).isNotBlank();
      assertThat(body.contentLength).isEqualTo(body.bytes.size());
      assertThat(parts).hasSize(5);
      assertTextPart(parts.get(0), "prompt", "A cat");
      assertTextPart(parts.get(1), "model", "sora-2-pro");
      assertTextPart(parts.get(2), "seconds", "8");
      assertTextPart(parts.get(3), "size", "720x1280");
      assertThat(parts.get(4).disposition).isEqualTo("form-data; name=\"input_reference\"; filename=\"cat.png\"");
      assertThat(parts.get(4).contentType).isEqualTo("image/png");
      assertThat(parts.get(4).text()).isEqualTo("PNG bytes");
    }

    @Test
    void everyCallGivesAFreshBodyThatReopensTheFile() throws IOException {
      Path png = file("cat.png", "first");
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt("A cat").inputReference(InputReference.ofFile(png)).build();

      WrittenBody first = WrittenBody.of(request.toRequestBody(moshi, VideoModel.SORA_2));
      Files.write(png, "second".getBytes(StandardCharsets.UTF_8));
      WrittenBody second = WrittenBody.of(request.toRequestBody(moshi, VideoModel.SORA_2));

      assertThat(first.parts().get(4).text()).isEqualTo("first");
      assertThat(second.parts().get(4).text()).isEqualTo("second");
    }

    @Test
    void promptIsRequired() {
      assertThatThrownBy(() -> VideoCreateRequest.builder().build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("prompt: is required");
    }

    @Test
    void promptMustNotBeEmpty() {
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must be at least 1 character long, was 0");
    }

    @Test
    void promptIsAtMost32000CodePoints() {
      assertThat(VideoCreateRequest.builder().prompt(repeat(EMOJI, 32000)).build().prompt()).hasSize(64000);
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt(repeat("a", 32001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must be at most 32000 characters long, was 32001");
    }

    @Test
    void secondsMustBePositive() {
      assertThatThrownBy(() -> VideoCreateRequest.builder().seconds(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seconds: must be a whole positive number of seconds, was \"0\"");
    }

    @Test
    void openValuesMustNotBeBlank() {
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("A cat").model(" ").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("model: must not be blank, was \" \"");
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("A cat").size("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size: must be WIDTHxHEIGHT in pixels, such as 1280x720, was \"\"");
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("A cat").seconds(VideoSeconds.of("")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seconds: must be a whole positive number of seconds, was \"\"");
    }

    @Test
    void toStringCutsALongPromptAndDataUrl() {
      String dataUrl = "data:image/png;base64," + repeat("A", InputReference.IMAGE_URL_MAX_LENGTH - 22);
      VideoCreateRequest request = VideoCreateRequest.builder()
          .prompt(repeat("p", 32000)).inputReference(InputReference.ofImageUrl(dataUrl)).build();

      String text = request.toString();

      assertThat(text).hasSizeLessThan(600)
          .startsWith("VideoCreateRequest{prompt=ppp")
          .contains("...(32000 chars)")
          .contains("input_reference=InputReference{image_url=data:image/png;base64,AAA")
          .contains("...(20971520 chars)");
    }

    @Test
    void toStringNamesTheValuesSet() {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt("A cat").seconds(8).build();

      assertThat(request).hasToString("VideoCreateRequest{prompt=A cat, seconds=8}");
    }

    @Test
    void equalWhenEveryValueIsEqual() throws IOException {
      Path png = file("cat.png", "x");
      VideoCreateRequest one = VideoCreateRequest.builder().prompt("A cat").model("sora-2").seconds(8).size("1280x720")
          .inputReference(InputReference.ofFile(png)).build();
      VideoCreateRequest same = VideoCreateRequest.builder().prompt("A cat").model(VideoModel.SORA_2)
          .seconds(VideoSeconds.SECONDS_8).size(VideoSize.SIZE_1280X720).inputReference(InputReference.ofFile(png)).build();

      assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(one.toBuilder().build());
      assertThat(one).isNotEqualTo(one.toBuilder().prompt("A dog").build());
      assertThat(one).isNotEqualTo(one.toBuilder().model((VideoModel) null).build());
      assertThat(one).isNotEqualTo(one.toBuilder().inputReference(InputReference.ofFileId("file-1")).build());
    }
  }

  @Nested
  class Remix {
    @Test
    void isJsonWithThePromptOnlyWhateverTheDefaultModel() throws IOException {
      VideoRemixRequest request = VideoRemixRequest.builder().prompt("At sunset").build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi));

      assertThat(body.contentType).hasToString(JSON);
      assertThat(body.utf8()).isEqualTo("{\"prompt\":\"At sunset\"}");
    }

    @Test
    void promptRules() {
      assertThatThrownBy(() -> VideoRemixRequest.builder().build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("prompt: is required");
      assertThatThrownBy(() -> VideoRemixRequest.builder().prompt(repeat("a", 32001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must be at most 32000 characters long, was 32001");
    }

    @Test
    void valueSemantics() {
      VideoRemixRequest request = VideoRemixRequest.builder().prompt("At sunset").build();

      assertThat(request).isEqualTo(VideoRemixRequest.builder().prompt("At sunset").build())
          .hasSameHashCodeAs(request.toBuilder().build())
          .isNotEqualTo(VideoRemixRequest.builder().prompt("At dawn").build())
          .hasToString("VideoRemixRequest{prompt=At sunset}");
    }
  }

  @Nested
  class Edit {
    @Test
    void existingVideoIsJson() throws IOException {
      VideoEditRequest request = VideoEditRequest.builder()
          .video(SourceVideo.ofId("video_123")).prompt("Drums instead").build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi));

      assertThat(body.contentType).hasToString(JSON);
      assertThat(body.utf8()).isEqualTo("{\"video\":{\"id\":\"video_123\"},\"prompt\":\"Drums instead\"}");
    }

    @Test
    void uploadedVideoIsMultipart() throws IOException {
      Path clip = file("clip.mp4", "MP4 bytes");
      VideoEditRequest request = VideoEditRequest.builder()
          .video(SourceVideo.ofFile(clip)).prompt("Drums instead").build();

      List<WrittenBody.Part> parts = WrittenBody.of(request.toRequestBody(moshi)).parts();

      assertThat(parts).hasSize(2);
      assertTextPart(parts.get(0), "prompt", "Drums instead");
      assertThat(parts.get(1).disposition).isEqualTo("form-data; name=\"video\"; filename=\"clip.mp4\"");
      assertThat(parts.get(1).contentType).isEqualTo("video/mp4");
      assertThat(parts.get(1).text()).isEqualTo("MP4 bytes");
    }

    @Test
    void videoAndPromptAreRequired() {
      assertThatThrownBy(() -> VideoEditRequest.builder().prompt("Drums").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("video: is required");
      assertThatThrownBy(() -> VideoEditRequest.builder().video(SourceVideo.ofId("video_123")).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("prompt: is required");
      assertThatThrownBy(() -> VideoEditRequest.builder().video(SourceVideo.ofId("video_123")).prompt("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must be at least 1 character long, was 0");
    }

    @Test
    void valueSemantics() {
      VideoEditRequest request = VideoEditRequest.builder().video(SourceVideo.ofId("video_123")).prompt("Drums").build();

      assertThat(request).isEqualTo(request.toBuilder().build())
          .hasSameHashCodeAs(request.toBuilder().build())
          .isNotEqualTo(request.toBuilder().video(SourceVideo.ofId("video_456")).build())
          .hasToString("VideoEditRequest{video=SourceVideo{id=video_123}, prompt=Drums}");
    }
  }

  @Nested
  class Extend {
    @Test
    void existingVideoIsJson() throws IOException {
      VideoExtendRequest request = VideoExtendRequest.builder()
          .video(SourceVideo.ofId("video_123")).prompt("A bow").seconds(8).build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi));

      assertThat(body.contentType).hasToString(JSON);
      assertThat(body.utf8()).isEqualTo("{\"video\":{\"id\":\"video_123\"},\"prompt\":\"A bow\",\"seconds\":\"8\"}");
    }

    @Test
    void uploadedVideoIsMultipart() throws IOException {
      byte[] clip = "MOV bytes".getBytes(StandardCharsets.UTF_8);
      VideoExtendRequest request = VideoExtendRequest.builder()
          .video(SourceVideo.ofBytes(clip, "clip.mov", null)).prompt("A bow").seconds(VideoSeconds.of("16")).build();

      List<WrittenBody.Part> parts = WrittenBody.of(request.toRequestBody(moshi)).parts();

      assertThat(parts).hasSize(3);
      assertTextPart(parts.get(0), "prompt", "A bow");
      assertTextPart(parts.get(1), "seconds", "16");
      assertThat(parts.get(2).disposition).isEqualTo("form-data; name=\"video\"; filename=\"clip.mov\"");
      assertThat(parts.get(2).contentType).isEqualTo("video/quicktime");
      assertThat(parts.get(2).content).isEqualTo(clip);
    }

    @Test
    void videoPromptAndSecondsAreAllRequired() {
      SourceVideo video = SourceVideo.ofId("video_123");
      assertThatThrownBy(() -> VideoExtendRequest.builder().prompt("A bow").seconds(8).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("video: is required");
      assertThatThrownBy(() -> VideoExtendRequest.builder().video(video).seconds(8).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("prompt: is required");
      assertThatThrownBy(() -> VideoExtendRequest.builder().video(video).prompt("A bow").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("seconds: is required");
      assertThatThrownBy(() -> VideoExtendRequest.builder().seconds(-4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seconds: must be a whole positive number of seconds, was \"-4\"");
    }

    @Test
    void valueSemantics() {
      VideoExtendRequest request = VideoExtendRequest.builder()
          .video(SourceVideo.ofId("video_123")).prompt("A bow").seconds(8).build();

      assertThat(request.seconds()).isSameAs(VideoSeconds.SECONDS_8);
      assertThat(request).isEqualTo(request.toBuilder().build())
          .hasSameHashCodeAs(request.toBuilder().build())
          .isNotEqualTo(request.toBuilder().seconds(12).build())
          .hasToString("VideoExtendRequest{video=SourceVideo{id=video_123}, prompt=A bow, seconds=8}");
    }
  }

  @Nested
  class CreateCharacter {
    @Test
    void isAlwaysMultipartWithNameThenVideo() throws IOException {
      Path clip = file("mochi.mp4", "MP4 bytes");
      CharacterCreateRequest request = CharacterCreateRequest.builder().name("Mochi").video(clip).build();

      WrittenBody body = WrittenBody.of(request.toRequestBody(moshi));
      List<WrittenBody.Part> parts = body.parts();

      assertThat(body.contentType.subtype()).isEqualTo("form-data");
      assertThat(parts).hasSize(2);
      assertTextPart(parts.get(0), "name", "Mochi");
      assertThat(parts.get(1).disposition).isEqualTo("form-data; name=\"video\"; filename=\"mochi.mp4\"");
      assertThat(parts.get(1).contentType).isEqualTo("video/mp4");
      assertThat(parts.get(1).text()).isEqualTo("MP4 bytes");
    }

    @Test
    void nameIsOneTo80CodePoints() {
      FileUpload clip = FileUpload.ofBytes(new byte[] {1}, "mochi.mp4", null);
      assertThat(CharacterCreateRequest.builder().name(repeat(EMOJI, 80)).video(clip).build().name()).hasSize(160);
      assertThatThrownBy(() -> CharacterCreateRequest.builder().video(clip).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("name: is required");
      assertThatThrownBy(() -> CharacterCreateRequest.builder().name("").video(clip).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name: must be at least 1 character long, was 0");
      assertThatThrownBy(() -> CharacterCreateRequest.builder().name(repeat("n", 81)).video(clip).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name: must be at most 80 characters long, was 81");
    }

    @Test
    void videoIsRequiredAndMustBeAReadableFile() {
      assertThatThrownBy(() -> CharacterCreateRequest.builder().name("Mochi").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("video: is required");
      Path missing = temp.resolve("missing.mp4");
      assertThatThrownBy(() -> CharacterCreateRequest.builder().video(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("video: must be a readable regular file, but " + missing + " does not exist");
    }

    @Test
    void valueSemantics() {
      FileUpload clip = FileUpload.ofBytes(new byte[] {1, 2}, "mochi.mp4", null);
      CharacterCreateRequest request = CharacterCreateRequest.builder().name("Mochi").video(clip).build();

      assertThat(request).isEqualTo(request.toBuilder().build())
          .hasSameHashCodeAs(request.toBuilder().build())
          .isNotEqualTo(request.toBuilder().name("Bao").build())
          .hasToString("CharacterCreateRequest{name=Mochi, video=FileUpload{bytes=2, filename=mochi.mp4, "
              + "mediaType=video/mp4}}");
    }
  }

  /**
   * The forms the contract gives seconds, size and prompt, checked on what every builder sends:
   * before any network call, naming the field, yet open to values outside the documented ones.
   */
  @Nested
  class SentForms {
    private final SourceVideo video = SourceVideo.ofId("video_123");

    @Test
    void secondsMustBeAWholePositiveNumberInEveryRequestThatSendsThem() {
      for (String bad : new String[] {"abc", "0", "-4", "4.5", " ", "", "08", "4 "}) {
        String message = "seconds: must be a whole positive number of seconds, was \"" + bad + "\"";
        assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("A cat").seconds(VideoSeconds.of(bad)).build())
            .as("create, %s", bad).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> VideoExtendRequest.builder().video(video).prompt("A bow")
            .seconds(VideoSeconds.of(bad)).build())
            .as("extend, %s", bad).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
      }
    }

    @Test
    void sizeMustBeWidthByHeight() {
      for (String bad : new String[] {"banana", "1280x", "x720", "1280X720", "0x720", "1280 x 720", " "}) {
        assertThatThrownBy(() -> VideoCreateRequest.builder().prompt("A cat").size(bad).build())
            .as(bad).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("size: must be WIDTHxHEIGHT in pixels, such as 1280x720, was \"" + bad + "\"");
      }
    }

    @Test
    void promptMustNotBeOnlyWhitespaceInEveryRequestThatSendsOne() {
      String blank = " \t\n";
      assertThatThrownBy(() -> VideoCreateRequest.builder().prompt(blank).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("prompt: must not be blank");
      assertThatThrownBy(() -> VideoRemixRequest.builder().prompt(" ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must not be blank (only whitespace), was \" \"");
      assertThatThrownBy(() -> VideoEditRequest.builder().video(video).prompt(blank).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("prompt: must not be blank");
      assertThatThrownBy(() -> VideoExtendRequest.builder().video(video).prompt(blank).seconds(8).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("prompt: must not be blank");
    }

    @Test
    void valuesOutsideTheDocumentedOnesStayPossible() {
      VideoCreateRequest request = VideoCreateRequest.builder().prompt(" A cat ").model("veo-3").seconds(6)
          .size("1920x1080").build();

      assertThat(request.seconds()).contains(VideoSeconds.of("6"));
      assertThat(request.size()).contains(VideoSize.of("1920x1080"));
      assertThat(request.model()).contains(VideoModel.of("veo-3"));
      assertThat(VideoExtendRequest.builder().video(video).prompt("A bow").seconds(VideoSeconds.of("16")).build()
          .seconds().value()).isEqualTo("16");
    }
  }

  @Nested
  class ListVideos {
    @Test
    void firstPageSetsNothing() {
      VideoListRequest request = VideoListRequest.firstPage();

      assertThat(request.limitOrNull()).isNull();
      assertThat(request.orderOrNull()).isNull();
      assertThat(request.afterOrNull()).isNull();
      assertThat(request.limit()).isEmpty();
      assertThat(request).isEqualTo(VideoListRequest.builder().build()).hasToString("VideoListRequest{}");
    }

    @Test
    void valuesSetAreSentAndKeptForTheNextPage() {
      VideoListRequest request = VideoListRequest.builder().limit(50).order(VideoListOrder.ASC).build();

      VideoListRequest next = request.withAfter("video_9");

      assertThat(next.limitOrNull()).isEqualTo(50);
      assertThat(next.orderOrNull()).isEqualTo(VideoListOrder.ASC);
      assertThat(next.afterOrNull()).isEqualTo("video_9");
      assertThat(next.after()).contains("video_9");
      assertThat(next).isEqualTo(request.toBuilder().after("video_9").build())
          .hasSameHashCodeAs(request.toBuilder().after("video_9").build())
          .hasToString("VideoListRequest{limit=50, order=asc, after=video_9}");
    }

    @Test
    void limitIsZeroTo100() {
      assertThat(VideoListRequest.builder().limit(0).build().limit()).hasValue(0);
      assertThat(VideoListRequest.builder().limit(100).build().limit()).hasValue(100);
      assertThatThrownBy(() -> VideoListRequest.builder().limit(-1).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit: must be at least 0, was -1");
      assertThatThrownBy(() -> VideoListRequest.builder().limit(101).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit: must be at most 100, was 101");
    }

    @Test
    void unknownOrderAndBlankCursorAreRejected() {
      assertThatThrownBy(() -> VideoListRequest.builder().order(VideoListOrder.UNKNOWN).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("order: must be asc or desc, was UNKNOWN");
      assertThatThrownBy(() -> VideoListRequest.builder().after(" ").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("after: must not be blank");
    }
  }

  static void assertTextPart(WrittenBody.Part part, String name, String value) {
    assertThat(part.disposition).isEqualTo("form-data; name=\"" + name + "\"");
    assertThat(part.contentType).as("a text part has no content type").isNull();
    assertThat(part.text()).isEqualTo(value);
  }
}
