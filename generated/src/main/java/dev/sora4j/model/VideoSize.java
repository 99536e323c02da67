// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The VideoSize value.
 *
 * <p>An open set: the constants are the values the contract documents, and {@link #of(String)}
 * accepts any other value a compatible server uses.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoSize {
  /** The documented value {@code "720x1280"}. */
  public static final VideoSize SIZE_720X1280 = new VideoSize("720x1280");
  /** The documented value {@code "1280x720"}. */
  public static final VideoSize SIZE_1280X720 = new VideoSize("1280x720");
  /** The documented value {@code "1024x1792"}. */
  public static final VideoSize SIZE_1024X1792 = new VideoSize("1024x1792");
  /** The documented value {@code "1792x1024"}. */
  public static final VideoSize SIZE_1792X1024 = new VideoSize("1792x1024");

  private static final List<VideoSize> KNOWN = Collections.unmodifiableList(Arrays.asList(
      SIZE_720X1280,
      SIZE_1280X720,
      SIZE_1024X1792,
      SIZE_1792X1024
      ));

  private final String value;

  private VideoSize(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a documented value, or a new instance for any other value.
   *
   * @param value the wire value, not null
   * @return the matching VideoSize
   * @throws NullPointerException if {@code value} is null
   */
  public static VideoSize of(String value) {
    if (value == null) {
      throw new NullPointerException("VideoSize value is null");
    }
    for (VideoSize known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new VideoSize(value);
  }

  /**
   * Returns the documented values, in the order the contract lists them.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<VideoSize> knownValues() {
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
    for (VideoSize known : KNOWN) {
      if (known.value.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VideoSize && value.equals(((VideoSize) other).value);
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
