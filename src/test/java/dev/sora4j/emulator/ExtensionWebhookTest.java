package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.Webhooks;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventType;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension starting its emulator with webhooks to an endpoint the test set up first. */
@Timeout(60)
class ExtensionWebhookTest {
  private static final String SECRET = "an-endpoint-secret-of-the-test";
  private static WebhookReceiver endpoint;

  @RegisterExtension
  static final VideosEmulatorExtension EMULATOR = VideosEmulatorExtension.withSettings(
      emulator -> emulator.speedFactor(100).webhook(endpoint.url(), SECRET));

  @BeforeAll
  static void startEndpoint() throws IOException {
    endpoint = new WebhookReceiver(200);
  }

  @AfterAll
  static void stopEndpoint() {
    endpoint.close();
  }

  @Test
  void theEmulatorDeliversToTheTestsEndpoint(VideosClient client, VideosEmulator emulator) throws InterruptedException {
    Video video = client.videos().create(VideoCreateRequest.builder().prompt("[fail:moderation_blocked] a cat").build());

    WebhookReceiver.Received delivery = endpoint.next(Duration.ofSeconds(20));

    VideoWebhookEvent event = Webhooks.builder().secret(SECRET).build().unwrap(delivery.body, delivery.headers);
    assertThat(event.type()).isEqualTo(VideoWebhookEventType.VIDEO_FAILED);
    assertThat(event.data().id()).isEqualTo(video.id());
    assertThat(emulator.webhookSender()).isNotNull();
  }
}
