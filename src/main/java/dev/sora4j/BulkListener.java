package dev.sora4j;

import dev.sora4j.model.Video;

/**
 * Hears how a bulk run goes, for a display. Called from the run's threads, one line's calls in
 * order; a listener must be thread-safe and quick, and must not throw.
 */
public interface BulkListener {
  /**
   * The run checked its input and is about to start.
   *
   * @param lines how many lines (jobs) the input has, those ended in earlier runs included
   */
  default void started(int lines) {
  }

  /**
   * A line's job was created, found again, or resumed, or its state changed.
   *
   * @param line the line
   * @param video the job as last seen
   */
  default void progress(BulkLine line, Video video) {
  }

  /**
   * A line ended.
   *
   * @param result how it ended
   */
  default void ended(BulkResult result) {
  }

  /**
   * The server asked the run to slow down (429): fewer jobs are now let in at once.
   *
   * @param jobsAtOnce the new limit of jobs in flight
   */
  default void slowedDown(int jobsAtOnce) {
  }
}
