// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What happened to the job. Open: the provider's published spec lists no video events, its guide names these two, and a server may send others; a receiver keeps an unknown type as sent.
 *
 * <p>An open set: the constants are the values the contract documents, and {@link #of(String)}
 * accepts any other value a compatible server uses.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoWebhookEventType {
  /** The documented value {@code "video.completed"}. */
  public static final VideoWebhookEventType VIDEO_COMPLETED = new VideoWebhookEventType("video.completed");
  /** The documented value {@code "video.failed"}. */
  public static final VideoWebhookEventType VIDEO_FAILED = new VideoWebhookEventType("video.failed");

  private static final List<VideoWebhookEventType> KNOWN = Collections.unmodifiableList(Arrays.asList(
      VIDEO_COMPLETED,
      VIDEO_FAILED
      ));

  /** The rule every value of a request must follow, as request builders report it: {@value}. */
  public static final String RULE = "must not be blank";

  private final String value;

  private VideoWebhookEventType(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a documented value, or a new instance for any other value.
   *
   * @param value the wire value, not null
   * @return the matching VideoWebhookEventType
   * @throws NullPointerException if {@code value} is null
   */
  public static VideoWebhookEventType of(String value) {
    if (value == null) {
      throw new NullPointerException("VideoWebhookEventType value is null");
    }
    for (VideoWebhookEventType known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new VideoWebhookEventType(value);
  }

  /**
   * Returns the documented values, in the order the contract lists them.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<VideoWebhookEventType> knownValues() {
    return KNOWN;
  }

  /**
   * Returns the value as it is sent on the wire.
   *
   * @return the wire value
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is one of the documented values.
   *
   * @return true for a constant of this class
   */
  public boolean isKnown() {
    for (VideoWebhookEventType known : KNOWN) {
      if (known.value.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether this value can be sent in a request: any text that is not blank. A value read
   * from a server may be blank.
   *
   * @return true when the value holds a character other than whitespace
   */
  public boolean isWellFormed() {
    return !value.trim().isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VideoWebhookEventType && value.equals(((VideoWebhookEventType) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value, so that this type can be used directly as a query parameter. */
  @Override
  public String toString() {
    return value;
  }
}
