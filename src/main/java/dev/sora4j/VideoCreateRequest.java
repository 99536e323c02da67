package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.CreateVideoRequest;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideosContract;
import java.util.Objects;
import java.util.Optional;
import okhttp3.RequestBody;

/**
 * What to generate: a prompt, and optionally the model, duration, size and a reference.
 *
 * <pre>{@code
 * VideoCreateRequest request = VideoCreateRequest.builder()
 *     .prompt("A calico cat playing a piano on stage")
 *     .model(VideoModel.SORA_2_PRO)
 *     .seconds(8)
 *     .size("1280x720")
 *     .inputReference(InputReference.ofFile(Paths.get("cat.png")))
 *     .build();
 * }</pre>
 *
 * <p><b>Defaults are sent.</b> A model, duration or size the caller leaves unset is sent
 * explicitly with its default value, so that a job is fully specified and its price is known
 * before it starts: the model is the client's default model
 * ({@link VideosClient.Builder#defaultModel}, itself {@link #DEFAULT_MODEL} unless changed), the
 * duration {@link #DEFAULT_SECONDS} and the size {@link #DEFAULT_SIZE}. The accessors return
 * empty for an unset value.
 *
 * <p><b>Values outside the documented ones</b> are accepted, for compatible servers:
 * {@code model("veo-3.1-generate-preview")}, {@code seconds(6)}, {@code size("1920x1080")}.
 *
 * <p><b>Wire form.</b> With an uploaded reference the request is {@code multipart/form-data}:
 * text parts {@code prompt}, {@code model}, {@code seconds}, {@code size}, then the file part
 * {@code input_reference}. Otherwise it is {@code application/json}, such as
 * {@code {"prompt":"...","model":"sora-2","seconds":"4","size":"720x1280",
 * "input_reference":{"file_id":"file-123"}}}.
 *
 * <p>Immutable; {@link Builder#build()} checks every rule, so an invalid request never reaches
 * the network.
 */
public final class VideoCreateRequest {
  /** The model sent when neither the request nor the client names one: the contract's default. */
  public static final VideoModel DEFAULT_MODEL = VideosContract.DEFAULT_MODEL;
  /** The duration sent when the request names none: the contract's default. */
  public static final VideoSeconds DEFAULT_SECONDS = VideosContract.DEFAULT_SECONDS;
  /** The size sent when the request names none: the contract's default. */
  public static final VideoSize DEFAULT_SIZE = VideosContract.DEFAULT_SIZE;

  private final String prompt;
  private final VideoModel model;
  private final VideoSeconds seconds;
  private final VideoSize size;
  private final InputReference inputReference;

  private VideoCreateRequest(Builder builder) {
    this.prompt = builder.prompt;
    this.model = builder.model;
    this.seconds = builder.seconds;
    this.size = builder.size;
    this.inputReference = builder.inputReference;
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
   * Returns a builder that starts from this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.prompt = prompt;
    builder.model = model;
    builder.seconds = seconds;
    builder.size = size;
    builder.inputReference = inputReference;
    return builder;
  }

  /**
   * Returns what the video should show.
   *
   * @return the prompt, {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH} characters
   */
  public String prompt() {
    return prompt;
  }

  /**
   * Returns the model set on this request.
   *
   * @return the model, or empty when the client's default model applies
   */
  public Optional<VideoModel> model() {
    return Optional.ofNullable(model);
  }

  /**
   * Returns the duration set on this request.
   *
   * @return the duration, or empty when {@link #DEFAULT_SECONDS} applies
   */
  public Optional<VideoSeconds> seconds() {
    return Optional.ofNullable(seconds);
  }

  /**
   * Returns the size set on this request.
   *
   * @return the size, or empty when {@link #DEFAULT_SIZE} applies
   */
  public Optional<VideoSize> size() {
    return Optional.ofNullable(size);
  }

  /**
   * Returns the reference that guides generation.
   *
   * @return the reference, or empty when there is none
   */
  public Optional<InputReference> inputReference() {
    return Optional.ofNullable(inputReference);
  }

