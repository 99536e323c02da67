package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;

/**
 * Verifies and parses the webhooks a server posts when a job ends ({@code video.completed},
 * {@code video.failed}), signed per Standard Webhooks. Get one from
 * {@link VideosClient#webhooks()} (with {@link VideosClient.Builder#webhookSecret(String)} or
 * {@code OPENAI_WEBHOOK_SECRET}), or build one with {@link #builder()} where no API client is
 * needed:
 *
 * <pre>{@code
 * // in your HTTP handler: the body exactly as received, and the request's headers
 * try {
 *   VideoWebhookEvent event = client.webhooks().unwrap(body, headers);
 *   if (event.type().equals(VideoWebhookEventType.VIDEO_COMPLETED)) {
 *     download(event.data().id());
 *   }
 *   // answer 2xx
 * } catch (WebhookVerificationException e) {
 *   // answer 400: not from your server, tampered with, or too old
 * }
 * }</pre>
 *
 * <p>The rules: the headers {@value #ID_HEADER}, {@value #TIMESTAMP_HEADER} and
 * {@value #SIGNATURE_HEADER} are found whatever their case; the signed content is
 * {@code {webhook-id}.{webhook-timestamp}.{body}} and its HMAC-SHA256 must equal one of the
 * space-separated {@code v1,<base64>} values of the signature header (compared in constant time);
 * a secret starting {@code whsec_} is the base64 of the key after that prefix, any other secret's
 * UTF-8 bytes are the key; a timestamp more than the tolerance (default
 * {@value #DEFAULT_TOLERANCE_SECONDS} seconds) older or newer than the clock is refused, so an
 * old delivery cannot be replayed. The body is checked as the bytes received, never parsed and
 * written again first.
 *
 * <p>Immutable and thread-safe. {@code toString()} never shows the secret.
 */
public final class Webhooks {
  /** The header that carries the delivery's id, the same on every retry of one event. */
  public static final String ID_HEADER = "webhook-id";
  /** The header that carries when the delivery was signed, in Unix seconds. */
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  /** The header that carries the signatures, space-separated {@code v1,<base64>} values. */
  public static final String SIGNATURE_HEADER = "webhook-signature";
  /** How far, in seconds, a delivery's timestamp may be from the clock unless set otherwise. */
  public static final long DEFAULT_TOLERANCE_SECONDS = 300;

  private static final JsonAdapter<VideoWebhookEvent> EVENT_JSON =
      new Moshi.Builder().build().adapter(VideoWebhookEvent.class);

  /** The key of the configured secret, or null when there is none. */
  private final byte[] key;
  private final Duration tolerance;
  private final Clock clock;

