package dev.sora4j;

import com.squareup.moshi.Moshi;
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

  /**
   * The values set, as the generated JSON body of the contract holds them (defaults not filled in,
   * no reference): its builder checked them, and the wire forms are written from it.
   */
  private final CreateVideoRequest body;
  /** The reference, which may be an upload: no part of the JSON body. */
  private final InputReference inputReference;

  private VideoCreateRequest(CreateVideoRequest body, InputReference inputReference) {
    this.body = body;
    this.inputReference = inputReference;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(CreateVideoRequest.builder(), null);
  }

  /**
   * Returns a builder that starts from this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder(body.toBuilder(), inputReference);
  }

  /**
   * Returns what the video should show.
   *
   * @return the prompt, {@value VideosContract#PROMPT_MIN_LENGTH} to
   *     {@value VideosContract#PROMPT_MAX_LENGTH} characters
   */
  public String prompt() {
    return body.prompt();
  }

  /**
   * Returns the model set on this request.
   *
   * @return the model, or empty when the client's default model applies
   */
  public Optional<VideoModel> model() {
    return body.model();
  }

  /**
   * Returns the duration set on this request.
   *
   * @return the duration, or empty when {@link #DEFAULT_SECONDS} applies
   */
  public Optional<VideoSeconds> seconds() {
    return body.seconds();
  }

  /**
   * Returns the size set on this request.
   *
   * @return the size, or empty when {@link #DEFAULT_SIZE} applies
   */
  public Optional<VideoSize> size() {
    return body.size();
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
    CreateVideoRequest.Builder sent = body.toBuilder();
    if (!body.model().isPresent()) {
      sent.model(defaultModel);
    }
    if (!body.seconds().isPresent()) {
      sent.seconds(DEFAULT_SECONDS);
    }
    if (!body.size().isPresent()) {
      sent.size(DEFAULT_SIZE);
    }
    FileUpload upload = inputReference == null ? null : inputReference.upload().orElse(null);
    if (upload != null) {
      CreateVideoRequest form = sent.build();
      return RequestBodies.form()
          .text("prompt", form.prompt())
          .text("model", form.model().get().value())
          .text("seconds", form.seconds().get().value())
          .text("size", form.size().get().value())
          .file("input_reference", upload)
          .build();
    }
    if (inputReference != null) {
      sent.inputReference(inputReference.toModel());
    }
    return RequestBodies.json(moshi, CreateVideoRequest.class, sent.build());
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
    return body.equals(that.body) && Objects.equals(inputReference, that.inputReference);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, inputReference);
  }

  /** Names only the values set; a long prompt or data: URL is cut. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("VideoCreateRequest{prompt=").append(ModelSupport.abbreviate(body.prompt()));
    body.model().ifPresent(model -> out.append(", model=").append(ModelSupport.abbreviate(model.value())));
    body.seconds().ifPresent(seconds -> out.append(", seconds=").append(ModelSupport.abbreviate(seconds.value())));
    body.size().ifPresent(size -> out.append(", size=").append(ModelSupport.abbreviate(size.value())));
    if (inputReference != null) {
      out.append(", input_reference=").append(inputReference);
    }
    return out.append('}').toString();
  }

  /** Builds a {@link VideoCreateRequest}; not thread-safe. */
  public static final class Builder {
    private final CreateVideoRequest.Builder body;
    private InputReference inputReference;

    private Builder(CreateVideoRequest.Builder body, InputReference inputReference) {
      this.body = body;
      this.inputReference = inputReference;
    }

    /**
     * Sets what the video should show (required).
     *
     * @param prompt {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH}
     *     characters (counted as code points)
     * @return this builder
     */
    public Builder prompt(String prompt) {
      body.prompt(prompt);
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
      body.model(model);
      return this;
    }

    /**
     * Sets the model by name, including names outside the documented ones.
     *
     * @param model such as {@code "sora-2-pro"}; null for the client's default model
     * @return this builder
     */
    public Builder model(String model) {
      body.model(model == null ? null : VideoModel.of(model));
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param seconds such as {@link VideoSeconds#SECONDS_8}; null for {@link #DEFAULT_SECONDS}
     * @return this builder
     */
    public Builder seconds(VideoSeconds seconds) {
      body.seconds(seconds);
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
      body.seconds(Requests.positiveSeconds(seconds));
      return this;
    }

    /**
     * Sets the size.
     *
     * @param size such as {@link VideoSize#SIZE_1280X720}; null for {@link #DEFAULT_SIZE}
     * @return this builder
     */
    public Builder size(VideoSize size) {
      body.size(size);
      return this;
    }

    /**
     * Sets the size as {@code WIDTHxHEIGHT}, including sizes outside the documented ones.
     *
     * @param size such as {@code "1280x720"}; null for {@link #DEFAULT_SIZE}
     * @return this builder
     */
    public Builder size(String size) {
      body.size(size == null ? null : VideoSize.of(size));
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
      // the generated builder checks the contract's rules: prompt, and the forms of model, seconds and size
      return new VideoCreateRequest(body.build(), inputReference);
    }
  }
}
