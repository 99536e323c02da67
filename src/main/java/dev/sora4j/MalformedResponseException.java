package dev.sora4j;

import java.util.Optional;

/**
 * A successful status came with a body that is not what the contract promises: empty, not JSON,
 * or JSON of the wrong shape. For a request that starts a job the success status means the job
 * was probably started, so {@link #jobMayExist()} is true.
 */
public final class MalformedResponseException extends VideosException {
  private static final long serialVersionUID = 1L;

  private final String requestId;

  /** Takes the whole message as given: the caller has placed the request id in it. */
  MalformedResponseException(String message, Throwable cause, String requestId, boolean jobMayExist,
      String idempotencyKey) {
    super(message, cause, jobMayExist, idempotencyKey);
    this.requestId = requestId;
  }

  /**
   * Returns the {@code x-request-id} of the response.
   *
   * @return the request id, empty when the server sent none or the body could not be parsed
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#message(String)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MalformedResponseException}; not thread-safe. */
  public static final class Builder {
    private String message;
    private Throwable cause;
    private String requestId;
    private boolean jobMayExist;
    private String idempotencyKey;

    private Builder() {
    }

    /**
     * Sets the message (required), as the client writes one with the request id in it.
     *
     * @param message what was wrong with the response
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Requests.checkNotNull("message", message);
      return this;
    }

    /**
     * Sets the parser's failure.
     *
     * @param cause the cause, or null for a missing body
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Sets the response's {@code x-request-id}.
     *
     * @param requestId the request id, or null
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Sets whether the request probably started a job (a job-starting request answered with a
     * success status); false by default.
     *
     * @param jobMayExist true for a job-starting request
     * @return this builder
     */
    public Builder jobMayExist(boolean jobMayExist) {
      this.jobMayExist = jobMayExist;
      return this;
    }

    /**
     * Sets the {@code Idempotency-Key} the request was sent with.
     *
     * @param idempotencyKey the key, or null for a request that starts no job
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public MalformedResponseException build() {
      if (message == null) {
        throw new IllegalStateException("message: not set; call message(...)");
      }
      return new MalformedResponseException(message, cause, requestId, jobMayExist, idempotencyKey);
    }
  }
}
