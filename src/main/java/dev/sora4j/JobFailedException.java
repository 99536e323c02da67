package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoError;

/**
 * A job ended in {@code failed} while waiting with {@link PollOptions.Builder#failOnError(boolean)}
 * set. The message carries the job's error code and message; {@link #video()} the whole job.
 */
public final class JobFailedException extends VideosException {
  private static final long serialVersionUID = 1L;

  // Video is not Serializable; a deserialized exception keeps only its message.
  private final transient Video video;

  JobFailedException(Video video) {
    super(describe(video), null);
    this.video = video;
  }

  /**
   * Returns the failed job; its {@code error()} says why it failed.
   *
   * @return the job as last fetched, or null after deserialization
   */
  public Video video() {
    return video;
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#video(Video)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JobFailedException}; not thread-safe. */
  public static final class Builder {
    private Video video;

    private Builder() {
    }

    /**
     * Sets the failed job (required); its {@code error()} makes the message.
     *
     * @param video the job, usually with status {@code failed}
     * @return this builder
     */
    public Builder video(Video video) {
      this.video = Requests.checkNotNull("video", video);
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no job is set
     */
    public JobFailedException build() {
      if (video == null) {
        throw new IllegalStateException("video: not set; call video(...)");
      }
      return new JobFailedException(video);
    }
  }

  private static String describe(Video video) {
    VideoError error = video.error().orElse(null);
    String reason = error == null
        ? "the server gave no error"
        : (error.code() == null ? "no code" : error.code()) + ": " + (error.message() == null ? "no message" : error.message());
    return "video job " + video.id() + " failed: " + reason;
  }
}
