package dev.sora4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bulk run's input has lines that cannot run; no job was started. Each problem names its line
 * number and the field, such as {@code line 3: prompt: required}.
 */
public final class BulkInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The problems listed in the message; all are counted. */
  static final int MAX_LISTED = 20;

  /** An ArrayList, which is serializable as the exception is. */
  private final ArrayList<String> problems;
  private final int problemCount;

  BulkInputException(String file, List<String> problems, int problemCount) {
    super(message(file, problems, problemCount));
    this.problems = new ArrayList<>(problems);
    this.problemCount = problemCount;
  }

  private static String message(String file, List<String> problems, int count) {
    StringBuilder message = new StringBuilder(file).append(": ").append(count)
        .append(count == 1 ? " line cannot run" : " lines cannot run").append("; no job was started");
    for (String problem : problems) {
      message.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (count > problems.size()) {
      message.append(System.lineSeparator()).append("  and ").append(count - problems.size()).append(" more");
    }
    return message.toString();
  }

  /**
   * Returns the problems found, each starting with {@code line N:}; at most the first
   * {@value #MAX_LISTED}.
   *
   * @return the problems, in the order of the file
   */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Returns how many problems were found in all.
   *
   * @return the count, at least the size of {@link #problems()}
   */
  public int problemCount() {
    return problemCount;
  }
}
