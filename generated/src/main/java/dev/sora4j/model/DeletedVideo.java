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
 * Confirmation that a job was deleted.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class DeletedVideo {
  private final ObjectEnum object;
  private final Boolean deleted;
  private final String id;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  DeletedVideo(
      ObjectEnum object,
      Boolean deleted,
      String id,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.object = object;
    this.deleted = deleted;
    this.id = id;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * Object type; always `video.deleted`.
   *
   * @return the {@code object} value; required by the contract, so null only when a server
   *     omitted it
   */
  public ObjectEnum object() {
    return object;
  }

  /**
   * Returns {@code object} as the exact text the server sent, also a value this version does
   * not list (for which {@link #object()} gives {@code UNKNOWN}).
   *
   * @return the text; null only when a server omitted it
   */
  public String rawObject() {
    return (object == null ? null : (String) ModelSupport.asSent(wireForms, "object", object.value()));
  }

  /**
   * Whether the job was removed.
   *
   * @return the {@code deleted} value; required by the contract, so null only when a server
   *     omitted it
   */
  public Boolean deleted() {
    return deleted;
  }

  /**
   * The id of the deleted job.
   *
   * @return the {@code id} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String id() {
    return id;
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
    builder.object = object;
    builder.deleted = deleted;
    builder.id = id;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DeletedVideo)) {
      return false;
    }
    DeletedVideo that = (DeletedVideo) other;
    return Objects.equals(object, that.object)
        && Objects.equals(deleted, that.deleted)
        && Objects.equals(id, that.id)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, deleted, id, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("DeletedVideo{");
    out.append("object=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "object", object)));
    out.append(", deleted=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "deleted", deleted)));
    out.append(", id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "id", id)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Object type; always `video.deleted`. A value this version does not know parses to {@link #UNKNOWN}. */
  public enum ObjectEnum {
    /** The wire value {@code "video.deleted"}. */
    VIDEO_DELETED("video.deleted"),
    /**
     * A value that this version of the contract does not list; the object keeps its text
     * ({@code raw...()}) and sends it back as received.
     */
    UNKNOWN(null);

    private final String value;

    ObjectEnum(String value) {
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
    public static ObjectEnum fromValue(String value) {
      for (ObjectEnum candidate : values()) {
        if (candidate.value != null && candidate.value.equals(value)) {
          return candidate;
        }
      }
      return UNKNOWN;
    }

    /** Returns the wire value. */
    @Override
    public String toString() {
      return value == null ? "UNKNOWN" : value;
    }
  }

  /** Builds a {@link DeletedVideo}; not thread-safe. */
  public static final class Builder {
    private ObjectEnum object;
    private Boolean deleted;
    private String id;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code object} (required).
     *
     * @param object Object type; always `video.deleted`.
     * @return this builder
     */
    public Builder object(ObjectEnum object) {
      this.object = object;
      wireForms.remove("object");
      return this;
    }

    /**
     * Sets {@code object} by its text, also one this version does not list (which reads as
     * {@code UNKNOWN} and is sent as given).
     *
     * @param text the wire text, or null
     * @return this builder
     */
    public Builder rawObject(String text) {
      this.object = text == null ? null : ObjectEnum.fromValue(text);
      ModelSupport.keepUnknownText(wireForms, "object", text, this.object == ObjectEnum.UNKNOWN);
      return this;
    }

    /**
     * Sets {@code deleted} (required).
     *
     * @param deleted Whether the job was removed.
     * @return this builder
     */
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      wireForms.remove("deleted");
      return this;
    }

    /**
     * Sets {@code id} (required).
     *
     * @param id The id of the deleted job.
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      wireForms.remove("id");
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
     * @return the immutable DeletedVideo
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public DeletedVideo build() {
      if (object == ObjectEnum.UNKNOWN && !wireForms.containsKey("object")) {
        throw new IllegalArgumentException("object: UNKNOWN has no text to send; set the value with rawObject(String)");
      }
      if (object == null) {
        throw new IllegalArgumentException("object: is required");
      }
      if (deleted == null) {
        throw new IllegalArgumentException("deleted: is required");
      }
      if (id == null) {
        throw new IllegalArgumentException("id: is required");
      }
      return new DeletedVideo(
          object,
          deleted,
          id,
          additionalProperties,
          wireForms);
    }
  }
}
