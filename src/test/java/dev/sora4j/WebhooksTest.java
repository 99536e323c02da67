package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verification of webhook deliveries against vectors computed outside sora4j: the signatures
 * below were computed once with Python's {@code hmac}, {@code hashlib} and {@code base64}
 * modules, as base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), and the fresh ones with
 * {@code javax.crypto.Mac} directly in {@link IndependentSignature}.
 */
class WebhooksTest {
  /** {@code whsec_} + base64 of the key {@code sora4j-test-key-0123456789abcdef}. */
  private static final String SECRET = "whsec_c29yYTRqLXRlc3Qta2V5LTAxMjM0NTY3ODlhYmNkZWY=";
  private static final String KEY_TEXT = "sora4j-test-key-0123456789abcdef";
  private static final String KEY_BASE64 = "c29yYTRqLXRlc3Qta2V5LTAxMjM0NTY3ODlhYmNkZWY=";
  private static final String PLAIN_SECRET = "plain-text-secret";
  private static final String OTHER_SECRET = "another-key-entirely-0123456789";

  private static final String ID = "wh_test_1";
  private static final long SIGNED_AT = 1_767_225_600L; // 2026-01-01T00:00:00Z
  private static final String BODY = "{\"id\":\"evt_abc123\",\"object\":\"event\",\"created_at\":1767225590,"
      + "\"type\":\"video.completed\",\"data\":{\"id\":\"video_123\"}}";
  /** BODY, wh_test_1, SIGNED_AT, signed with SECRET's key. */
  private static final String SIGNATURE = "42IfpzK996RPkvUWidYzRz9QiHMBCUbKg3NTLHiI0RM=";
  /** The same, signed with the UTF-8 bytes of PLAIN_SECRET. */
  private static final String PLAIN_SIGNATURE = "1tR2Avpr23xAJWnnzJKLbf8RSme9CucJYxN+aYyFSvQ=";
  /** The same, signed with the UTF-8 bytes of OTHER_SECRET. */
  private static final String OTHER_SIGNATURE = "E/oPtkXl694OYWeiwQlHEk4LfRsn1DcJgn+bsdnxZbo=";

  private static final String UNKNOWN_TYPE_BODY = "{\"id\":\"evt_def456\",\"object\":\"event\","
      + "\"created_at\":1767225595,\"type\":\"video.upscaled\",\"data\":{\"id\":\"video_456\"},\"extra\":true}";
  /** UNKNOWN_TYPE_BODY, wh_test_2, SIGNED_AT, signed with SECRET's key. */
  private static final String UNKNOWN_TYPE_SIGNATURE = "z1d4YJZiEzwBoK5JE6vTb/OV27PWA5Dkc2hcyJiMpSU=";

  private static Webhooks verifierAt(long epochSeconds) {
    return Webhooks.builder().secret(SECRET).clock(clockAt(epochSeconds)).build();
  }

  private static Clock clockAt(long epochSeconds) {
    return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
  }

  private static Map<String, String> headers(String id, long timestamp, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("webhook-id", id);
    headers.put("webhook-timestamp", Long.toString(timestamp));
    headers.put("webhook-signature", signature);
    headers.put("content-type", "application/json");
    return headers;
  }

  private static Map<String, String> validHeaders() {
    return headers(ID, SIGNED_AT, "v1," + SIGNATURE);
  }

  /** Expects a refusal, and checks that its message holds neither a secret nor a signature. */
  private static WebhookVerificationException refused(Runnable verification) {
    Throwable thrown = catchThrowable(verification::run);
    assertThat(thrown).isInstanceOf(WebhookVerificationException.class);
    assertThat(thrown.getMessage()).doesNotContain(SECRET, KEY_BASE64, KEY_TEXT, PLAIN_SECRET, OTHER_SECRET,
        SIGNATURE, PLAIN_SIGNATURE);
    assertThat(thrown.toString()).doesNotContain(SECRET, KEY_TEXT, SIGNATURE);
    return (WebhookVerificationException) thrown;
  }

  @Test
  void aValidDeliveryIsVerifiedAndUnwrapped() {
    Webhooks webhooks = verifierAt(SIGNED_AT + 10);

    webhooks.verifySignature(BODY, validHeaders());
    webhooks.verifySignature(BODY.getBytes(StandardCharsets.UTF_8), validHeaders());
    VideoWebhookEvent event = webhooks.unwrap(BODY, validHeaders());
    VideoWebhookEvent fromBytes = webhooks.unwrap(BODY.getBytes(StandardCharsets.UTF_8), validHeaders());

    assertThat(event.id()).isEqualTo("evt_abc123");
    assertThat(event.type()).isEqualTo(VideoWebhookEventType.VIDEO_COMPLETED);
    assertThat(event.createdAt()).isEqualTo(1_767_225_590L);
    assertThat(event.data().id()).isEqualTo("video_123");
    assertThat(event.object()).isEqualTo(VideoWebhookEvent.ObjectEnum.EVENT);
    assertThat(fromBytes).isEqualTo(event);
  }

