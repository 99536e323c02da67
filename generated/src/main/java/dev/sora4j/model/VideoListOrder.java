// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;

/**
 * Sort order of a listing by creation time, oldest first (`asc`) or newest first (`desc`).
 *
 * <p>A value this version does not know parses to {@link #UNKNOWN}.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public enum VideoListOrder {
  /** The wire value {@code "asc"}. */
  ASC("asc"),
  /** The wire value {@code "desc"}. */
  DESC("desc"),
  /** A value that this version of the contract does not list; it cannot be sent. */
  UNKNOWN(null);

  private final String value;

  VideoListOrder(String value) {
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
  public static VideoListOrder fromValue(String value) {
    for (VideoListOrder candidate : values()) {
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
