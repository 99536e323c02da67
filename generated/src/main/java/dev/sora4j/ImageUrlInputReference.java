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
 * A reference image given by URL.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
final class ImageUrlInputReference {
  private final String imageUrl;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  ImageUrlInputReference(
      String imageUrl,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.imageUrl = imageUrl;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * A fully qualified URL, or a `data:` URL with the image base64-encoded.
   *
   * @return the {@code image_url} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String imageUrl() {
    return imageUrl;
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
    builder.imageUrl = imageUrl;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ImageUrlInputReference)) {
      return false;
    }
    ImageUrlInputReference that = (ImageUrlInputReference) other;
    return Objects.equals(imageUrl, that.imageUrl)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(imageUrl, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ImageUrlInputReference{");
    out.append("image_url=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "image_url", imageUrl)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link ImageUrlInputReference}; not thread-safe. */
  public static final class Builder {
    private String imageUrl;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code image_url} (required).
     *
     * @param imageUrl A fully qualified URL, or a `data:` URL with the image base64-encoded.
     *     (1 to 20971520 characters, counted as code points)
     * @return this builder
     */
    public Builder imageUrl(String imageUrl) {
      this.imageUrl = imageUrl;
      wireForms.remove("image_url");
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
     * @return the immutable ImageUrlInputReference
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public ImageUrlInputReference build() {
      if (imageUrl == null) {
        throw new IllegalArgumentException("image_url: is required");
      }
      ModelSupport.checkMinLength("image_url", imageUrl, 1);
      ModelSupport.checkMaxLength("image_url", imageUrl, 20971520);
      return new ImageUrlInputReference(
          imageUrl,
          additionalProperties,
          wireForms);
    }
  }
}