  /**
   * A new body on every call (each attempt), with the defaults filled in.
   *
   * @param defaultModel the client's default model, sent when the request names none
   */
  RequestBody toRequestBody(Moshi moshi, VideoModel defaultModel) {
    VideoModel sentModel = model != null ? model : defaultModel;
    VideoSeconds sentSeconds = seconds != null ? seconds : DEFAULT_SECONDS;
    VideoSize sentSize = size != null ? size : DEFAULT_SIZE;
    FileUpload upload = inputReference == null ? null : inputReference.upload().orElse(null);
    if (upload != null) {
      return RequestBodies.form()
          .text("prompt", prompt)
          .text("model", sentModel.value())
          .text("seconds", sentSeconds.value())
          .text("size", sentSize.value())
          .file("input_reference", upload)
          .build();
    }
    CreateVideoRequest.Builder json = CreateVideoRequest.builder()
        .prompt(prompt)
        .model(sentModel)
        .seconds(sentSeconds)
        .size(sentSize);
    if (inputReference != null) {
      json.inputReference(inputReference.toModel());
    }
    return RequestBodies.json(moshi, CreateVideoRequest.class, json.build());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoCreateRequest)) {
      return false;
    }
    VideoCreateRequest that = (VideoCreateRequest) other;
    return prompt.equals(that.prompt)
        && Objects.equals(model, that.model)
        && Objects.equals(seconds, that.seconds)
        && Objects.equals(size, that.size)
        && Objects.equals(inputReference, that.inputReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prompt, model, seconds, size, inputReference);
  }

  /** Names only the values set; a long prompt or data: URL is cut. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoCreateRequest{prompt=").append(Requests.abbreviate(prompt));
    if (model != null) {
      out.append(", model=").append(Requests.abbreviate(model.value()));
    }
    if (seconds != null) {
      out.append(", seconds=").append(Requests.abbreviate(seconds.value()));
    }
    if (size != null) {
      out.append(", size=").append(Requests.abbreviate(size.value()));
    }
    if (inputReference != null) {
      out.append(", input_reference=").append(inputReference);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link VideoCreateRequest}; not thread-safe. */
  public static final class Builder {
    private String prompt;
    private VideoModel model;
    private VideoSeconds seconds;
    private VideoSize size;
    private InputReference inputReference;

    private Builder() {
    }

    /**
     * Sets what the video should show (required).
     *
     * @param prompt {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH} characters (counted as code points)
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets the model.
     *
     * @param model such as {@link VideoModel#SORA_2_PRO} or
     *     {@code VideoModel.of("veo-3.1-generate-preview")}; null for the client's default model
     * @return this builder
     */
    public Builder model(VideoModel model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the model by name, including names outside the documented ones.
     *
     * @param model such as {@code "sora-2-pro"}; null for the client's default model
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model == null ? null : VideoModel.of(model);
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param seconds such as {@link VideoSeconds#SECONDS_8}; null for {@link #DEFAULT_SECONDS}
     * @return this builder
     */
    public Builder seconds(VideoSeconds seconds) {
      this.seconds = seconds;
      return this;
    }

    /**
     * Sets the duration in whole seconds, including values outside the documented 4, 8 and 12.
     *
     * @param seconds a positive number of seconds
     * @return this builder
     * @throws IllegalArgumentException if {@code seconds} is not positive
     */
    public Builder seconds(int seconds) {
      this.seconds = Requests.positiveSeconds(seconds);
      return this;
    }

    /**
     * Sets the size.
     *
     * @param size such as {@link VideoSize#SIZE_1280X720}; null for {@link #DEFAULT_SIZE}
     * @return this builder
     */
    public Builder size(VideoSize size) {
      this.size = size;
      return this;
    }

    /**
     * Sets the size as {@code WIDTHxHEIGHT}, including sizes outside the documented ones.
     *
     * @param size such as {@code "1280x720"}; null for {@link #DEFAULT_SIZE}
     * @return this builder
     */
    public Builder size(String size) {
      this.size = size == null ? null : VideoSize.of(size);
      return this;
    }

    /**
     * Sets the reference that guides generation.
     *
     * @param inputReference an upload, a file id or an image URL; null for none
     * @return this builder
     */
    public Builder inputReference(InputReference inputReference) {
      this.inputReference = inputReference;
      return this;
    }

    /**
     * Builds the request after checking it.
     *
     * @return the immutable request
     * @throws IllegalArgumentException naming the field and the rule, if the prompt is missing or
     *     blank or not {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH}
     *     characters long, the model is blank, the seconds are not a whole positive number, or the
     *     size is not {@code WIDTHxHEIGHT}
     */
    public VideoCreateRequest build() {
      Requests.checkPrompt(prompt);
      if (model != null) {
        Requests.checkModel(model);
      }
      if (seconds != null) {
        Requests.checkSeconds(seconds);
      }
      if (size != null) {
        Requests.checkSize(size);
      }
      return new VideoCreateRequest(this);
    }
  }
}