  @Test
  void aTamperedBodyIsRefused() {
    Webhooks webhooks = verifierAt(SIGNED_AT);
    String tampered = BODY.replace("video_123", "video_124");
    String reformatted = BODY.replace(",", ", "); // same JSON, other bytes: the bytes are what is signed

    assertThat(refused(() -> webhooks.unwrap(tampered, validHeaders())))
        .hasMessageStartingWith("webhook-signature: no signature matches");
    assertThat(refused(() -> webhooks.verifySignature(reformatted, validHeaders())))
        .hasMessageStartingWith("webhook-signature: no signature matches");
    Map<String, String> otherId = headers("wh_test_other", SIGNED_AT, "v1," + SIGNATURE);
    assertThat(refused(() -> webhooks.verifySignature(BODY, otherId))).hasMessageContaining("no signature matches");
  }

  @Test
  void aWrongSecretIsRefused() {
    Webhooks webhooks = verifierAt(SIGNED_AT);
    Map<String, String> signedWithOther = headers(ID, SIGNED_AT, "v1," + OTHER_SIGNATURE);

    refused(() -> webhooks.verifySignature(BODY, signedWithOther));
    refused(() -> webhooks.verifySignature(BODY, validHeaders(), OTHER_SECRET));
    refused(() -> webhooks.unwrap(BODY.getBytes(StandardCharsets.UTF_8), validHeaders(), PLAIN_SECRET));
    // The explicit secret is the one used: the vector signed with OTHER_SECRET passes with it.
    webhooks.verifySignature(BODY.getBytes(StandardCharsets.UTF_8), signedWithOther, OTHER_SECRET);
  }

  @Test
  void timestampsMoreThanTheToleranceOldOrAheadAreRefused() {
    verifierAt(SIGNED_AT + 300).verifySignature(BODY, validHeaders());
    verifierAt(SIGNED_AT - 300).verifySignature(BODY, validHeaders());

    assertThat(refused(() -> verifierAt(SIGNED_AT + 301).verifySignature(BODY, validHeaders())))
        .hasMessageStartingWith("webhook-timestamp: 301 s old, more than the tolerance of 300 s");
    assertThat(refused(() -> verifierAt(SIGNED_AT - 301).verifySignature(BODY, validHeaders())))
        .hasMessageStartingWith("webhook-timestamp: 301 s ahead of this clock, more than the tolerance of 300 s");
    assertThat(refused(() -> verifierAt(SIGNED_AT + 86_400).unwrap(BODY, validHeaders())))
        .hasMessageContaining("86400 s old");

    Webhooks lenient = Webhooks.builder().secret(SECRET).clock(clockAt(SIGNED_AT + 3_600))
        .tolerance(Duration.ofHours(1)).build();
    lenient.verifySignature(BODY, validHeaders());
    Webhooks strict = Webhooks.builder().secret(SECRET).clock(clockAt(SIGNED_AT + 11))
        .tolerance(Duration.ofSeconds(10)).build();
    assertThat(refused(() -> strict.verifySignature(BODY, validHeaders())))
        .hasMessageContaining("11 s old, more than the tolerance of 10 s");
  }

  @Test
  void theTimestampIsCheckedBeforeTheSignatureAndMustBeWholeSeconds() {
    Webhooks webhooks = verifierAt(SIGNED_AT);
    Map<String, String> milliseconds = validHeaders();
    milliseconds.put("webhook-timestamp", SIGNED_AT + "000");
    Map<String, String> text = validHeaders();
    text.put("webhook-timestamp", "yesterday");

    assertThat(refused(() -> webhooks.verifySignature(BODY, milliseconds))).hasMessageContaining("s ahead of this clock");
    assertThat(refused(() -> webhooks.verifySignature(BODY, text)))
        .hasMessage("webhook-timestamp: must be whole Unix seconds, was 'yesterday'");
  }

