package dev.sora4j;

import java.util.Objects;

/**
 * One line of a bulk run's input: where it stands in the file, the name of its results, and the
 * job it asks for. Immutable.
 */
public final class BulkLine {
  private final int lineNumber;
  private final String customId;
  private final VideoCreateRequest request;

  BulkLine(int lineNumber, String customId, VideoCreateRequest request) {
    this.lineNumber = lineNumber;
    this.customId = Objects.requireNonNull(customId, "customId");
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * Returns the line's number in the input file.
   *
   * @return the number, counted from 1
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the line's {@code custom_id}, or its line number when it gives none: the base name of
   * its files, such as {@code cat-1} for {@code cat-1.mp4}.
   *
   * @return the id
   */
  public String customId() {
    return customId;
  }

  /**
   * Returns the job the line asks for.
   *
   * @return the create request
   */
  public VideoCreateRequest request() {
    return request;
  }

  @Override
  public String toString() {
    return "BulkLine{line=" + lineNumber + ", customId=" + customId + "}";
  }
}
