package dev.sora4j;

import dev.sora4j.model.Video;

/**
 * Hears about a job while {@link Videos#poll(String, PollOptions)} or
 * {@link Videos#pollAsync(String, PollOptions)} waits for it: once when the job is first seen and
 * again each time its status or progress changes, including the final state.
 *
 * <p>It runs on the waiting thread (for {@code pollAsync}, the thread that delivered the
 * response), so it should return quickly. An exception it throws stops the waiting and is passed
 * on to the caller.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Called with the job as just fetched.
   *
   * @param video the job; {@code status()} and {@code progress()} say how far it is
   */
  void onProgress(Video video);
}
