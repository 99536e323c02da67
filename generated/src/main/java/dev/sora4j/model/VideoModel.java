// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The generation model. Open: the listed values are the provider's; compatible servers accept and report others (for example `veo-3.1-generate-preview`), and clients must pass them through.
 *
 * <p>An open set: the constants are the values the contract documents, and {@link #of(String)}
 * accepts any other value a compatible server uses.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoModel {
  /** The documented value {@code "sora-2"}. */
  public static final VideoModel SORA_2 = new VideoModel("sora-2");
  /** The documented value {@code "sora-2-pro"}. */
  public static final VideoModel SORA_2_PRO = new VideoModel("sora-2-pro");
  /** The documented value {@code "sora-2-2025-10-06"}. */
  public static final VideoModel SORA_2_2025_10_06 = new VideoModel("sora-2-2025-10-06");
  /** The documented value {@code "sora-2-pro-2025-10-06"}. */
  public static final VideoModel SORA_2_PRO_2025_10_06 = new VideoModel("sora-2-pro-2025-10-06");
  /** The documented value {@code "sora-2-2025-12-08"}. */
  public static final VideoModel SORA_2_2025_12_08 = new VideoModel("sora-2-2025-12-08");

  private static final List<VideoModel> KNOWN = Collections.unmodifiableList(Arrays.asList(
      SORA_2,
      SORA_2_PRO,
      SORA_2_2025_10_06,
      SORA_2_PRO_2025_10_06,
      SORA_2_2025_12_08
      ));

  /** The rule every value of a request must follow, as request builders report it: {@value}. */
  public static final String RULE = "must not be blank";

  private final String value;

  private VideoModel(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a documented value, or a new instance for any other value.
   *
   * @param value the wire value, not null
   * @return the matching VideoModel
   * @throws NullPointerException if {@code value} is null
   */
  public static VideoModel of(String value) {
    if (value == null) {
      throw new NullPointerException("VideoModel value is null");
    }
    for (VideoModel known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new VideoModel(value);
  }

  /**
   * Returns the documented values, in the order the contract lists them.
   *
   * @return an unmodifiable list of the constants
   */
  public static List<VideoModel> knownValues() {
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
    for (VideoModel known : KNOWN) {
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
    return other instanceof VideoModel && value.equals(((VideoModel) other).value);
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