  @Test
  void missingHeadersAreNamed() {
    Webhooks webhooks = verifierAt(SIGNED_AT);
    for (String name : new String[] {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
      Map<String, String> without = validHeaders();
      without.remove(name);
      assertThat(refused(() -> webhooks.unwrap(BODY, without)))
          .hasMessage(name + ": header missing; not a signed webhook delivery");
      Map<String, String> empty = validHeaders();
      empty.put(name, " ");
      assertThat(refused(() -> webhooks.verifySignature(BODY, empty))).hasMessageStartingWith(name + ": header missing");
    }
    assertThat(refused(() -> webhooks.verifySignature(BODY, Collections.<String, String>emptyMap())))
        .hasMessageStartingWith("webhook-id: header missing");
  }

  @Test
  void anyOneOfSeveralSignaturesMayMatch() {
    Webhooks webhooks = verifierAt(SIGNED_AT);

    webhooks.verifySignature(BODY, headers(ID, SIGNED_AT, "v1," + OTHER_SIGNATURE + " v1," + SIGNATURE));
    webhooks.verifySignature(BODY, headers(ID, SIGNED_AT, "v1," + SIGNATURE + " v1," + OTHER_SIGNATURE));
    webhooks.verifySignature(BODY, headers(ID, SIGNED_AT, "v1a,c2lnbmVkIGVsc2V3aGVyZQ==  v1,not-base64! v1," + SIGNATURE));

    assertThat(refused(() -> webhooks.verifySignature(BODY,
        headers(ID, SIGNED_AT, "v1," + OTHER_SIGNATURE + " v1," + PLAIN_SIGNATURE))))
        .hasMessageStartingWith("webhook-signature: no signature matches");
    assertThat(refused(() -> webhooks.verifySignature(BODY, headers(ID, SIGNED_AT, "v2," + SIGNATURE))))
        .hasMessageStartingWith("webhook-signature: holds no v1,<base64> signature");
    assertThat(refused(() -> webhooks.verifySignature(BODY, headers(ID, SIGNED_AT, SIGNATURE))))
        .hasMessageStartingWith("webhook-signature: holds no v1,<base64> signature");
  }

  @Test
  void headerNamesMatchInAnyCase() {
    Webhooks webhooks = verifierAt(SIGNED_AT);
    Map<String, String> mixed = new HashMap<>();
    mixed.put("Webhook-Id", ID);
    mixed.put("WEBHOOK-TIMESTAMP", Long.toString(SIGNED_AT));
    mixed.put("Webhook-Signature", "v1," + SIGNATURE);
    mixed.put(null, "HTTP/1.1 200 OK"); // HttpURLConnection's status line comes with a null name

    assertThat(webhooks.unwrap(BODY, mixed).data().id()).isEqualTo("video_123");

    Map<String, String> conflicting = new HashMap<>(mixed);
    conflicting.put("webhook-id", "wh_someone_else");
    assertThat(refused(() -> webhooks.verifySignature(BODY, conflicting)))
        .hasMessage("webhook-id: given more than once, with different values");
  }

  @Test
  void aSecretWithoutTheWhsecPrefixIsUsedAsItsUtf8Bytes() {
    Map<String, String> headers = headers(ID, SIGNED_AT, "v1," + PLAIN_SIGNATURE);
    Webhooks plain = Webhooks.builder().secret(PLAIN_SECRET).clock(clockAt(SIGNED_AT)).build();

    plain.verifySignature(BODY, headers);
    verifierAt(SIGNED_AT).verifySignature(BODY, headers, PLAIN_SECRET);
    // The whsec_ secret is decoded, not used as text: its text as a key signs differently.
    refused(() -> Webhooks.builder().secret(KEY_BASE64).clock(clockAt(SIGNED_AT)).build()
        .verifySignature(BODY, validHeaders()));
    Webhooks.builder().secret(KEY_TEXT).clock(clockAt(SIGNED_AT)).build().verifySignature(BODY, validHeaders());
  }

  @Test
  void anUnknownEventTypeIsKeptWithItsText() {
    Map<String, String> headers = headers("wh_test_2", SIGNED_AT, "v1," + UNKNOWN_TYPE_SIGNATURE);

    VideoWebhookEvent event = verifierAt(SIGNED_AT).unwrap(UNKNOWN_TYPE_BODY, headers);

    assertThat(event.type().value()).isEqualTo("video.upscaled");
    assertThat(event.type().isKnown()).isFalse();
    assertThat(event.type()).isEqualTo(VideoWebhookEventType.of("video.upscaled"));
    assertThat(event.data().id()).isEqualTo("video_456");
    assertThat(event.additionalProperties()).containsEntry("extra", true);
  }

  @Test
  void aSignedPayloadThatIsNotAnEventIsRefusedByUnwrapOnly() {
    long now = SIGNED_AT;
    String notJson = "thanks";
    String noType = "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1,\"data\":{\"id\":\"video_1\"}}";
    String noVideoId = "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1,\"type\":\"video.failed\",\"data\":{}}";
    Webhooks webhooks = verifierAt(now);

    webhooks.verifySignature(notJson, signedNow(notJson, secretKey(), now));
    assertThat(refused(() -> webhooks.unwrap(notJson, signedNow(notJson, secretKey(), now))))
        .hasMessageStartingWith("payload: signed, but not a JSON event");
    assertThat(refused(() -> webhooks.unwrap(noType, signedNow(noType, secretKey(), now))))
        .hasMessage("payload: signed, but not a complete event: type: is required");
    assertThat(refused(() -> webhooks.unwrap(noVideoId, signedNow(noVideoId, secretKey(), now))))
        .hasMessage("payload: signed, but not a complete event: id: is required");
  }

  @Test
  void theClientVerifiesWithItsSecretAndTheSystemClock() {
    long now = System.currentTimeMillis() / 1000;
    try (VideosClient client = VideosClient.builder().apiKey("sk-test").webhookSecret(SECRET).build();
        VideosClient plain = VideosClient.builder().apiKey("sk-test").webhookSecret(PLAIN_SECRET).build()) {
      Map<String, String> fresh = signedNow(BODY, secretKey(), now);

      assertThat(client.webhooks().unwrap(BODY, fresh).id()).isEqualTo("evt_abc123");
      refused(() -> plain.webhooks().verifySignature(BODY, fresh));
      plain.webhooks().verifySignature(BODY, fresh, SECRET);
      refused(() -> client.webhooks().verifySignature(BODY, validHeaders())); // signed in 2026-01-01
      assertThat(client.webhooks().toString()).doesNotContain(SECRET, KEY_BASE64);
    }
  }

  @Test
  void theClientReadsTheSecretFromTheEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", "sk-test");
    env.put("OPENAI_WEBHOOK_SECRET", SECRET);
    long now = System.currentTimeMillis() / 1000;
    try (VideosClient client = VideosClient.builder().fromEnv(env).build()) {
      client.webhooks().verifySignature(BODY, signedNow(BODY, secretKey(), now));
    }

    env.put("OPENAI_WEBHOOK_SECRET", "whsec_not*base64*" + KEY_TEXT);
    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhookSecret (from OPENAI_WEBHOOK_SECRET): the part after whsec_ must be base64");
    env.put("OPENAI_WEBHOOK_SECRET", SECRET + "\n");
    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env).build())
        .hasMessage("webhookSecret (from OPENAI_WEBHOOK_SECRET): must not start or end with whitespace");
    assertThatThrownBy(() -> VideosClient.builder().apiKey("sk-test").webhookSecret("whsec_").build())
        .hasMessage("webhookSecret: the part after whsec_ must not be empty");
    VideosClient.Builder builder = VideosClient.builder().apiKey("sk-test").webhookSecret(SECRET);
    assertThat(builder.toString()).doesNotContain(SECRET).contains("webhookSecret=***");
  }

  @Test
  void withoutASecretVerificationIsAProgrammingError() {
    try (VideosClient client = VideosClient.builder().apiKey("sk-test").build()) {
      assertThatThrownBy(() -> client.webhooks().unwrap(BODY, validHeaders()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no webhook secret")
          .hasMessageContaining("OPENAI_WEBHOOK_SECRET");
      assertThatThrownBy(() -> client.webhooks().verifySignature(BODY, validHeaders(), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("secret: must not be empty");
    }
  }

  @Test
  void signatureHeadersMatchTheIndependentVectorAndVerify() {
    Webhooks sender = verifierAt(SIGNED_AT);

    Map<String, String> signed = sender.signatureHeaders(ID, BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(signed).containsExactly(
        entry("webhook-id", ID),
        entry("webhook-timestamp", Long.toString(SIGNED_AT)),
        entry("webhook-signature", "v1," + SIGNATURE));
    assertThatThrownBy(() -> Webhooks.builder().build().signatureHeaders(ID, new byte[0]))
        .isInstanceOf(IllegalStateException.class);
  }

  private static byte[] secretKey() {
    return Base64.getDecoder().decode(KEY_BASE64);
  }

  /** Headers signed here with javax.crypto.Mac, independently of sora4j's signing code. */
  private static Map<String, String> signedNow(String body, byte[] key, long timestamp) {
    return headers("wh_fresh", timestamp, "v1," + IndependentSignature.of(key, "wh_fresh." + timestamp + "." + body));
  }
}
