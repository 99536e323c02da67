package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideosContract;
import okhttp3.RequestBody;

/**
 * How a remix should differ from its source video: a new prompt. The remix keeps the source's
 * model, duration and size, so the client's default model plays no part.
 *
 * <p>Wire form: {@code application/json}, {@code {"prompt":"..."}} (as the Python, Go and Node
 * SDKs send it; the contract also accepts multipart).
 *
 * <p>Immutable; {@link Builder#build()} checks the prompt.
 */
public final class VideoRemixRequest {
  /** The generated JSON body of the contract, checked by its builder. */
  private final RemixVideoRequest body;

  private VideoRemixRequest(RemixVideoRequest body) {
    this.body = body;
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
    return new Builder().prompt(body.prompt());
  }

  /**
   * Returns how the remix should differ from the source video.
   *
   * @return the prompt, {@value VideosContract#PROMPT_MIN_LENGTH} to
   *     {@value VideosContract#PROMPT_MAX_LENGTH} characters
   */
  public String prompt() {
    return body.prompt();
  }

  /** A new body on every call (each attempt); a remix takes no model. */
  RequestBody toRequestBody(Moshi moshi) {
    return RequestBodies.json(moshi, RemixVideoRequest.class, body);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VideoRemixRequest && body.equals(((VideoRemixRequest) other).body);
  }

  @Override
  public int hashCode() {
    return body.hashCode();
  }

  /** A long prompt is cut. */
  @Override
  public String toString() {
    return "VideoRemixRequest{prompt=" + ModelSupport.abbreviate(body.prompt()) + "}";
  }

  /** Builds a {@link VideoRemixRequest}; not thread-safe. */
  public static final class Builder {
    private String prompt;

    private Builder() {
    }

    /**
     * Sets how the remix should differ from the source video (required).
     *
     * @param prompt {@value VideosContract#PROMPT_MIN_LENGTH} to {@value VideosContract#PROMPT_MAX_LENGTH}
     *     characters (counted as code points), not only whitespace
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
     * @throws IllegalArgumentException naming the field and the rule, if the prompt is missing or
     *     blank or not {@value VideosContract#PROMPT_MIN_LENGTH} to
     *     {@value VideosContract#PROMPT_MAX_LENGTH} characters long
     */
    public VideoRemixRequest build() {
      // the generated builder checks the contract's rules for a prompt
      return new VideoRemixRequest(RemixVideoRequest.builder().prompt(prompt).build());
    }
  }
}
