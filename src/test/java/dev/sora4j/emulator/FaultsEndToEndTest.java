package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.ConnectionException;
import dev.sora4j.InternalServerException;
import dev.sora4j.RequestOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.VideosException;
import dev.sora4j.VideosTimeoutException;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's retry and no-duplicate rules against the emulator's injected faults, end to end. */
class FaultsEndToEndTest {
  private static final VideoCreateRequest CAT = VideoCreateRequest.builder().prompt("a cat").build();

  @TempDir
  Path dir;

  private static VideosClient clientOf(VideosEmulator emulator) {
    return VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-faults").build();
  }

  private static long jobsOn(VideosClient client) {
    long count = 0;
    for (Video ignored : client.videos().listAll(VideoListRequest.firstPage())) {
      count++;
    }
    return count;
  }

  @Test
  void aRateLimitedCreateIsRetriedAfterRetryAfterAndStartsOneJob() {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(ServerProfile.LITELLM)
        .fault(Fault.rateLimited(Duration.ZERO).forNext(2)).start();
         VideosClient client = clientOf(emulator)) {
      Video video = client.videos().create(CAT);

      assertThat(video.id()).startsWith("video_");
      assertThat(jobsOn(client)).isEqualTo(1);
    }
  }

  @Test
  void aRateLimitBeyondTheRetryBudgetFailsWithTheStatus() {
    try (VideosEmulator emulator = VideosEmulator.builder().fault(Fault.parse("rate-limit=0,next=3")).start();
         VideosClient client = clientOf(emulator)) {
      assertThatThrownBy(() -> client.videos().retrieve("video_1"))
          .isInstanceOfSatisfying(dev.sora4j.RateLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
    }
  }

  @Test
  void a500AfterTheJobWasAcceptedIsNotRetriedOnAGatewayAndSaysAJobMayExist() {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(ServerProfile.BIFROST)
        .fault(Fault.serverErrorAfterAccepting()).start();
         VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-faults")
             .defaultModel(dev.sora4j.model.VideoModel.of("openai/sora-2")).build()) {
      assertThatThrownBy(() -> client.videos().create(CAT)).isInstanceOfSatisfying(InternalServerException.class,
          e -> assertThat(e.jobMayExist()).isTrue());

      assertThat(jobsOn(client)).isEqualTo(1);
    }
  }

  @Test
  void aConnectionDroppedAfterTheJobWasAcceptedIsNotRetriedAndSaysAJobMayExist() {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(ServerProfile.AZURE)
        .fault(Fault.dropAfterAccepting()).start();
         VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-faults")
             .authStyle(dev.sora4j.AuthStyle.API_KEY_HEADER).build()) {
      assertThatThrownBy(() -> client.videos().create(CAT)).isInstanceOfSatisfying(VideosException.class,
          e -> assertThat(e.jobMayExist()).isTrue());

      assertThat(jobsOn(client)).isEqualTo(1);
    }
  }

  @Test
  void onTheProviderAnAmbiguousFailureMayBeRetriedWithTheSameKeyAndStillStartsOneJob() {
    try (VideosEmulator emulator = VideosEmulator.builder().fault(Fault.dropAfterAccepting()).start();
         VideosClient client = clientOf(emulator)) {
      Video video = client.videos().create(CAT, RequestOptions.builder().retryAmbiguousFailures(true).build());

      assertThat(jobsOn(client)).isEqualTo(1);
      assertThat(client.videos().retrieve(video.id()).id()).isEqualTo(video.id());
    }
  }

  @Test
  void aSlowAnswerPastTheTimeoutIsATimeout() {
    try (VideosEmulator emulator = VideosEmulator.builder().fault(Fault.slowAnswer(Duration.ofSeconds(2))).start();
         VideosClient client = clientOf(emulator)) {
      assertThatThrownBy(() -> client.videos().retrieve("video_1",
          RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build()))
          .isInstanceOf(VideosTimeoutException.class);
    }
  }

  @Test
  void aCutDownloadIsResumedWithARangeRequestAndArrivesWhole() throws IOException {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1000).syntheticVideoSize(1_000_000)
        .fault(Fault.cutDownload().forNext(2)).start();
         VideosClient client = clientOf(emulator)) {
      Video video = client.videos().createAndPoll(CAT, dev.sora4j.PollOptions.defaults());
      Path target = dir.resolve("cat.mp4");

      client.videos().downloadContent(video.id(), VideoContentVariant.VIDEO, target);

      byte[] bytes = Files.readAllBytes(target);
      assertThat(bytes).hasSize(1_000_000);
      for (int offset : new int[] {0, 249_999, 250_000, 499_999, 500_000, 999_999}) {
        assertThat(bytes[offset]).as("byte " + offset).isEqualTo(MediaContent.SyntheticVideo.byteAt(offset));
      }
    }
  }

  @Test
  void aCutDownloadBeyondTheResumesFailsAndLeavesNothingAtTheTarget() throws IOException {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(1000).fault(Fault.cutDownload().forNext(2)).start();
         VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-faults")
             .maxDownloadResumes(1).build()) {
      Video video = client.videos().createAndPoll(CAT, dev.sora4j.PollOptions.defaults());
      Path target = dir.resolve("cat.mp4");

      assertThatThrownBy(() -> client.videos().downloadContent(video.id(), VideoContentVariant.VIDEO, target))
          .isInstanceOf(ConnectionException.class);

      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left).isEmpty();
      }
      assertThat(client.videos().downloadContent(video.id(), VideoContentVariant.VIDEO, target)).exists();
    }
  }
}
