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
