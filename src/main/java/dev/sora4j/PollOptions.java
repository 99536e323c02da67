package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How to wait for a job in {@link Videos#poll(String, PollOptions)} and its relatives: how often to
 * check, how long to wait at most, whom to tell about progress, and whether a failed job throws.
 * Immutable and reusable.
 *
 * <pre>{@code
 * PollOptions options = PollOptions.builder()
 *     .timeout(Duration.ofMinutes(5))
 *     .progressListener(video -> System.out.println(video.status() + " " + video.progress() + "%"))
 *     .failOnError(true)
 *     .build();
 * }</pre>
 */
public final class PollOptions {
  /**
   * The pause between checks when the server sends no {@code openai-poll-after-ms} hint: one
   * second, as the official SDKs use.
   */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /**
   * The longest wait: 20 minutes. Rendering takes minutes, and a long {@code sora-2-pro} job in a
   * busy queue can take well over ten, so a shorter limit would give up on jobs that are fine;
   * a job unfinished after 20 minutes is most likely stuck.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

  /**
   * The statuses besides {@code completed} and {@code failed} that end a wait unless the caller
   * names others: {@code cancelled} and {@code expired}, which gateways report for jobs that
   * will never finish.
   */
  public static final Set<String> DEFAULT_FINAL_STATUSES =
      Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList("cancelled", "expired")));

  private static final PollOptions DEFAULTS = builder().build();

  private final Duration interval;
  private final Duration timeout;
  private final ProgressListener progressListener;
  private final boolean failOnError;
  private final Set<String> finalStatuses;

  private PollOptions(Builder builder) {
    this.interval = builder.interval;
    this.timeout = builder.timeout;
    this.progressListener = builder.progressListener;
    this.failOnError = builder.failOnError;
    this.finalStatuses = builder.finalStatuses;
  }

  /**
   * Returns the defaults: checks every {@link #DEFAULT_INTERVAL} unless the server asks otherwise,
   * gives up after {@link #DEFAULT_TIMEOUT}, reports no progress, and returns a failed job rather
   * than throwing.
   *
   * @return the default options
   */
  public static PollOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these options.
   *
   * @return a new builder holding these options' values
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.interval = interval;
    builder.timeout = timeout;
    builder.progressListener = progressListener;
    builder.failOnError = failOnError;
    builder.finalStatuses = finalStatuses;
    return builder;
  }

  /**
   * Returns the pause between checks when the server sends no {@code openai-poll-after-ms} hint.
   *
   * @return the interval
   */
  public Duration interval() {
    return interval;
  }

  /**
   * Returns how long to wait at most.
   *
   * @return the timeout, counted from the start of the wait
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns who hears about the job's progress.
   *
   * @return the listener, empty when nobody listens
   */
  public Optional<ProgressListener> progressListener() {
    return Optional.ofNullable(progressListener);
  }

  /**
   * Returns whether a job that ends in {@code failed} throws a {@link JobFailedException}.
   *
   * @return true when failure throws, false when the failed job is returned
   */
  public boolean failOnError() {
    return failOnError;
  }

  /**
   * Returns the statuses, besides {@code completed} and {@code failed}, that end the wait.
   *
   * @return an unmodifiable set of status texts, as the server sends them
   */
  public Set<String> finalStatuses() {
    return finalStatuses;
  }

  /**
   * Whether a job is done: {@code completed}, {@code failed}, carrying an {@code error}, or in a
   * status named final. Other statuses, unknown ones included ({@code processing},
   * {@code submitted}), are not final: a server may have added a transient one.
   */
  boolean isFinal(Video video) {
    if (video.status() == VideoStatus.COMPLETED || video.status() == VideoStatus.FAILED
        || video.error().isPresent()) {
      return true;
    }
    return video.rawStatus() != null && finalStatuses.contains(video.rawStatus());
  }

  /** Whether a finished job failed: its status is {@code failed}, or it carries an {@code error}. */
  static boolean hasFailed(Video video) {
    return video.status() == VideoStatus.FAILED || video.error().isPresent();
  }

  @Override
  public String toString() {
    return "PollOptions{interval=" + interval + ", timeout=" + timeout + ", progressListener="
        + (progressListener == null ? "none" : "set") + ", failOnError=" + failOnError
        + ", finalStatuses=" + finalStatuses + "}";
  }

  /** Configures {@link PollOptions}; not thread-safe. */
  public static final class Builder {
    private Duration interval = DEFAULT_INTERVAL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private ProgressListener progressListener;
    private boolean failOnError;
    private Set<String> finalStatuses = DEFAULT_FINAL_STATUSES;

    private Builder() {
    }

    /**
     * Sets the pause between checks used when a response carries no {@code openai-poll-after-ms}
     * header (default {@link #DEFAULT_INTERVAL}). When the server sends that header, its value
     * wins (though never below {@value Poller#MIN_POLL_AFTER_MILLIS} ms, so that a hint of 0 does
     * not turn the wait into a busy loop): the server knows best how soon the job can have moved on.
     *
     * @param interval a positive duration
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder interval(Duration interval) {
      this.interval = Requests.checkPositive("interval", interval);
      return this;
    }

    /**
     * Sets how long to wait at most, counted from the start of the wait (default
     * {@link #DEFAULT_TIMEOUT}). The last check happens at the deadline; if the job is still not
     * finished then, the wait ends with a {@link PollTimeoutException}. Each check is bounded by
     * the time left, but gets at least one second to answer, so the wait ends at most a second
     * after the timeout even when the server hangs. The job itself is not cancelled.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Requests.checkPositive("timeout", timeout);
      return this;
    }

    /**
     * Sets who hears about the job's progress: called on first sight and whenever its status or
     * progress changes (default: nobody).
     *
     * @param progressListener the listener, or null for none
     * @return this builder
     */
    public Builder progressListener(ProgressListener progressListener) {
      this.progressListener = progressListener;
      return this;
    }

    /**
     * Sets the statuses, besides {@code completed} and {@code failed}, that end the wait (default
     * {@link #DEFAULT_FINAL_STATUSES}). A job that ends in one of them is returned; read its
     * {@link Video#rawStatus()}. Name the final statuses of the server you use, such as
     * {@code "succeeded"}; an empty list leaves only {@code completed}, {@code failed} and jobs
     * carrying an {@code error} final.
     *
     * @param statuses status texts, as the server sends them
     * @return this builder
     * @throws IllegalArgumentException if a status is blank
     */
    public Builder finalStatuses(String... statuses) {
      Requests.checkNotNull("statuses", statuses);
      Set<String> named = new LinkedHashSet<>();
      for (String status : statuses) {
        named.add(Requests.checkNotBlank("finalStatuses", status));
      }
      this.finalStatuses = Collections.unmodifiableSet(named);
      return this;
    }

    /**
     * Sets whether a job that ends in {@code failed} (or carrying an {@code error}) throws a
     * {@link JobFailedException} (true) or is returned with its {@code error()} to read (false,
     * the default). A job that ends in another final status is returned either way.
     *
     * @param failOnError whether failure throws
     * @return this builder
     */
    public Builder failOnError(boolean failOnError) {
      this.failOnError = failOnError;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public PollOptions build() {
      return new PollOptions(this);
    }
  }
}
