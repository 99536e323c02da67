package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import java.io.IOException;
import java.util.Collections;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the facade relies on in the generated wire-only models (request bodies, input references,
 * the error envelope): package-private in this package, and still written, read and checked as
 * the public models are.
 */
class WireModelsTest {
  private final Moshi moshi = new Moshi.Builder().build();

  private <T> T parse(Class<T> type, String json) throws IOException {
    return moshi.adapter(type).fromJson(json);
  }

  private <T> String write(Class<T> type, T value) {
    return moshi.adapter(type).toJson(value);
  }

  private static String repeat(String text, int times) {
    return String.join("", Collections.nCopies(times, text));
  }

  @Nested
  class Writing {
    @Test
    void requestBodyIsSnakeCaseAndOmitsAbsentOptionalFields() {
      CreateVideoRequest request = CreateVideoRequest.builder()
          .prompt("A calico cat playing a piano on stage")
          .seconds(VideoSeconds.SECONDS_8)
          .inputReference(ImageInputReference.of(FileIdInputReference.builder().fileId("file-123").build()))
          .build();

      assertThat(write(CreateVideoRequest.class, request)).isEqualTo(
          "{\"prompt\":\"A calico cat playing a piano on stage\",\"seconds\":\"8\","
              + "\"input_reference\":{\"file_id\":\"file-123\"}}");
    }

    @Test
    void additionalPropertiesAreWrittenAsGiven() {
      RemixVideoRequest request = RemixVideoRequest.builder().prompt("darker")
          .putAdditionalProperty("style", "noir").build();

      assertThat(write(RemixVideoRequest.class, request)).isEqualTo("{\"prompt\":\"darker\",\"style\":\"noir\"}");
    }
  }

  @Nested
  class Builders {
    @Test
    void missingRequiredFieldIsRejectedByName() {
      assertThatThrownBy(() -> ExtendVideoRequest.builder().prompt("longer")
          .video(VideoReference.builder().id("video_1").build()).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seconds: is required");
      assertThatThrownBy(() -> CreateVideoRequest.builder().build())
          .hasMessage("prompt: is required");
    }

    @Test
    void limitsOfTheContractAreChecked() {
      assertThatThrownBy(() -> CreateVideoRequest.builder().prompt("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must be at least 1 character long, was 0");
      assertThatThrownBy(() -> RemixVideoRequest.builder().prompt(repeat("x", 32001)).build())
          .hasMessage("prompt: must be at most 32000 characters long, was 32001");
      assertThat(RemixVideoRequest.builder().prompt(repeat("x", 32000)).build().prompt()).hasSize(32000);
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
      String emojis = repeat("\uD83C\uDFB9", 32000);

      assertThat(RemixVideoRequest.builder().prompt(emojis).build().prompt()).isEqualTo(emojis);
    }

    @Test
    void toStringCutsAHugeDataUrl() {
      String dataUrl = "data:image/png;base64," + repeat("A", 1_000_000);
      ImageUrlInputReference reference = ImageUrlInputReference.builder().imageUrl(dataUrl).build();

      assertThat(reference.toString()).hasSizeLessThan(300).contains("(1000022 chars)");
      assertThat(reference.imageUrl()).isEqualTo(dataUrl);
    }

    @Test
    void theGeneratedBuildersOfRequestBodiesCheckTheSameForms() {
      assertThatThrownBy(() -> CreateVideoRequest.builder().prompt("A cat").seconds(VideoSeconds.of("4.5")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("seconds: must be a whole positive number of seconds, was \"4.5\"");
      assertThatThrownBy(() -> CreateVideoRequest.builder().prompt("A cat").size(VideoSize.of("1280x")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("size: must be WIDTHxHEIGHT in pixels, such as 1280x720, was \"1280x\"");
      assertThatThrownBy(() -> RemixVideoRequest.builder().prompt(" ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("prompt: must not be blank (only whitespace), was \" \"");
    }

    @Test
    void toStringCutsALongValueButNeverInsideASurrogatePair() {
      StringBuilder prompt = new StringBuilder();
      for (int i = 0; i < 199; i++) {
        prompt.append('a');
      }
      prompt.append("\uD83D\uDC31").append("bbbb");
      String text = RemixVideoRequest.builder().prompt(prompt.toString()).build().toString();

      int cut = text.indexOf("...(");
      assertThat(cut).isPositive();
      assertThat(Character.isHighSurrogate(text.charAt(cut - 1))).as(text).isFalse();
      assertThat(text).contains("...(205 chars)");
    }
  }

  @Nested
  class Unions {
    @Test
    void exactlyOneAlternativeIsChosenByItsRequiredKey() throws IOException {
      ImageInputReference byId = parse(ImageInputReference.class, "{\"file_id\":\"file-123\"}");
      ImageInputReference byUrl = parse(ImageInputReference.class, "{\"image_url\":\"https://example.com/a.png\"}");

      assertThat(byId.fileIdInputReference()).hasValueSatisfying(r -> assertThat(r.fileId()).isEqualTo("file-123"));
      assertThat(byId.imageUrlInputReference()).isEmpty();
      assertThat(byUrl.imageUrlInputReference().map(ImageUrlInputReference::imageUrl))
          .contains("https://example.com/a.png");
    }

    @Test
    void bothOrNeitherKeyIsRejected() {
      assertThatThrownBy(() -> parse(ImageInputReference.class, "{\"file_id\":\"f\",\"image_url\":\"u\"}"))
          .isInstanceOf(JsonDataException.class).hasMessageContaining("but 2 match");
      assertThatThrownBy(() -> parse(ImageInputReference.class, "{}"))
          .isInstanceOf(JsonDataException.class).hasMessageContaining("but 0 match");
    }

    @Test
    void unionWritesTheAlternativeItHolds() {
      ImageInputReference reference = ImageInputReference.of(
          ImageUrlInputReference.builder().imageUrl("data:image/png;base64,AAAA").build());

      assertThat(write(ImageInputReference.class, reference)).isEqualTo("{\"image_url\":\"data:image/png;base64,AAAA\"}");
      assertThat(reference).isEqualTo(ImageInputReference.of(
          ImageUrlInputReference.builder().imageUrl("data:image/png;base64,AAAA").build()));
    }
  }

  @Nested
  class NoReflection {
    @Test
    void moshiFindsTheGeneratedAdapterOfAPackagePrivateModel() throws IOException {
      for (Class<?> type : new Class<?>[] {CreateVideoRequest.class, ImageInputReference.class,
          ErrorResponse.class, ApiError.class}) {
        JsonAdapter<?> adapter = moshi.adapter(type);
        assertThat(adapter.toString()).as(type.getSimpleName())
            .startsWith("JsonAdapter(" + type.getSimpleName() + ")");
      }
      ErrorResponse envelope = parse(ErrorResponse.class,
          "{\"error\":{\"message\":\"No video\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
      assertThat(envelope.error().message()).isEqualTo("No video");
      assertThat(envelope.error().code()).isEmpty();
    }
  }
}
