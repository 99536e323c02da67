package dev.sora4j;

import java.util.Optional;

/**
 * The root of every exception sora4j throws for a failed call; unchecked.
 *
 * <p>When a request that starts a billed job fails in a way that leaves it unknown whether the
 * server started the job, {@link #jobMayExist()} is true and the message says how to find it.
 * No message or {@code toString()} ever contains the API key.
 */
public class VideosException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean jobMayExist;
  private final String idempotencyKey;

  /**
   * Makes an exception with a message and a cause, as for a failure that started no job; for
   * tests of code that handles it, and for code of the caller's own that reports a failed call.
   *
   * @param message what failed
   * @param cause what caused it, or null
   */
  public VideosException(String message, Throwable cause) {
    this(message, cause, false, null);
  }

  /**
   * Makes an exception that says whether the failed request may have started a job.
   *
   * @param message what failed
   * @param cause what caused it, or null
   * @param jobMayExist whether a job-starting request may have started a job anyway
   * @param idempotencyKey the {@code Idempotency-Key} a job-starting request carried, or null
   */
  public VideosException(String message, Throwable cause, boolean jobMayExist, String idempotencyKey) {
    super(message, cause);
    this.jobMayExist = jobMayExist;
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * Tells whether the failed request may still have started a job on the server (and so may be
   * billed): the request reached the server, but no answer confirmed the outcome.
   *
   * @return true when a job may exist; list the videos to find it before trying again
   */
  public boolean jobMayExist() {
    return jobMayExist;
  }

  /**
   * Returns the {@code Idempotency-Key} the failed request was sent with: set for requests that
   * start a job. Sending the request again with this key (through
   * {@link RequestOptions.Builder#idempotencyKey(String)}) lets a server that honours the header
   * answer with the job it may already have started instead of starting a second one.
   *
   * @return the key, empty for requests that do not start a job
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
