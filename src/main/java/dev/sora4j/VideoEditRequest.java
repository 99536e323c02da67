package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideosContract;
import okhttp3.RequestBody;

/**
 * An edit of a video: the source video and the change to make.
 *
 * <pre>{@code
 * VideoEditRequest request = VideoEditRequest.builder()
 *     .video(SourceVideo.ofId("video_123"))
 *     .prompt("Replace the piano with a drum kit")
 *     .build();
 * }</pre>
 *
 * <p>Wire form: for an existing video, {@code application/json}, such as
 * {@code {"video":{"id":"video_123"},"prompt":"..."}}; for an uploaded video,
 * {@code multipart/form-data} with the text part {@code prompt}, then the file part
 * {@code video}.
 *
 * <p>Immutable; {@link Builder#build()} checks every rule.
 */
public final class VideoEditRequest {
  private final SourceVideo video;
  private final String prompt;

  private VideoEditRequest(SourceVideo video, String prompt) {
    this.video = video;
    this.prompt = prompt;
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
    return new Builder().video(video).prompt(prompt);
  }

  /**
   * Returns the video to edit.
   *
   * @return an existing video or an upload
   */
  public SourceVideo video() {
    return video;
  }

  /**
   * Returns the change to make.
   *
   * @return the prompt, {@value VideosContract#PROMPT_MIN_LENGTH} to
   *     {@value VideosContract#PROMPT_MAX_LENGTH} characters
   */
  public String prompt() {
    return prompt;
  }

  /** A new body on every call (each attempt); an edit takes no model. */
  RequestBody toRequestBody(Moshi moshi) {
    if (video.upload().isPresent()) {
      return RequestBodies.form()
          .text("prompt", prompt)
          .file("video", video.upload().get())
          .build();
    }
    EditVideoRequest json = EditVideoRequest.builder()
        .video(VideoReference.builder().id(video.id().get()).build())
        .prompt(prompt)
        .build();
    return RequestBodies.json(moshi, EditVideoRequest.class, json);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VideoEditRequest)) {
      return false;
    }
    VideoEditRequest that = (VideoEditRequest) other;
    return video.equals(that.video) && prompt.equals(that.prompt);
  }

  @Override
  public int hashCode() {
    return 31 * video.hashCode() + prompt.hashCode();
  }

  /** A long prompt is cut. */
  @Override
  public String toString() {
    return "VideoEditRequest{video=" + video + ", prompt=" + ModelSupport.abbreviate(prompt) + "}";
  }

  /** Builds a {@link VideoEditRequest}; not thread-safe. */
  public static final class Builder {
    private SourceVideo video;
    private String prompt;

    private Builder() {
    }

    /**
     * Sets the video to edit (required).
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
     * Sets the change to make (required).
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
     * Builds the request after checking it.
     *
     * @return the immutable request
     * @throws IllegalArgumentException naming the field and the rule, if the video is missing, or
     *     the prompt is missing or not {@value VideosContract#PROMPT_MIN_LENGTH} to
     *     {@value VideosContract#PROMPT_MAX_LENGTH} characters long
     */
    public VideoEditRequest build() {
      Requests.checkRequired("video", video);
      Requests.checkPrompt(prompt);
      return new VideoEditRequest(video, prompt);
    }
  }
}
