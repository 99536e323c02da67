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
 * Payload of a webhook the provider posts when a job finishes (not an operation of this API; kept here for the webhook helper). Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature` headers).
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoWebhookEvent {
  private final String id;
  private final ObjectEnum object;
  private final Long createdAt;
  private final VideoWebhookEventType type;
  private final VideoWebhookEventData data;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  VideoWebhookEvent(
      String id,
      ObjectEnum object,
      Long createdAt,
      VideoWebhookEventType type,
      VideoWebhookEventData data,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.id = id;
    this.object = object;
    this.createdAt = createdAt;
    this.type = type;
    this.data = data;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * The event's unique id.
   *
   * @return the {@code id} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String id() {
    return id;
  }

  /**
   * Object type; always `event`.
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
   * When the event was created, in Unix seconds.
   *
   * @return the {@code created_at} value; required by the contract, so null only when a server
   *     omitted it
   */
  public Long createdAt() {
    return createdAt;
  }

  /**
   * What happened to the job, such as video.completed.
   *
   * @return the {@code type} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoWebhookEventType type() {
    return type;
  }

  /**
   * The job the event is about.
   *
   * @return the {@code data} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoWebhookEventData data() {
    return data;
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
    builder.id = id;
    builder.object = object;
    builder.createdAt = createdAt;
    builder.type = type;
    builder.data = data;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoWebhookEvent)) {
      return false;
    }
    VideoWebhookEvent that = (VideoWebhookEvent) other;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(type, that.type)
        && Objects.equals(data, that.data)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, object, createdAt, type, data, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoWebhookEvent{");
    out.append("id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "id", id)));
    out.append(", object=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "object", object)));
    out.append(", created_at=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "created_at", createdAt)));
    out.append(", type=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "type", type)));
    out.append(", data=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "data", data)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Object type; always `event`. A value this version does not know parses to {@link #UNKNOWN}. */
  public enum ObjectEnum {
    /** The wire value {@code "event"}. */
    EVENT("event"),
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

  /** Builds a {@link VideoWebhookEvent}; not thread-safe. */
  public static final class Builder {
    private String id;
    private ObjectEnum object;
    private Long createdAt;
    private VideoWebhookEventType type;
    private VideoWebhookEventData data;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code id} (required).
     *
     * @param id The event's unique id.
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      wireForms.remove("id");
      return this;
    }

    /**
     * Sets {@code object} (required).
     *
     * @param object Object type; always `event`.
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
     * Sets {@code created_at} (required).
     *
     * @param createdAt When the event was created, in Unix seconds.
     * @return this builder
     */
    public Builder createdAt(Long createdAt) {
      this.createdAt = createdAt;
      wireForms.remove("created_at");
      return this;
    }

    /**
     * Sets {@code type} (required).
     *
     * @param type What happened to the job, such as video.completed.
     * @return this builder
     */
    public Builder type(VideoWebhookEventType type) {
      this.type = type;
      wireForms.remove("type");
      return this;
    }

    /**
     * Sets {@code data} (required).
     *
     * @param data The job the event is about.
     * @return this builder
     */
    public Builder data(VideoWebhookEventData data) {
      this.data = data;
      wireForms.remove("data");
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
     * @return the immutable VideoWebhookEvent
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public VideoWebhookEvent build() {
      if (id == null) {
        throw new IllegalArgumentException("id: is required");
      }
      if (object == ObjectEnum.UNKNOWN && !wireForms.containsKey("object")) {
        throw new IllegalArgumentException("object: UNKNOWN has no text to send; set the value with rawObject(String)");
      }
      if (object == null) {
        throw new IllegalArgumentException("object: is required");
      }
      if (createdAt == null) {
        throw new IllegalArgumentException("created_at: is required");
      }
      if (type == null) {
        throw new IllegalArgumentException("type: is required");
      }
      if (data == null) {
        throw new IllegalArgumentException("data: is required");
      }
      return new VideoWebhookEvent(
          id,
          object,
          createdAt,
          type,
          data,
          additionalProperties,
          wireForms);
    }
  }
}
