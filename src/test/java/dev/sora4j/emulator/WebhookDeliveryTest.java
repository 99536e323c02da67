package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.Webhooks;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator's webhooks, end to end: posted when jobs end, retried, and verified by the library. */
@Timeout(60)
class WebhookDeliveryTest {
  private static final String SECRET = "whsec_ZW11bGF0b3Itd2ViaG9vay10ZXN0LWtleQ==";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Webhooks verifier = Webhooks.builder().secret(SECRET).build();

  private static VideosClient clientOf(VideosEmulator emulator) {
    return VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-emulator").build();
  }

  @Test
  void completedAndFailedJobsAreDeliveredSignedAndAFailedAttemptIsRetried() throws Exception {
    try (WebhookReceiver endpoint = new WebhookReceiver(500, 200);
        VideosEmulator emulator = VideosEmulator.builder()
            .speedFactor(100)
            .webhook(endpoint.url(), SECRET)
            .webhookRetryDelays(Duration.ofMillis(10), Duration.ofMillis(10))
            .start();
        VideosClient client = clientOf(emulator)) {
      // Nobody polls: the emulator sends on its own clock.
      Video completed = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
      WebhookSender.Outcome first = emulator.webhookSender().awaitOutcome(completed.id(), WAIT);
      Video failed = client.videos().create(VideoCreateRequest.builder().prompt("[fail] a dog").build());
      WebhookSender.Outcome second = emulator.webhookSender().awaitOutcome(failed.id(), WAIT);

      assertThat(first.delivered).isTrue();
      assertThat(first.attempts).as("the 500 was retried, the 200 ended it").isEqualTo(2);
      assertThat(second.delivered).isTrue();
      assertThat(second.attempts).isEqualTo(1);
      List<WebhookReceiver.Received> deliveries = endpoint.all();
      assertThat(deliveries).extracting(d -> d.answered).containsExactly(500, 200, 200);

      WebhookReceiver.Received refused = deliveries.get(0);
      WebhookReceiver.Received retry = deliveries.get(1);
      assertThat(retry.header("webhook-id")).isEqualTo(refused.header("webhook-id")).isEqualTo(first.webhookId);
      assertThat(retry.body).isEqualTo(refused.body);
      assertThat(deliveries.get(2).header("webhook-id")).isNotEqualTo(first.webhookId);
      for (WebhookReceiver.Received delivery : deliveries) {
        assertThat(delivery.method).isEqualTo("POST");
        assertThat(delivery.path).isEqualTo("/hooks/videos");
        assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
        verifier.verifySignature(delivery.body, delivery.headers);
      }

      VideoWebhookEvent completedEvent = verifier.unwrap(retry.body, retry.headers);
      assertThat(completedEvent.id()).startsWith("evt_");
      assertThat(completedEvent.type()).isEqualTo(VideoWebhookEventType.VIDEO_COMPLETED);
      assertThat(completedEvent.data().id()).isEqualTo(completed.id());
      Video completedNow = client.videos().retrieve(completed.id());
      assertThat(completedNow.status()).isEqualTo(VideoStatus.COMPLETED);
      assertThat(completedEvent.createdAt()).isEqualTo(completedNow.completedAt().get());
      assertThat(completedEvent).isEqualTo(first.event);

      WebhookReceiver.Received failedDelivery = deliveries.get(2);
      VideoWebhookEvent failedEvent = verifier.unwrap(failedDelivery.body, failedDelivery.headers);
      assertThat(failedEvent.type()).isEqualTo(VideoWebhookEventType.VIDEO_FAILED);
      assertThat(failedEvent.data().id()).isEqualTo(failed.id());
      assertThat(failedEvent.id()).isNotEqualTo(completedEvent.id());
      assertThat(new String(failedDelivery.body, StandardCharsets.UTF_8)).doesNotContain(SECRET);
    }
  }

