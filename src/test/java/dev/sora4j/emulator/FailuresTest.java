package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoError;
import dev.sora4j.model.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Provoked failures: the prompt marker and the failure rate. */
@Timeout(20)
class FailuresTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void theFailMarkerFailsTheJobHalfwayWithGenerationFailed() {
    MutableClock clock = new MutableClock(START);
    try (VideosEmulator emulator = VideosEmulator.builder().clock(clock).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      Video created = http.create("A crowded stadium at night [fail]");
      assertThat(created.status()).isEqualTo(VideoStatus.QUEUED);

      clock.advance(Duration.ofMillis(1_000));
      assertThat(http.get("videos/" + created.id()).as(Video.class).status()).isEqualTo(VideoStatus.IN_PROGRESS);

      clock.advance(Duration.ofMillis(500));
      EmulatorHttp.Reply reply = http.get("videos/" + created.id());
      Video failed = reply.as(Video.class);
      assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
      assertThat(failed.progress()).isEqualTo(50);
      assertThat(failed.completedAt()).hasValue(START.getEpochSecond() + 1);
      assertThat(failed.expiresAt()).isEmpty();
      VideoError error = failed.error().get();
      assertThat(error.code()).isEqualTo("generation_failed");
      assertThat(error.message()).contains("[fail]");
      assertThat(reply.text()).contains("\"error\":{\"code\":\"generation_failed\"");
    }
  }

  @Test
  void theFailMarkerCanNameTheCode() {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1_000).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      Video failed = http.awaitFinished(http.create("A crowded stadium [fail:moderation_blocked]").id());
      assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
      assertThat(failed.error().get().code()).isEqualTo("moderation_blocked");
      assertThat(failed.error().get().message()).startsWith("The prompt was rejected by the content policy.");

      Video completed = http.awaitFinished(http.create("A quiet stadium").id());
      assertThat(completed.status()).isEqualTo(VideoStatus.COMPLETED);
      assertThat(completed.error()).isEmpty();
    }
  }

  @Test
  void aFailureRateOfOneFailsEveryJob() {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1_000).failureRate(1.0).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      for (int i = 0; i < 5; i++) {
        Video video = http.awaitFinished(http.create("job " + i).id());
        assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(video.error().get().code()).isEqualTo("generation_failed");
      }
    }
  }

  @Test
  void aSeededFailureRateFailsTheSameJobsEachRun() {
    assertThat(outcomesWithSeed(42)).isEqualTo(outcomesWithSeed(42)).contains(true, false);
  }

  private static List<Boolean> outcomesWithSeed(long seed) {
    MutableClock clock = new MutableClock(START);
    try (VideosEmulator emulator = VideosEmulator.builder().clock(clock).failureRate(0.5).randomSeed(seed).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(http.create("job " + i).id());
      }
      clock.advance(Duration.ofSeconds(3));
      List<Boolean> failed = new ArrayList<>();
      for (String id : ids) {
        failed.add(http.get("videos/" + id).as(Video.class).status() == VideoStatus.FAILED);
      }
      return failed;
    }
  }
}
