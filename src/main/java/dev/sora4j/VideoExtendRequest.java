package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideosContract;
import java.util.Objects;
import okhttp3.RequestBody;

/**
 * An extension of a video: the source video, what should happen in the added footage, and how
 * long the added footage is. All three are required; the resulting job's {@code seconds} is the
 * stitched total.
 *
 * <pre>{@code
 * VideoExtendRequest request = VideoExtendRequest.builder()
 *     .video(SourceVideo.ofId("video_123"))
 *     .prompt("The cat finishes the song and takes a bow")
 *     .seconds(8)
 *     .build();
 * }</pre>
 *
 * <p>Wire form: for an existing video, {@code application/json}, such as
 * {@code {"video":{"id":"video_123"},"prompt":"...","seconds":"8"}}; for an uploaded video,
 * {@code multipart/form-data} with the text parts {@code prompt} and {@code seconds}, then the
 * file part {@code video}.
 *
 * <p>Immutable; {@link Builder#build()} checks every rule.
 */
public final class VideoExtendRequest {
  private final SourceVideo video;
  private final String prompt;
  private final VideoSeconds seconds;

  private VideoExtendRequest(SourceVideo video, String prompt, VideoSeconds seconds) {
    this.video = video;
    this.prompt = prompt;
    this.seconds = seconds;
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
    return new Builder().video(video).prompt(prompt).seconds(seconds);
  }

  /**
   * Returns the video to extend.
   *
   * @return an existing video or an upload
   */
  public SourceVideo video() {
    return video;
  }

  /**
   * Returns what should happen in the added footage.
   *
   * @return the prompt, {@value VideosContract#PROMPT_MIN_LENGTH} to
   *     {@value VideosContract#PROMPT_MAX_LENGTH} characters
   */
  public String prompt() {
    return prompt;
  }

  /**
   * Returns the duration of the added footage.
   *
   * @return the added seconds
   */
  public VideoSeconds seconds() {
    return seconds;
  }

  /** A new body on every call (each attempt); an extension takes no model. */
  RequestBody toRequestBody(Moshi moshi) {
    if (video.upload().isPresent()) {
      return RequestBodies.form()
          .text("prompt", prompt)
          .text("seconds", seconds.value())
          .file("video", video.upload().get())
          .build();
    }
    ExtendVideoRequest json = ExtendVideoRequest.builder()
        .video(VideoReference.builder().id(video.id().get()).build())
        .prompt(prompt)
        .seconds(seconds)
        .build();
    return RequestBodies.json(moshi, ExtendVideoRequest.class, json);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoExtendRequest)) {
      return false;
    }
    VideoExtendRequest that = (VideoExtendRequest) other;
    return video.equals(that.video) && prompt.equals(that.prompt) && seconds.equals(that.seconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(video, prompt, seconds);
  }

  /** A long prompt is cut. */
  @Override
  public String toString() {
    return "VideoExtendRequest{video=" + video + ", prompt=" + ModelSupport.abbreviate(prompt)
        + ", seconds=" + ModelSupport.abbreviate(seconds.value()) + "}";
  }

  /** Builds a {@link VideoExtendRequest}; not thread-safe. */
  public static final class Builder {
    private SourceVideo video;
    private String prompt;
    private VideoSeconds seconds;

    private Builder() {
    }

    /**
     * Sets the video to extend (required).
     *
     * @param video such as {@code SourceVideo.ofId("video_123")} or
     *     {@code SourceVideo.ofFile(path)}
     * @return this builder
     */
    public Builder video(SourceVideo video) {
      this.video = video;
      return this;
    }

    /**
     * Sets what should happen in the added footage (required).
     *
     * @param prompt {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH}
     *     characters (counted as code points)
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets the duration of the added footage (required).
     *
     * @param seconds such as {@link VideoSeconds#SECONDS_8}
     * @return this builder
     */
    public Builder seconds(VideoSeconds seconds) {
      this.seconds = seconds;
      return this;
    }

    /**
     * Sets the duration of the added footage in whole seconds (required).
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
     * Builds the request after checking it.
     *
     * @return the immutable request
     * @throws IllegalArgumentException naming the field and the rule, if the video or seconds is
     *     missing, the seconds are not a whole positive number, or the prompt is missing or not
     *     {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH} characters
     *     long
     */
    public VideoExtendRequest build() {
      Requests.checkRequired("video", video);
      Requests.checkPrompt(prompt);
      Requests.checkRequired("seconds", seconds);
      Requests.checkSeconds(seconds);
      return new VideoExtendRequest(video, prompt, seconds);
    }
  }
}