  @Test
  void aDeliveryIsRetriedABoundedNumberOfTimesThenGivenUp() throws Exception {
    try (WebhookReceiver endpoint = new WebhookReceiver(503);
        VideosEmulator emulator = VideosEmulator.builder()
            .speedFactor(100)
            .webhook(endpoint.url(), SECRET)
            .webhookRetryDelays(Duration.ZERO, Duration.ofMillis(5), Duration.ofMillis(5))
            .start();
        VideosClient client = clientOf(emulator)) {
      Video video = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());

      WebhookSender.Outcome outcome = emulator.webhookSender().awaitOutcome(video.id(), WAIT);

      assertThat(outcome.delivered).isFalse();
      assertThat(outcome.attempts).isEqualTo(4);
      List<WebhookReceiver.Received> attempts = endpoint.all();
      assertThat(attempts).hasSize(4);
      assertThat(attempts.stream().map(d -> d.header("webhook-id")).distinct().collect(Collectors.toList()))
          .containsExactly(outcome.webhookId);
      for (WebhookReceiver.Received attempt : attempts) {
        verifier.verifySignature(attempt.body, attempt.headers); // each attempt signed anew, all valid
      }
    }
  }

  @Test
  void anEndpointThatCannotBeReachedIsRetriedToo() throws Exception {
    WebhookReceiver later = new WebhookReceiver(204);
    URI url = later.url();
    later.close(); // nothing listens there now: the first attempt cannot connect
    try (VideosEmulator emulator = VideosEmulator.builder()
            .speedFactor(100)
            .webhook(url, SECRET)
            .webhookRetryDelays(Duration.ofMillis(5))
            .start();
        VideosClient client = clientOf(emulator)) {
      Video video = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());

      WebhookSender.Outcome outcome = emulator.webhookSender().awaitOutcome(video.id(), WAIT);

      assertThat(outcome.delivered).isFalse();
      assertThat(outcome.attempts).isEqualTo(2);
    }
  }

  @Test
  void theEventIsSentWhenTheEmulatorsClockReachesTheEndOfTheJob() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (WebhookReceiver endpoint = new WebhookReceiver(200);
        VideosEmulator emulator = VideosEmulator.builder()
            .clock(clock)
            .webhook(endpoint.url(), SECRET)
            .start();
        VideosClient client = clientOf(emulator)) {
      Video video = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
      assertThat(client.videos().retrieve(video.id()).status()).isEqualTo(VideoStatus.QUEUED);

      clock.advance(Duration.ofSeconds(3));
      WebhookReceiver.Received delivery = endpoint.next(WAIT);

      // Signed with the emulator's clock: verify against the same clock.
      Webhooks sameClock = Webhooks.builder().secret(SECRET).clock(clock).build();
      VideoWebhookEvent event = sameClock.unwrap(delivery.body, delivery.headers);
      assertThat(event.data().id()).isEqualTo(video.id());
      assertThat(event.createdAt()).isEqualTo(Instant.parse("2026-06-01T12:00:03Z").getEpochSecond());
      assertThat(delivery.header("webhook-timestamp")).isEqualTo(Long.toString(event.createdAt()));
      assertThat(client.videos().retrieve(video.id()).status()).isEqualTo(VideoStatus.COMPLETED);
      assertThat(emulator.webhookSender().awaitOutcome(video.id(), WAIT).attempts).isEqualTo(1);
    }
  }

  @Test
  void aJobDeletedBeforeItEndsSendsNothing() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (WebhookReceiver endpoint = new WebhookReceiver(200);
        VideosEmulator emulator = VideosEmulator.builder().clock(clock).webhook(endpoint.url(), SECRET).start();
        VideosClient client = clientOf(emulator)) {
      Video deleted = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
      Video kept = client.videos().create(VideoCreateRequest.builder().prompt("a dog").build());
      client.videos().delete(deleted.id());

      clock.advance(Duration.ofSeconds(3));
      WebhookSender.Outcome none = emulator.webhookSender().awaitOutcome(deleted.id(), WAIT);
      WebhookSender.Outcome sent = emulator.webhookSender().awaitOutcome(kept.id(), WAIT);

      assertThat(none.attempts).isZero();
      assertThat(none.event).isNull();
      assertThat(sent.delivered).isTrue();
      assertThat(endpoint.all()).hasSize(1);
      assertThat(Webhooks.builder().secret(SECRET).clock(clock).build()
          .unwrap(endpoint.all().get(0).body, endpoint.all().get(0).headers).data().id()).isEqualTo(kept.id());
    }
  }

  @Test
  void aPolledJobIsDeliveredOnceAndTheEmulatorStaysQuietWithoutAWebhook() throws Exception {
    try (WebhookReceiver endpoint = new WebhookReceiver(200);
        VideosEmulator emulator = VideosEmulator.builder().speedFactor(100).webhook(endpoint.url(), SECRET).start();
        VideosClient client = clientOf(emulator)) {
      Video video = client.videos().createAndPoll(VideoCreateRequest.builder().prompt("a cat").build(),
          PollOptions.defaults());

      WebhookSender.Outcome outcome = emulator.webhookSender().awaitOutcome(video.id(), WAIT);

      assertThat(outcome.delivered).isTrue();
      assertThat(endpoint.all()).hasSize(1);
    }
    try (VideosEmulator plain = VideosEmulator.builder().speedFactor(100).start()) {
      assertThat(plain.webhookSender()).isNull();
    }
  }

  @Test
  void theWebhookSettingsAreCheckedAndTheSecretIsNeverShown() {
    URI url = URI.create("http://127.0.0.1:9/hooks");
    assertThatThrownBy(() -> VideosEmulator.builder().webhook(URI.create("/hooks"), SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook url: must be an absolute http or https URL, was /hooks");
    assertThatThrownBy(() -> VideosEmulator.builder().webhook(URI.create("ftp://127.0.0.1/x"), SECRET))
        .hasMessageStartingWith("webhook url: must be an absolute http or https URL");
    assertThatThrownBy(() -> VideosEmulator.builder().webhook(url, "whsec_%%%" + SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook secret: the part after whsec_ must be base64");
    assertThatThrownBy(() -> VideosEmulator.builder().webhook(url, ""))
        .hasMessage("webhook secret: must not be empty");
    assertThatThrownBy(() -> VideosEmulator.builder().webhookRetryDelays(Duration.ofSeconds(-1)))
        .hasMessage("webhookRetryDelays: must not be negative, was PT-1S");
    VideosEmulator.Builder builder = VideosEmulator.builder().webhook(url, SECRET);
    assertThat(builder.toString()).contains(url.toString()).doesNotContain(SECRET);
  }
}
