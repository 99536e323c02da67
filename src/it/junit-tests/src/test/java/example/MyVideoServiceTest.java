package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulatorExtension;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The README's example of the JUnit extension, in a user's project that adds sora4j as the README
// says; sora4j's QuickTourTest checks that the README shows the marked block verbatim.
// README: extension
@ExtendWith(VideosEmulatorExtension.class)
class MyVideoServiceTest {
  @Test
  void makesAVideo(VideosClient client) {
    Video video = client.videos().createAndPoll(
        VideoCreateRequest.builder().prompt("a cat").build(), PollOptions.defaults());
    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
  }
}
// README: end
