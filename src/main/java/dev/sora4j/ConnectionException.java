package dev.sora4j;

/**
 * The server could not be reached, or the connection failed before a complete response arrived.
 * {@link #jobMayExist()} tells whether a job-starting request may have reached the server anyway.
 */
public class ConnectionException extends VideosException {
  private static final long serialVersionUID = 1L;

  ConnectionException(String message, Throwable cause, boolean jobMayExist, String idempotencyKey) {
    super(message, cause, jobMayExist, idempotencyKey);
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#message(String)} is required
   */
  public static Builder<? extends ConnectionException> builder() {
    return new Builder<>(ConnectionException::new);
  }

  /** Makes the exception of one class from its parts. */
  interface Factory<T extends ConnectionException> {
    T create(String message, Throwable cause, boolean jobMayExist, String idempotencyKey);
  }

  /**
   * Builds a {@link ConnectionException} or a {@link VideosTimeoutException}; not thread-safe.
   *
   * @param <T> the exception built
   */
  public static final class Builder<T extends ConnectionException> extends CallFailureBuilder<Builder<T>> {
    private final Factory<T> factory;

    Builder(Factory<T> factory) {
      this.factory = factory;
    }

    @Override
    Builder<T> self() {
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public T build() {
      return factory.create(requiredMessage(), cause, jobMayExist, idempotencyKey);
    }
  }
}
