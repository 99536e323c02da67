// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonClass;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Details of a failed request. `message` and `type` are always present; `param` and `code` are usually present and may be null, but are not required so that lenient servers that omit them still validate.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
final class ApiError {
  private final String message;
  private final String type;
  private final String param;
  private final String code;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  ApiError(
      String message,
      String type,
      String param,
      String code,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.message = message;
    this.type = type;
    this.param = param;
    this.code = code;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * Human-readable explanation.
   *
   * @return the {@code message} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String message() {
    return message;
  }

  /**
   * Error category, e.g. `invalid_request_error`.
   *
   * @return the {@code type} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String type() {
    return type;
  }

  /**
   * The request parameter the error concerns, if any.
   *
   * @return the {@code param} value, empty when absent or null
   */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  /**
   * Machine-readable error code, if any.
   *
   * @return the {@code code} value, empty when absent or null
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
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
    builder.message = message;
    builder.type = type;
    builder.param = param;
    builder.code = code;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiError)) {
      return false;
    }
    ApiError that = (ApiError) other;
    return Objects.equals(message, that.message)
        && Objects.equals(type, that.type)
        && Objects.equals(param, that.param)
        && Objects.equals(code, that.code)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, type, param, code, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ApiError{");
    out.append("message=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "message", message)));
    out.append(", type=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "type", type)));
    out.append(", param=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "param", param)));
    out.append(", code=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "code", code)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link ApiError}; not thread-safe. */
  public static final class Builder {
    private String message;
    private String type;
    private String param;
    private String code;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code message} (required).
     *
     * @param message Human-readable explanation.
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      wireForms.remove("message");
      return this;
    }

    /**
     * Sets {@code type} (required).
     *
     * @param type Error category, e.g. `invalid_request_error`.
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      wireForms.remove("type");
      return this;
    }

    /**
     * Sets {@code param}.
     *
     * @param param The request parameter the error concerns, if any.
     * @return this builder
     */
    public Builder param(String param) {
      this.param = param;
      wireForms.remove("param");
      return this;
    }

    /**
     * Sets {@code code}.
     *
     * @param code Machine-readable error code, if any.
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      wireForms.remove("code");
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
     * @return the immutable ApiError
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public ApiError build() {
      if (message == null) {
        throw new IllegalArgumentException("message: is required");
      }
      if (type == null) {
        throw new IllegalArgumentException("type: is required");
      }
      return new ApiError(
          message,
          type,
          param,
          code,
          additionalProperties,
          wireForms);
    }
  }
}
