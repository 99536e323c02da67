// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;

/**
 * Where a job is in its lifecycle. `queued` and `in_progress` are transient; `completed` and `failed` are final. Clients must tolerate values not listed here (treat them as not yet final).
 *
 * <p>A value this version does not know parses to {@link #UNKNOWN}.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public enum VideoStatus {
  /** The wire value {@code "queued"}. */
  QUEUED("queued"),
  /** The wire value {@code "in_progress"}. */
  IN_PROGRESS("in_progress"),
  /** The wire value {@code "completed"}. */
  COMPLETED("completed"),
  /** The wire value {@code "failed"}. */
  FAILED("failed"),
  /** A value that this version of the contract does not list; it cannot be sent. */
  UNKNOWN(null);

  private final String value;

  VideoStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the value as it is sent on the wire.
   *
   * @return the wire value, or null for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the constant for a wire value.
   *
   * @param value the wire value
   * @return the matching constant, or {@link #UNKNOWN} when none matches
   */
  public static VideoStatus fromValue(String value) {
    for (VideoStatus candidate : values()) {
      if (candidate.value != null && candidate.value.equals(value)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }

  /** Returns the wire value, so that this type can be used directly as a query parameter. */
  @Override
  public String toString() {
    return value == null ? "UNKNOWN" : value;
  }
}
