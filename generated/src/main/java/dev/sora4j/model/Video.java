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
 * A video generation job and, once finished, its outcome.  The provider sends every key below, using null where there is no value. Only id, object, model, status, progress, created_at, size and seconds are `required`, because the provider's own example response carries just those; the other keys are nullable and optional so both shapes validate. Servers may add keys not listed here (the provider's example has `quality`); clients must accept and keep them.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
public final class Video {
  private final String id;
  private final ObjectEnum object;
  private final VideoModel model;
  private final VideoStatus status;
  private final Integer progress;
  private final Long createdAt;
  private final Long completedAt;
  private final Long expiresAt;
  private final String prompt;
  private final VideoSize size;
  private final VideoSeconds seconds;
  private final String remixedFromVideoId;
  private final VideoError error;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  Video(
      String id,
      ObjectEnum object,
      VideoModel model,
      VideoStatus status,
      Integer progress,
      Long createdAt,
      Long completedAt,
      Long expiresAt,
      String prompt,
      VideoSize size,
      VideoSeconds seconds,
      String remixedFromVideoId,
      VideoError error,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.id = id;
    this.object = object;
    this.model = model;
    this.status = status;
    this.progress = progress;
    this.createdAt = createdAt;
    this.completedAt = completedAt;
    this.expiresAt = expiresAt;
    this.prompt = prompt;
    this.size = size;
    this.seconds = seconds;
    this.remixedFromVideoId = remixedFromVideoId;
    this.error = error;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * The job's unique id.
   *
   * @return the {@code id} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String id() {
    return id;
  }

  /**
   * Object type; always `video`.
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
   * The model that generates the job, such as `sora-2` or one of a compatible server's own.
   *
   * @return the {@code model} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoModel model() {
    return model;
  }

  /**
   * Where the job is in its lifecycle.
   *
   * @return the {@code status} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoStatus status() {
    return status;
  }

  /**
   * Returns {@code status} as the exact text the server sent, also a value this version does
   * not list (for which {@link #status()} gives {@code UNKNOWN}).
   *
   * @return the text; null only when a server omitted it
   */
  public String rawStatus() {
    return (status == null ? null : (String) ModelSupport.asSent(wireForms, "status", status.value()));
  }

  /**
   * Rough completion in percent.
   *
   * @return the {@code progress} value; required by the contract, so null only when a server
   *     omitted it
   */
  public Integer progress() {
    return progress;
  }

  /**
   * When the job was created, in Unix seconds.
   *
   * @return the {@code created_at} value; required by the contract, so null only when a server
   *     omitted it
   */
  public Long createdAt() {
    return createdAt;
  }

  /**
   * When the job finished, in Unix seconds; null while it runs.
   *
   * @return the {@code completed_at} value, empty when absent or null
   */
  public Optional<Long> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * When the downloadable assets stop being available, in Unix seconds; null if not set.
   *
   * @return the {@code expires_at} value, empty when absent or null
   */
  public Optional<Long> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * The prompt the job was started with.
   *
   * @return the {@code prompt} value, empty when absent or null
   */
  public Optional<String> prompt() {
    return Optional.ofNullable(prompt);
  }

  /**
   * The resolution of the video, as `WIDTHxHEIGHT` in pixels.
   *
   * @return the {@code size} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoSize size() {
    return size;
  }

  /**
   * The duration of the video in seconds; for an extension, the total after stitching.
   *
   * @return the {@code seconds} value; required by the contract, so null only when a server
   *     omitted it
   */
  public VideoSeconds seconds() {
    return seconds;
  }

  /**
   * For a remix, the id of the source video; otherwise null.
   *
   * @return the {@code remixed_from_video_id} value, empty when absent or null
   */
  public Optional<String> remixedFromVideoId() {
    return Optional.ofNullable(remixedFromVideoId);
  }

  /**
   * Why generation failed; null unless the status is `failed`.
   *
   * @return the {@code error} value, empty when absent or null
   */
  public Optional<VideoError> error() {
    return Optional.ofNullable(error);
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
    builder.model = model;
    builder.status = status;
    builder.progress = progress;
    builder.createdAt = createdAt;
    builder.completedAt = completedAt;
    builder.expiresAt = expiresAt;
    builder.prompt = prompt;
    builder.size = size;
    builder.seconds = seconds;
    builder.remixedFromVideoId = remixedFromVideoId;
    builder.error = error;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Video)) {
      return false;
    }
    Video that = (Video) other;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(model, that.model)
        && Objects.equals(status, that.status)
        && Objects.equals(progress, that.progress)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(prompt, that.prompt)
        && Objects.equals(size, that.size)
        && Objects.equals(seconds, that.seconds)
        && Objects.equals(remixedFromVideoId, that.remixedFromVideoId)
        && Objects.equals(error, that.error)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, object, model, status, progress, createdAt, completedAt, expiresAt, prompt, size, seconds, remixedFromVideoId, error, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Video{");
    out.append("id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "id", id)));
    out.append(", object=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "object", object)));
    out.append(", model=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "model", model)));
    out.append(", status=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "status", status)));
    out.append(", progress=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "progress", progress)));
    out.append(", created_at=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "created_at", createdAt)));
    out.append(", completed_at=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "completed_at", completedAt)));
    out.append(", expires_at=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "expires_at", expiresAt)));
    out.append(", prompt=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "prompt", prompt)));
    out.append(", size=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "size", size)));
    out.append(", seconds=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "seconds", seconds)));
    out.append(", remixed_from_video_id=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "remixed_from_video_id", remixedFromVideoId)));
    out.append(", error=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "error", error)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Object type; always `video`. A value this version does not know parses to {@link #UNKNOWN}. */
  public enum ObjectEnum {
    /** The wire value {@code "video"}. */
    VIDEO("video"),
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

  /** Builds a {@link Video}; not thread-safe. */
  public static final class Builder {
    private String id;
    private ObjectEnum object;
    private VideoModel model;
    private VideoStatus status;
    private Integer progress;
    private Long createdAt;
    private Long completedAt;
    private Long expiresAt;
    private String prompt;
    private VideoSize size;
    private VideoSeconds seconds;
    private String remixedFromVideoId;
    private VideoError error;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code id} (required).
     *
     * @param id The job's unique id.
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
     * @param object Object type; always `video`.
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
     * Sets {@code model} (required).
     *
     * @param model The model that generates the job, such as `sora-2` or one of a compatible server's own.
     * @return this builder
     */
    public Builder model(VideoModel model) {
      this.model = model;
      wireForms.remove("model");
      return this;
    }

    /**
     * Sets {@code status} (required).
     *
     * @param status Where the job is in its lifecycle.
     * @return this builder
     */
    public Builder status(VideoStatus status) {
      this.status = status;
      wireForms.remove("status");
      return this;
    }

    /**
     * Sets {@code status} by its text, also one this version does not list (which reads as
     * {@code UNKNOWN} and is sent as given).
     *
     * @param text the wire text, or null
     * @return this builder
     */
    public Builder rawStatus(String text) {
      this.status = text == null ? null : VideoStatus.fromValue(text);
      ModelSupport.keepUnknownText(wireForms, "status", text, this.status == VideoStatus.UNKNOWN);
      return this;
    }

    /**
     * Sets {@code progress} (required).
     *
     * @param progress Rough completion in percent.
     *     (0 to 100)
     * @return this builder
     */
    public Builder progress(Integer progress) {
      this.progress = progress;
      wireForms.remove("progress");
      return this;
    }

    /**
     * Sets {@code created_at} (required).
     *
     * @param createdAt When the job was created, in Unix seconds.
     * @return this builder
     */
    public Builder createdAt(Long createdAt) {
      this.createdAt = createdAt;
      wireForms.remove("created_at");
      return this;
    }

    /**
     * Sets {@code completed_at}.
     *
     * @param completedAt When the job finished, in Unix seconds; null while it runs.
     * @return this builder
     */
    public Builder completedAt(Long completedAt) {
      this.completedAt = completedAt;
      wireForms.remove("completed_at");
      return this;
    }

    /**
     * Sets {@code expires_at}.
     *
     * @param expiresAt When the downloadable assets stop being available, in Unix seconds; null if not set.
     * @return this builder
     */
    public Builder expiresAt(Long expiresAt) {
      this.expiresAt = expiresAt;
      wireForms.remove("expires_at");
      return this;
    }

    /**
     * Sets {@code prompt}.
     *
     * @param prompt The prompt the job was started with.
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      wireForms.remove("prompt");
      return this;
    }

    /**
     * Sets {@code size} (required).
     *
     * @param size The resolution of the video, as `WIDTHxHEIGHT` in pixels.
     * @return this builder
     */
    public Builder size(VideoSize size) {
      this.size = size;
      wireForms.remove("size");
      return this;
    }

    /**
     * Sets {@code seconds} (required).
     *
     * @param seconds The duration of the video in seconds; for an extension, the total after stitching.
     * @return this builder
     */
    public Builder seconds(VideoSeconds seconds) {
      this.seconds = seconds;
      wireForms.remove("seconds");
      return this;
    }

    /**
     * Sets {@code remixed_from_video_id}.
     *
     * @param remixedFromVideoId For a remix, the id of the source video; otherwise null.
     * @return this builder
     */
    public Builder remixedFromVideoId(String remixedFromVideoId) {
      this.remixedFromVideoId = remixedFromVideoId;
      wireForms.remove("remixed_from_video_id");
      return this;
    }

    /**
     * Sets {@code error}.
     *
     * @param error Why generation failed; null unless the status is `failed`.
     * @return this builder
     */
    public Builder error(VideoError error) {
      this.error = error;
      wireForms.remove("error");
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
     * @return the immutable Video
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public Video build() {
      if (id == null) {
        throw new IllegalArgumentException("id: is required");
      }
      if (object == ObjectEnum.UNKNOWN && !wireForms.containsKey("object")) {
        throw new IllegalArgumentException("object: UNKNOWN has no text to send; set the value with rawObject(String)");
      }
      if (object == null) {
        throw new IllegalArgumentException("object: is required");
      }
      if (model == null) {
        throw new IllegalArgumentException("model: is required");
      }
      if (status == VideoStatus.UNKNOWN && !wireForms.containsKey("status")) {
        throw new IllegalArgumentException("status: UNKNOWN has no text to send; set the value with rawStatus(String)");
      }
      if (status == null) {
        throw new IllegalArgumentException("status: is required");
      }
      if (progress == null) {
        throw new IllegalArgumentException("progress: is required");
      }
      ModelSupport.checkMinimum("progress", progress, 0);
      ModelSupport.checkMaximum("progress", progress, 100);
      if (createdAt == null) {
        throw new IllegalArgumentException("created_at: is required");
      }
      if (size == null) {
        throw new IllegalArgumentException("size: is required");
      }
      if (seconds == null) {
        throw new IllegalArgumentException("seconds: is required");
      }
      return new Video(
          id,
          object,
          model,
          status,
          progress,
          createdAt,
          completedAt,
          expiresAt,
          prompt,
          size,
          seconds,
          remixedFromVideoId,
          error,
          additionalProperties,
          wireForms);
    }
  }
}
