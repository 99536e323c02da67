// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Clip duration in whole seconds, as a string. Open: the provider lists 4, 8 and 12 for new clips; extended videos report longer totals (such as 16 or 20), and compatible servers accept other values (for example 6).
 *
 * <p>An open set: the constants are the values the contract documents, and {@link #of(String)}
 * accepts any other value a compatible server uses.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoSeconds {
  /** The documented value {@code "4"}. */
  public static final VideoSeconds SECONDS_4 = new VideoSeconds("4");
  /** The documented value {@code "8"}. */
  public static final VideoSeconds SECONDS_8 = new VideoSeconds("8");
  /** The documented value {@code "12"}. */
  public static final VideoSeconds SECONDS_12 = new VideoSeconds("12");

  private static final List<VideoSeconds> KNOWN = Collections.unmodifiableList(Arrays.asList(
      SECONDS_4,
      SECONDS_8,
      SECONDS_12
      ));

  /**
   * The form the contract gives every value, also those outside the documented ones, as a regular
   * expression: {@value}. A request must send a value of this form; a value a server sends is read
   * whatever its form.
   */
  public static final String PATTERN = "^[1-9][0-9]{0,4}$";

  /** The rule of {@link #PATTERN} in words, as request builders report it: {@value}. */
  public static final String RULE = "must be a whole positive number of seconds";

  private static final Pattern FORM = Pattern.compile(PATTERN);

  private final String value;

  private VideoSeconds(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a documented value, or a new instance for any other value.
   *
   * @param value the wire value, not null
   * @return the matching VideoSeconds
   * @throws NullPointerException if {@code value} is null
   */
  public static VideoSeconds of(String value) {
    if (value == null) {
      throw new NullPointerException("VideoSeconds value is null");
    }
    for (VideoSeconds known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new VideoSeconds(value);
  }

  /**
   * Returns the documented values, in the order the contract lists them.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<VideoSeconds> knownValues() {
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
    for (VideoSeconds known : KNOWN) {
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
    return other instanceof VideoSeconds && value.equals(((VideoSeconds) other).value);
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
