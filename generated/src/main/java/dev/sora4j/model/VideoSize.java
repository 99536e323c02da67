// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Output resolution as `WIDTHxHEIGHT` in pixels. Open: the provider lists four sizes; compatible servers accept others (for example `1920x1080`).
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

  /**
   * The form the contract gives every value, also those outside the documented ones, as a regular
   * expression: {@value}. A request must send a value of this form; a value a server sends is read
   * whatever its form.
   */
  public static final String PATTERN = "^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}$";

  /** The rule of {@link #PATTERN} in words, as request builders report it: {@value}. */
  public static final String RULE = "must be WIDTHxHEIGHT in pixels, such as 1280x720";

  private static final Pattern FORM = Pattern.compile(PATTERN);

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

  /**
   * Tells whether this value has the form the contract gives every value ({@link #PATTERN}), as
   * a value sent in a request must. A value read from a server may not.
   *
   * @return true when the value matches {@link #PATTERN}
   */
  public boolean isWellFormed() {
    return FORM.matcher(value).matches();
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
