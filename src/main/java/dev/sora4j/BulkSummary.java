package dev.sora4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The end of a bulk run: how many lines completed, which failed and why, what was written. Immutable. */
public final class BulkSummary {
  private final int completed;
  private final List<BulkResult> failures;
  private final int filesWritten;
  private final double seconds;
  private final double elapsedSeconds;

  BulkSummary(int completed, List<BulkResult> failures, int filesWritten, double seconds, double elapsedSeconds) {
    this.completed = completed;
    this.failures = Collections.unmodifiableList(new ArrayList<>(failures));
    this.filesWritten = filesWritten;
    this.seconds = seconds;
    this.elapsedSeconds = elapsedSeconds;
  }

  /**
   * Returns how many lines completed, in this run or an earlier one on the same folder.
   *
   * @return the count
   */
  public int completed() {
    return completed;
  }

  /**
   * Returns the lines that failed, each with its error, in the order they ended.
   *
   * @return the failures
   */
  public List<BulkResult> failures() {
    return failures;
  }

  /**
   * Returns how many lines failed.
   *
   * @return the count
   */
  public int failed() {
    return failures.size();
  }

  /**
   * Tells whether every line completed.
   *
   * @return true when none failed
   */
  public boolean allCompleted() {
    return failures.isEmpty();
  }

  /**
   * Returns how many files the completed lines have in the output folder.
   *
   * @return the count
   */
  public int filesWritten() {
    return filesWritten;
  }

  /**
   * Returns the total length of the completed videos.
   *
   * @return seconds of video
   */
  public double totalVideoSeconds() {
    return seconds;
  }

  /**
   * Returns how long this run took.
   *
   * @return seconds of wall-clock time
   */
  public double elapsedSeconds() {
    return elapsedSeconds;
  }

  @Override
  public String toString() {
    return "BulkSummary{completed=" + completed + ", failed=" + failures.size() + ", files=" + filesWritten
        + ", videoSeconds=" + seconds + "}";
  }
}
