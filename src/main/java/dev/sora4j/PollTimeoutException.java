package dev.sora4j;

import dev.sora4j.model.Video;
import java.time.Duration;

/**
 * A job was still not finished when the wait's timeout ({@link PollOptions.Builder#timeout(Duration)})
 * passed. The job itself goes on; poll again to keep waiting. {@link #video()} is the job as last
 * seen.
 */
public final class PollTimeoutException extends VideosException {
  private static final long serialVersionUID = 1L;

  // Video is not Serializable; a deserialized exception keeps only its message.
  private final transient Video video;

  PollTimeoutException(Video video, Duration timeout) {
    super("video job " + video.id() + " still " + Poller.stateOf(video) + " after waiting "
        + Poller.describe(timeout) + "; the job goes on, poll again to keep waiting", null);
    this.video = video;
  }

  /**
   * Returns the job as last seen before the timeout.
   *
   * @return the job, or null after deserialization
   */
  public Video video() {
    return video;
  }
}
