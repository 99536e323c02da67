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
 * A remix request (accepted as multipart or JSON).
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
final class RemixVideoRequest {
  private final String prompt;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  RemixVideoRequest(
      String prompt,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.prompt = prompt;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * How the remix should differ from the source video.
   *
   * @return the {@code prompt} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String prompt() {
    return prompt;
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
    builder.prompt = prompt;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RemixVideoRequest)) {
      return false;
    }
    RemixVideoRequest that = (RemixVideoRequest) other;
    return Objects.equals(prompt, that.prompt)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RemixVideoRequest{");
    out.append("prompt=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "prompt", prompt)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link RemixVideoRequest}; not thread-safe. */
  public static final class Builder {
    private String prompt;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code prompt} (required).
     *
     * @param prompt How the remix should differ from the source video.
     *     (1 to 32000 characters, counted as code points); must not be blank (only whitespace)
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      wireForms.remove("prompt");
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
     * @return the immutable RemixVideoRequest
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public RemixVideoRequest build() {
      if (prompt == null) {
        throw new IllegalArgumentException("prompt: is required");
      }
      ModelSupport.checkMinLength("prompt", prompt, 1);
      ModelSupport.checkMaxLength("prompt", prompt, 32000);
      ModelSupport.checkPattern("prompt", prompt, "\\S", "must not be blank (only whitespace)");
      return new RemixVideoRequest(
          prompt,
          additionalProperties,
          wireForms);
    }
  }
}
