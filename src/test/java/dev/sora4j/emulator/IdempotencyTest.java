package dev.sora4j.emulator;

import static dev.sora4j.emulator.EmulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A job-starting request repeated with its Idempotency-Key starts one job only. */
@Timeout(20)
class IdempotencyTest {

  @Test
  void aRepeatedRequestWithTheSameKeyReturnsTheFirstJob() {
    try (VideosEmulator emulator = VideosEmulator.start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      RequestBody body = RequestBody.create(json("prompt", "p"), EmulatorHttp.JSON);

      EmulatorHttp.Reply first = http.send(http.request("videos").header("Idempotency-Key", "key-1").post(body));
      EmulatorHttp.Reply retry = http.send(http.request("videos").header("Idempotency-Key", "key-1").post(body));

      assertThat(retry.as(Video.class).id()).isEqualTo(first.as(Video.class).id());
      assertThat(first.headers.get("Idempotent-Replayed")).isNull();
      assertThat(retry.headers.get("Idempotent-Replayed")).isEqualTo("true");
      assertThat(http.get("videos").as(VideoList.class).data()).hasSize(1);

      EmulatorHttp.Reply otherKey = http.send(http.request("videos").header("Idempotency-Key", "key-2").post(body));
      assertThat(otherKey.as(Video.class).id()).isNotEqualTo(first.as(Video.class).id());
      assertThat(http.create("p").id()).isNotEqualTo(first.as(Video.class).id()); // no key: a new job each time
    }
  }

  @Test
  void anEmulatorThatIgnoresKeysStartsAJobForEveryRequest() {
    try (VideosEmulator emulator = VideosEmulator.builder().ignoreIdempotencyKeys(true).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      RequestBody body = RequestBody.create(json("prompt", "p"), EmulatorHttp.JSON);

      EmulatorHttp.Reply first = http.send(http.request("videos").header("Idempotency-Key", "key-1").post(body));
      EmulatorHttp.Reply retry = http.send(http.request("videos").header("Idempotency-Key", "key-1").post(body));

      assertThat(retry.as(Video.class).id()).isNotEqualTo(first.as(Video.class).id());
      assertThat(retry.headers.get("Idempotent-Replayed")).isNull();
      assertThat(http.get("videos").as(VideoList.class).data()).hasSize(2);
    }
  }

  @Test
  void theSameMultipartRequestMatchesWhateverItsBoundary() {
    try (VideosEmulator emulator = VideosEmulator.start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      String firstId = http.send(http.request("videos").header("Idempotency-Key", "k").post(
          new MultipartBody.Builder("boundary-one").setType(MultipartBody.FORM).addFormDataPart("prompt", "p").build()))
          .as(Video.class).id();
      String secondId = http.send(http.request("videos").header("Idempotency-Key", "k").post(
          new MultipartBody.Builder("boundary-two").setType(MultipartBody.FORM).addFormDataPart("prompt", "p").build()))
          .as(Video.class).id();
      assertThat(secondId).isEqualTo(firstId);
    }
  }

  @Test
  void reusingAKeyForAnotherRequestIs422() {
    try (VideosEmulator emulator = VideosEmulator.start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      http.send(http.request("videos").header("Idempotency-Key", "k")
          .post(RequestBody.create(json("prompt", "p"), EmulatorHttp.JSON)));
      EmulatorHttp.Reply reused = http.send(http.request("videos").header("Idempotency-Key", "k")
          .post(RequestBody.create(json("prompt", "other"), EmulatorHttp.JSON)));
      assertThat(reused.error(422).code()).hasValue("idempotency_key_reused");
      assertThat(http.get("videos").as(VideoList.class).data()).hasSize(1);
    }
  }
}
