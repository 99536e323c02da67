// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reason a generation job failed. Marked nullable because its only use is the nullable `error` slot of Video: under OpenAPI 3.0 rules a null passes `nullable: true` + `allOf: [$ref]` only if the referenced schema admits null too.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoError {
  private final String code;
  private final String message;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  VideoError(
      String code,
      String message,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.code = code;
    this.message = message;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * Machine-readable failure code.
   *
   * @return the {@code code} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String code() {
    return code;
  }

  /**
   * Human-readable explanation of the failure.
   *
   * @return the {@code message} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String message() {
    return message;
  }

  /** The properties the server sent in another form than their typed value, for the adapter to write back. */
  Map<String, Object> wireForms() {
    return wireForms;
  }

  /**
   * Returns the properties the contract does not define, as parsed JSON values (String, Long for
   * a whole number, Double for any other number, Boolean, List, Map or null), in the order the
   * server sent them.
   *
   * @return an unmodifiable map, empty when there were none
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this object's values.
   *
   * @return a builder holding a copy of this object's values
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.code = code;
    builder.message = message;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoError)) {
      return false;
    }
    VideoError that = (VideoError) other;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoError{");
    out.append("code=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "code", code)));
    out.append(", message=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "message", message)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link VideoError}; not thread-safe. */
  public static final class Builder {
    private String code;
    private String message;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code code} (required).
     *
     * @param code Machine-readable failure code.
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      wireForms.remove("code");
      return this;
    }

    /**
     * Sets {@code message} (required).
     *
     * @param message Human-readable explanation of the failure.
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      wireForms.remove("message");
      return this;
    }

    /**
     * Adds a property that the contract does not define; it is sent as given.
     *
     * @param name the JSON property name
     * @param value a JSON value (String, Number, Boolean, List, Map or null)
     * @return this builder
     */
    public Builder putAdditionalProperty(String name, Object value) {
      additionalProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the object after checking the contract's rules.
     *
     * @return the immutable VideoError
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public VideoError build() {
      if (code == null) {
        throw new IllegalArgumentException("code: is required");
      }
      if (message == null) {
        throw new IllegalArgumentException("message: is required");
      }
      return new VideoError(
          code,
          message,
          additionalProperties,
          wireForms);
    }
  }
}