  private Webhooks(byte[] key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * Returns a builder for a verifier (or signer) of its own: a secret, a tolerance, a clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks that a delivery was signed with the configured secret, recently.
   *
   * @param payload the request body exactly as received, decoded as UTF-8
   * @param headers the request's headers; names in any case
   * @throws WebhookVerificationException naming the header and the rule that failed
   * @throws IllegalStateException if no secret is configured
   */
  public void verifySignature(String payload, Map<String, String> headers) {
    verifySignature(utf8(payload), headers);
  }

  /**
   * Checks that a delivery was signed with the configured secret, recently.
   *
   * @param payload the request body exactly as received
   * @param headers the request's headers; names in any case
   * @throws WebhookVerificationException naming the header and the rule that failed
   * @throws IllegalStateException if no secret is configured
   */
  public void verifySignature(byte[] payload, Map<String, String> headers) {
    verify(configuredKey(), payload, headers);
  }

  /**
   * Checks that a delivery was signed with the given secret, recently.
   *
   * @param payload the request body exactly as received, decoded as UTF-8
   * @param headers the request's headers; names in any case
   * @param secret the endpoint's secret, {@code whsec_...} or any other string
   * @throws WebhookVerificationException naming the header and the rule that failed
   * @throws IllegalArgumentException if the secret is empty or a malformed {@code whsec_} one
   */
  public void verifySignature(String payload, Map<String, String> headers, String secret) {
    verifySignature(utf8(payload), headers, secret);
  }

  /**
   * Checks that a delivery was signed with the given secret, recently.
   *
   * @param payload the request body exactly as received
   * @param headers the request's headers; names in any case
   * @param secret the endpoint's secret, {@code whsec_...} or any other string
   * @throws WebhookVerificationException naming the header and the rule that failed
   * @throws IllegalArgumentException if the secret is empty or a malformed {@code whsec_} one
   */
  public void verifySignature(byte[] payload, Map<String, String> headers, String secret) {
    verify(WebhookSignatures.key("secret", secret), payload, headers);
  }

  /**
   * Verifies a delivery with the configured secret, then parses its event. The event's type is
   * open: a type this version does not list is kept as sent.
   *
   * @param payload the request body exactly as received, decoded as UTF-8
   * @param headers the request's headers; names in any case
   * @return the event
   * @throws WebhookVerificationException if verification fails or the payload is not an event
   * @throws IllegalStateException if no secret is configured
   */
  public VideoWebhookEvent unwrap(String payload, Map<String, String> headers) {
    return unwrap(utf8(payload), headers);
  }

  /**
   * Verifies a delivery with the configured secret, then parses its event. The event's type is
   * open: a type this version does not list is kept as sent.
   *
   * @param payload the request body exactly as received
   * @param headers the request's headers; names in any case
   * @return the event
   * @throws WebhookVerificationException if verification fails or the payload is not an event
   * @throws IllegalStateException if no secret is configured
   */
  public VideoWebhookEvent unwrap(byte[] payload, Map<String, String> headers) {
    verifySignature(payload, headers);
    return parse(payload);
  }

  /**
   * Verifies a delivery with the given secret, then parses its event.
   *
   * @param payload the request body exactly as received, decoded as UTF-8
   * @param headers the request's headers; names in any case
   * @param secret the endpoint's secret, {@code whsec_...} or any other string
   * @return the event
   * @throws WebhookVerificationException if verification fails or the payload is not an event
   * @throws IllegalArgumentException if the secret is empty or a malformed {@code whsec_} one
   */
  public VideoWebhookEvent unwrap(String payload, Map<String, String> headers, String secret) {
    return unwrap(utf8(payload), headers, secret);
  }

  /**
   * Verifies a delivery with the given secret, then parses its event.
   *
   * @param payload the request body exactly as received
   * @param headers the request's headers; names in any case
   * @param secret the endpoint's secret, {@code whsec_...} or any other string
   * @return the event
   * @throws WebhookVerificationException if verification fails or the payload is not an event
   * @throws IllegalArgumentException if the secret is empty or a malformed {@code whsec_} one
   */
  public VideoWebhookEvent unwrap(byte[] payload, Map<String, String> headers, String secret) {
    verifySignature(payload, headers, secret);
    return parse(payload);
  }

  /**
   * Signs a delivery as a sender does: the three headers to post with {@code payload}, with the
   * clock's time as the timestamp. Sign each attempt anew, keeping the {@code webhookId} of the
   * event, so that a retry is neither refused as old nor taken for another event.
   *
   * @param webhookId the delivery's id, the same on every attempt of one event
   * @param payload the body that will be sent, exactly
   * @return the {@value #ID_HEADER}, {@value #TIMESTAMP_HEADER} and {@value #SIGNATURE_HEADER}
   *     headers, in that order
   * @throws IllegalStateException if no secret is configured
   * @throws IllegalArgumentException if the id is blank
   */
  public Map<String, String> signatureHeaders(String webhookId, byte[] payload) {
    Requests.checkNotBlank("webhookId", webhookId);
    Objects.requireNonNull(payload, "payload");
    byte[] secretKey = configuredKey();
    String timestamp = Long.toString(Math.floorDiv(clock.millis(), 1000L));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ID_HEADER, webhookId);
    headers.put(TIMESTAMP_HEADER, timestamp);
    headers.put(SIGNATURE_HEADER,
        WebhookSignatures.format(WebhookSignatures.signature(secretKey, webhookId, timestamp, payload)));
    return headers;
  }

