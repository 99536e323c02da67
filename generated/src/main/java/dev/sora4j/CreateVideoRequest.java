// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonClass;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * JSON form of a create request.
 *
 * <p>Immutable. Parsing is lenient: a property the server omits reads as absent, properties
 * the contract does not define are kept in {@link #additionalProperties()}, an integer sent as a
 * float or a string reads rounded down, and an enum value this version does not list reads as
 * {@code UNKNOWN} with its text kept. Written back, every property goes out as the server sent it.
 * {@link Builder#build()} checks the contract's required properties and limits.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
final class CreateVideoRequest {
  private final String prompt;
  private final VideoModel model;
  private final VideoSeconds seconds;
  private final VideoSize size;
  private final ImageInputReference inputReference;
  private final Map<String, Object> additionalProperties;
  /** The values as the server sent them, by JSON name, for properties it sent in another form than the typed value's. */
  private final Map<String, Object> wireForms;

  CreateVideoRequest(
      String prompt,
      VideoModel model,
      VideoSeconds seconds,
      VideoSize size,
      ImageInputReference inputReference,
      Map<String, Object> additionalProperties,
      Map<String, Object> wireForms) {
    this.prompt = prompt;
    this.model = model;
    this.seconds = seconds;
    this.size = size;
    this.inputReference = inputReference;
    this.additionalProperties = additionalProperties == null || additionalProperties.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    this.wireForms = wireForms == null || wireForms.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(wireForms));
  }

  /**
   * What the video should show.
   *
   * @return the {@code prompt} value; required by the contract, so null only when a server
   *     omitted it
   */
  public String prompt() {
    return prompt;
  }

  /**
   * The generation model. Defaults to `sora-2` when omitted.
   *
   * @return the {@code model} value, empty when absent
   */
  public Optional<VideoModel> model() {
    return Optional.ofNullable(model);
  }

  /**
   * Clip duration in seconds. Defaults to 4 seconds when omitted.
   *
   * @return the {@code seconds} value, empty when absent
   */
  public Optional<VideoSeconds> seconds() {
    return Optional.ofNullable(seconds);
  }

  /**
   * Output resolution. Defaults to `720x1280` when omitted.
   *
   * @return the {@code size} value, empty when absent
   */
  public Optional<VideoSize> size() {
    return Optional.ofNullable(size);
  }

  /**
   * Optional reference that guides generation, with exactly one of `file_id` and `image_url`.
   *
   * @return the {@code input_reference} value, empty when absent
   */
  public Optional<ImageInputReference> inputReference() {
    return Optional.ofNullable(inputReference);
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
    builder.model = model;
    builder.seconds = seconds;
    builder.size = size;
    builder.inputReference = inputReference;
    builder.additionalProperties.putAll(additionalProperties);
    builder.wireForms.putAll(wireForms);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CreateVideoRequest)) {
      return false;
    }
    CreateVideoRequest that = (CreateVideoRequest) other;
    return Objects.equals(prompt, that.prompt)
        && Objects.equals(model, that.model)
        && Objects.equals(seconds, that.seconds)
        && Objects.equals(size, that.size)
        && Objects.equals(inputReference, that.inputReference)
        && additionalProperties.equals(that.additionalProperties)
        && wireForms.equals(that.wireForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, model, seconds, size, inputReference, additionalProperties, wireForms);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CreateVideoRequest{");
    out.append("prompt=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "prompt", prompt)));
    out.append(", model=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "model", model)));
    out.append(", seconds=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "seconds", seconds)));
    out.append(", size=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "size", size)));
    out.append(", input_reference=").append(ModelSupport.abbreviate(ModelSupport.asSent(wireForms, "input_reference", inputReference)));
    if (!additionalProperties.isEmpty()) {
      out.append(", additionalProperties=").append(additionalProperties);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link CreateVideoRequest}; not thread-safe. */
  public static final class Builder {
    private String prompt;
    private VideoModel model;
    private VideoSeconds seconds;
    private VideoSize size;
    private ImageInputReference inputReference;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();
    private final Map<String, Object> wireForms = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets {@code prompt} (required).
     *
     * @param prompt What the video should show.
     *     (1 to 32000 characters, counted as code points); must not be blank (only whitespace)
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      wireForms.remove("prompt");
      return this;
    }

    /**
     * Sets {@code model}.
     *
     * @param model The generation model. Defaults to `sora-2` when omitted.
     * @return this builder
     */
    public Builder model(VideoModel model) {
      this.model = model;
      wireForms.remove("model");
      return this;
    }

    /**
     * Sets {@code seconds}.
     *
     * @param seconds Clip duration in seconds. Defaults to 4 seconds when omitted.
     * @return this builder
     */
    public Builder seconds(VideoSeconds seconds) {
      this.seconds = seconds;
      wireForms.remove("seconds");
      return this;
    }

    /**
     * Sets {@code size}.
     *
     * @param size Output resolution. Defaults to `720x1280` when omitted.
     * @return this builder
     */
    public Builder size(VideoSize size) {
      this.size = size;
      wireForms.remove("size");
      return this;
    }

    /**
     * Sets {@code input_reference}.
     *
     * @param inputReference Optional reference that guides generation, with exactly one of `file_id` and `image_url`.
     * @return this builder
     */
    public Builder inputReference(ImageInputReference inputReference) {
      this.inputReference = inputReference;
      wireForms.remove("input_reference");
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
     * @return the immutable CreateVideoRequest
     * @throws IllegalArgumentException naming the property and the rule, if a required property
     *     is missing, a value is outside the contract's limits, or an {@code UNKNOWN} has no text
     */
    public CreateVideoRequest build() {
      if (prompt == null) {
        throw new IllegalArgumentException("prompt: is required");
      }
      ModelSupport.checkMinLength("prompt", prompt, 1);
      ModelSupport.checkMaxLength("prompt", prompt, 32000);
      ModelSupport.checkPattern("prompt", prompt, "\\S", "must not be blank (only whitespace)");
      if (model != null && !model.isWellFormed()) {
        throw new IllegalArgumentException("model: " + VideoModel.RULE + ", was \""
            + ModelSupport.abbreviate(model.value()) + "\"");
      }
      if (seconds != null && !seconds.isWellFormed()) {
        throw new IllegalArgumentException("seconds: " + VideoSeconds.RULE + ", was \""
            + ModelSupport.abbreviate(seconds.value()) + "\"");
      }
      if (size != null && !size.isWellFormed()) {
        throw new IllegalArgumentException("size: " + VideoSize.RULE + ", was \""
            + ModelSupport.abbreviate(size.value()) + "\"");
      }
      return new CreateVideoRequest(
          prompt,
          model,
          seconds,
          size,
          inputReference,
          additionalProperties,
          wireForms);
    }
  }
}
