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
  public static final class Builder extends CallFailureBuilder<Builder> {
    private String requestId;

    private Builder() {
    }

    @Override
    Builder self() {
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
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public MalformedResponseException build() {
      return new MalformedResponseException(requiredMessage(), cause, requestId, jobMayExist, idempotencyKey);
    }
  }
}
