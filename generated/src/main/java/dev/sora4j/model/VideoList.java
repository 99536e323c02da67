// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of video jobs, with the cursors needed to fetch the next page.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class VideoList {
  private final ObjectEnum object;
  private final List<Video> data;
  private final String firstId;
  private final String lastId;
  private final Boolean hasMore;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  VideoList(
      ObjectEnum object,
      List<Video> data,
      String firstId,
      String lastId,
      Boolean hasMore,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.object = object;
    this.data = data == null ? null : Collections.unmodifiableList(new ArrayList<>(data));
    this.firstId = firstId;
    this.lastId = lastId;
    this.hasMore = hasMore;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * Object type; always `list`.
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
   * The jobs on this page.
   *
   * @return the {@code data} items, empty when the server omitted them
   */
  public List<Video> data() {
    return data == null ? Collections.<Video>emptyList() : data;
  }

  /**
   * Id of the first job on the page; null when the page is empty.
   *
   * @return the {@code first_id} value, empty when it is null
   */
  public Optional<String> firstId() {
    return Optional.ofNullable(firstId);
  }

  /**
   * Id of the last job on the page (pass it as `after` for the next page); null when the page is empty.
   *
   * @return the {@code last_id} value, empty when it is null
   */
  public Optional<String> lastId() {
    return Optional.ofNullable(lastId);
  }

  /**
   * Whether another page follows.
   *
   * @return the {@code has_more} value; required by the contract, so null only when a server
   *     omitted it
   */
  public Boolean hasMore() {
    return hasMore;
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
    builder.data = data;
    builder.firstId = firstId;
    builder.lastId = lastId;
    builder.hasMore = hasMore;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoList)) {
      return false;
    }
    VideoList that = (VideoList) other;
    return Objects.equals(object, that.object)
        && Objects.equals(data, that.data)
        && Objects.equals(firstId, that.firstId)
        && Objects.equals(lastId, that.lastId)
        && Objects.equals(hasMore, that.hasMore)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data, firstId, lastId, hasMore, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoList{");
    out.append("object=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "object", object)));
    out.append(", data=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "data", data)));
    out.append(", first_id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "first_id", firstId)));
    out.append(", last_id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "last_id", lastId)));
    out.append(", has_more=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "has_more", hasMore)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Object type; always `list`. A value this version does not know parses to {@link #UNKNOWN}. */
  public enum ObjectEnum {
    /** The wire value {@code "list"}. */
    LIST("list"),
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

  /** Builds a {@link VideoList}; not thread-safe. */
  public static final class Builder {
    private ObjectEnum object;
    private List<Video> data;
    private String firstId;
    private String lastId;
    private Boolean hasMore;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code object} (required).
     *
     * @param object Object type; always `list`.
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
     * Sets {@code data} (required).
     *
     * @param data The jobs on this page.
     * @return this builder
     */
    public Builder data(List<Video> data) {
      this.data = data;
      wireForms.remove("data");
      return this;
    }

    /**
     * Sets {@code first_id}.
     *
     * @param firstId Id of the first job on the page; null when the page is empty.
     * @return this builder
     */
    public Builder firstId(String firstId) {
      this.firstId = firstId;
      wireForms.remove("first_id");
      return this;
    }

    /**
     * Sets {@code last_id}.
     *
     * @param lastId Id of the last job on the page (pass it as `after` for the next page); null when the page is empty.
     * @return this builder
     */
    public Builder lastId(String lastId) {
      this.lastId = lastId;
      wireForms.remove("last_id");
      return this;
    }

    /**
     * Sets {@code has_more} (required).
     *
     * @param hasMore Whether another page follows.
     * @return this builder
     */
    public Builder hasMore(Boolean hasMore) {
      this.hasMore = hasMore;
      wireForms.remove("has_more");
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
     * @return the immutable VideoList
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public VideoList build() {
      if (object == ObjectEnum.UNKNOWN && !wireForms.containsKey("object")) {
        throw new IllegalArgumentException("object: UNKNOWN has no text to send; set the value with rawObject(String)");
      }
      if (object == null) {
        throw new IllegalArgumentException("object: is required");
      }
      if (data == null) {
        throw new IllegalArgumentException("data: is required");
      }
      if (hasMore == null) {
        throw new IllegalArgumentException("has_more: is required");
      }
      return new VideoList(
          object,
          data,
          firstId,
          lastId,
          hasMore,
          additionalProperties,
          wireForms);
    }
  }
}
