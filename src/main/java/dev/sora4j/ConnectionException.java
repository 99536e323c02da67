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
  public static final class Builder<T extends ConnectionException> {
    private final Factory<T> factory;
    private String message;
    private Throwable cause;
    private boolean jobMayExist;
    private String idempotencyKey;

    Builder(Factory<T> factory) {
      this.factory = factory;
    }

    /**
     * Sets the message (required).
     *
     * @param message what failed, such as {@code retrieve: could not connect to api.openai.com:443}
     * @return this builder
     */
    public Builder<T> message(String message) {
      this.message = Requests.checkNotNull("message", message);
      return this;
    }

    /**
     * Sets the I/O failure that caused it.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder<T> cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Sets whether the request may have reached the server and started a job; false by default.
     *
     * @param jobMayExist true for a job-starting request whose outcome is unknown
     * @return this builder
     */
    public Builder<T> jobMayExist(boolean jobMayExist) {
      this.jobMayExist = jobMayExist;
      return this;
    }

    /**
     * Sets the {@code Idempotency-Key} the failed request was sent with.
     *
     * @param idempotencyKey the key, or null for a request that starts no job
     * @return this builder
     */
    public Builder<T> idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public T build() {
      if (message == null) {
        throw new IllegalStateException("message: not set; call message(...)");
      }
      return factory.create(message, cause, jobMayExist, idempotencyKey);
    }
  }
}
