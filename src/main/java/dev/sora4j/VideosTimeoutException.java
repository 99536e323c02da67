package dev.sora4j;

/** A connect, read or whole-call timeout expired before the response arrived. */
public final class VideosTimeoutException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  VideosTimeoutException(String message, Throwable cause, boolean jobMayExist, String idempotencyKey) {
    super(message, cause, jobMayExist, idempotencyKey);
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link ConnectionException.Builder#message(String)} is required
   */
  public static ConnectionException.Builder<VideosTimeoutException> builder() {
    return new ConnectionException.Builder<>(VideosTimeoutException::new);
  }
}