  private void verify(byte[] secretKey, byte[] payload, Map<String, String> headers) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(headers, "headers");
    String id = header(headers, ID_HEADER);
    String timestamp = header(headers, TIMESTAMP_HEADER);
    String signatures = header(headers, SIGNATURE_HEADER);
    checkTimestamp(timestamp);
    String mismatch = WebhookSignatures.mismatch(signatures,
        WebhookSignatures.signature(secretKey, id, timestamp, payload));
    if (mismatch != null) {
      throw new WebhookVerificationException(SIGNATURE_HEADER + ": " + mismatch
          + " (signed with another secret, or the id, timestamp or body changed on the way)");
    }
  }

  private void checkTimestamp(String timestamp) {
    if (!timestamp.matches("[0-9]{1,18}")) {
      throw new WebhookVerificationException(TIMESTAMP_HEADER + ": must be whole Unix seconds, was " + quote(timestamp));
    }
    long signedAt = Long.parseLong(timestamp);
    long now = Math.floorDiv(clock.millis(), 1000L);
    long limit = tolerance.getSeconds();
    if (now - signedAt > limit) {
      throw new WebhookVerificationException(TIMESTAMP_HEADER + ": " + (now - signedAt)
          + " s old, more than the tolerance of " + limit + " s (a replayed or long-delayed delivery)");
    }
    if (signedAt - now > limit) {
      throw new WebhookVerificationException(TIMESTAMP_HEADER + ": " + (signedAt - now)
          + " s ahead of this clock, more than the tolerance of " + limit + " s");
    }
  }

  /** A header whatever the case of its name; keys differing only in case must agree. */
  private static String header(Map<String, String> headers, String name) {
    String found = null;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() == null || !header.getKey().trim().equalsIgnoreCase(name) || header.getValue() == null) {
        continue;
      }
      String value = header.getValue().trim();
      if (found != null && !found.equals(value)) {
        throw new WebhookVerificationException(name + ": given more than once, with different values");
      }
      found = value;
    }
    if (found == null || found.isEmpty()) {
      throw new WebhookVerificationException(name + ": header missing; not a signed webhook delivery");
    }
    return found;
  }

  private static VideoWebhookEvent parse(byte[] payload) {
    VideoWebhookEvent event;
    try {
      event = EVENT_JSON.fromJson(new Buffer().write(payload));
    } catch (IOException | JsonDataException e) {
      throw new WebhookVerificationException("payload: signed, but not a JSON event: " + e.getMessage(), e);
    }
    if (event == null) {
      throw new WebhookVerificationException("payload: signed, but not a JSON event: null");
    }
    try {
      // The contract's required properties, checked by the generated builders: an event without
      // them is refused here rather than handed on with null accessors.
      event.toBuilder().build();
      VideoWebhookEventData data = event.data();
      data.toBuilder().build();
    } catch (IllegalArgumentException e) {
      throw new WebhookVerificationException("payload: signed, but not a complete event: " + e.getMessage(), e);
    }
    return event;
  }

  private byte[] configuredKey() {
    if (key == null) {
      throw new IllegalStateException("no webhook secret: set VideosClient.Builder.webhookSecret(...) or "
          + "OPENAI_WEBHOOK_SECRET with fromEnv(), or Webhooks.Builder.secret(...), or pass the secret to this method");
    }
    return key;
  }

  private static byte[] utf8(String payload) {
    return Objects.requireNonNull(payload, "payload").getBytes(StandardCharsets.UTF_8);
  }

  /** Header values are the sender's, not secret, but may be long or hold control characters. */
  private static String quote(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
  }

  @Override
  public String toString() {
    return "Webhooks{secret=" + (key == null ? "unset" : "***") + ", tolerance=" + tolerance + "}";
  }

  /** Configures a {@link Webhooks}; not thread-safe. */
  public static final class Builder {
    private String secretSetting = "secret";
    private String secret;
    private Duration tolerance = Duration.ofSeconds(DEFAULT_TOLERANCE_SECONDS);
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * Sets the endpoint's secret: {@code whsec_} followed by the base64 of the key, as the
     * provider and Standard Webhooks issue them, or any other string, whose UTF-8 bytes are then
     * the key.
     *
     * @param secret the secret, or null for none (then every call must pass one); never shown in
     *     a message
     * @return this builder
     */
    public Builder secret(String secret) {
      return secret("secret", secret);
    }

    /** As {@link #secret(String)}, with the setting a message about it names. */
    Builder secret(String setting, String secret) {
      this.secretSetting = setting;
      this.secret = secret;
      return this;
    }

    /**
     * Sets how far a delivery's timestamp may be from the clock, either way (default
     * {@value #DEFAULT_TOLERANCE_SECONDS} seconds).
     *
     * @param tolerance a positive duration
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = Requests.checkPositive("tolerance", tolerance);
      return this;
    }

    /**
     * Sets the clock timestamps are checked against (and signed with); the system clock by
     * default. A test verifying a recorded delivery passes a fixed clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalArgumentException if the secret is empty, has surrounding whitespace, or
     *     is a {@code whsec_} secret without valid base64; the message never shows it
     */
    public Webhooks build() {
      byte[] key = secret == null ? null : WebhookSignatures.key(secretSetting, secret);
      return new Webhooks(key, tolerance, clock);
    }

    @Override
    public String toString() {
      return "Webhooks.Builder{secret=" + (secret == null ? "unset" : "***") + ", tolerance=" + tolerance + "}";
    }
  }
}
