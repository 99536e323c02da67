package dev.sora4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** How one line of a bulk run ended. Immutable. */
public final class BulkResult {
  private final int lineNumber;
  private final String customId;
  private final boolean completed;
  private final String videoId;
  private final String error;
  private final List<Path> files;
  private final double seconds;
  private final boolean earlierRun;

  BulkResult(int lineNumber, String customId, boolean completed, String videoId, String error, List<Path> files,
      double seconds, boolean earlierRun) {
    this.lineNumber = lineNumber;
    this.customId = customId;
    this.completed = completed;
    this.videoId = videoId;
    this.error = error;
    this.files = Collections.unmodifiableList(new ArrayList<>(files));
    this.seconds = seconds;
    this.earlierRun = earlierRun;
  }

  /**
   * Returns the line's number in the input.
   *
   * @return the number, from 1
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the line's {@code custom_id} (its line number when it gave none).
   *
   * @return the id
   */
  public String customId() {
    return customId;
  }

  /**
   * Tells whether the job completed and its files were written.
   *
   * @return true when completed, false when the line failed
   */
  public boolean completed() {
    return completed;
  }

  /**
   * Returns the line's job.
   *
   * @return the job id, empty when no job was started or found
   */
  public Optional<String> videoId() {
    return Optional.ofNullable(videoId);
  }

  /**
   * Returns why the line failed: the job's error code and message, the API's refusal, or what
   * kept the run from finishing it (then running the same command again resumes it).
   *
   * @return the error, empty for a completed line
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns the files written for the line, the video first.
   *
   * @return the files, empty for a failed line
   */
  public List<Path> files() {
    return files;
  }

  /**
   * Returns the length of the video, as the server reported it.
   *
   * @return the seconds, 0 when unknown or failed
   */
  public double seconds() {
    return seconds;
  }

  /**
   * Tells whether the line had already ended in an earlier run on the same folder.
   *
   * @return true when this run only reported it
   */
  public boolean fromEarlierRun() {
    return earlierRun;
  }

  @Override
  public String toString() {
    return "BulkResult{line=" + lineNumber + ", customId=" + customId + ", "
        + (completed ? "completed" : "failed: " + error) + (videoId == null ? "" : ", videoId=" + videoId) + "}";
  }
}
