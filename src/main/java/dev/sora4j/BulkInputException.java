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

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#file(String)} and one {@link Builder#problem(String)} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BulkInputException}; not thread-safe. */
  public static final class Builder {
    private String file;
    private final List<String> problems = new ArrayList<>();
    private int problemCount = -1;

    private Builder() {
    }

    /**
     * Sets the input's name, as the message starts with it (required).
     *
     * @param file the file, such as {@code prompts.jsonl}
     * @return this builder
     */
    public Builder file(String file) {
      this.file = Requests.checkNotNull("file", file);
      return this;
    }

    /**
     * Adds a problem, in the form {@code line N: field: rule}; at least one is required.
     *
     * @param problem the problem
     * @return this builder
     */
    public Builder problem(String problem) {
      problems.add(Requests.checkNotNull("problem", problem));
      return this;
    }

    /**
     * Sets how many problems were found in all, when more than were added (the client lists at
     * most {@value BulkInputException#MAX_LISTED}); the number added by default.
     *
     * @param problemCount the count
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder problemCount(int problemCount) {
      if (problemCount < 0) {
        throw new IllegalArgumentException("problemCount: must not be negative, was " + problemCount);
      }
      this.problemCount = problemCount;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no file or no problem is set, or the count is below
     *     the problems added
     */
    public BulkInputException build() {
      if (file == null) {
        throw new IllegalStateException("file: not set; call file(...)");
      }
      if (problems.isEmpty()) {
        throw new IllegalStateException("problem: none added; call problem(...)");
      }
      if (problemCount >= 0 && problemCount < problems.size()) {
        throw new IllegalStateException("problemCount: must be at least the " + problems.size()
            + " problems added, was " + problemCount);
      }
      return new BulkInputException(file, problems, problemCount < 0 ? problems.size() : problemCount);
    }
  }
}
