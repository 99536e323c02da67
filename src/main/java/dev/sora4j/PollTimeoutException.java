package dev.sora4j;

import dev.sora4j.model.Video;
import java.time.Duration;

/**
 * A job was still not finished when the wait's timeout ({@link PollOptions.Builder#timeout(Duration)})
 * passed, or the check under way at the deadline did not answer in time (that check's failure is
 * then the cause). The job itself goes on; poll again to keep waiting. {@link #video()} is the job
 * as last seen.
 */
public final class PollTimeoutException extends VideosException {
  private static final long serialVersionUID = 1L;

  // Video is not Serializable; a deserialized exception keeps only its message.
  private final transient Video video;

  /**
   * @param last the job as last seen, or null when no check answered in time
   * @param cause the failure of the check under way at the deadline, or null
   */
  PollTimeoutException(String videoId, Video last, Duration timeout, Throwable cause) {
    super("video job " + videoId + (last == null ? " not seen" : " still " + stateOf(last))
        + " after waiting " + describe(timeout) + "; the job goes on, poll again to keep waiting", cause);
    this.video = last;
  }

  /**
   * Returns the job as last seen before the timeout.
   *
   * @return the job, or null when no check answered before the timeout (and after
   *     deserialization)
   */
  public Video video() {
    return video;
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#videoId(String)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PollTimeoutException}; not thread-safe. */
  public static final class Builder {
    private String videoId;
    private Video video;
    private Duration timeout = PollOptions.DEFAULT_TIMEOUT;
    private Throwable cause;

    private Builder() {
    }

    /**
     * Sets the id of the job waited for (required).
     *
     * @param videoId the job's id
     * @return this builder
     */
    public Builder videoId(String videoId) {
      this.videoId = Requests.checkNotBlank("videoId", videoId);
      return this;
    }

    /**
     * Sets the job as last seen.
     *
     * @param video the job, or null when no check answered in time
     * @return this builder
     */
    public Builder video(Video video) {
      this.video = video;
      return this;
    }

    /**
     * Sets how long the wait lasted; {@link PollOptions#DEFAULT_TIMEOUT} by default.
     *
     * @param timeout the wait's timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Requests.checkNotNull("timeout", timeout);
      return this;
    }

    /**
     * Sets the failure of the check under way at the deadline.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no job id is set
     */
    public PollTimeoutException build() {
      if (videoId == null) {
        throw new IllegalStateException("videoId: not set; call videoId(...)");
      }
      return new PollTimeoutException(videoId, video, timeout, cause);
    }
  }

  /** A job's state for a message, such as {@code in_progress at 40%}. */
  static String stateOf(Video video) {
    return (video.rawStatus() == null ? "without a status" : video.rawStatus()) + " at " + video.progress() + "%";
  }

  /** A wait's length for a message, in the largest whole unit that states it exactly. */
  static String describe(Duration duration) {
    if (duration.compareTo(Duration.ofDays(365)) > 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return (millis / 60_000) + " min";
    }
    if (millis % 1_000 == 0) {
      return (millis / 1_000) + " s";
    }
    return millis + " ms";
  }
}
