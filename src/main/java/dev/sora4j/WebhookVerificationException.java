package dev.sora4j;

/**
 * A webhook delivery failed verification: a signature header is missing, the timestamp is
 * outside the tolerance, no signature matches, or the verified payload is not an event. The
 * message names the header or part and the rule it broke; it never contains the secret or the
 * expected signature. Answer such a delivery with a 4xx and do not act on it.
 */
public final class WebhookVerificationException extends VideosException {
  private static final long serialVersionUID = 1L;

  WebhookVerificationException(String message) {
    super(message, null);
  }

  WebhookVerificationException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns a builder of this exception, for tests of code that handles it.
   *
   * @return a builder; {@link Builder#message(String)} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WebhookVerificationException}; not thread-safe. */
  public static final class Builder {
    private String message;
    private Throwable cause;

    private Builder() {
    }

    /**
     * Sets the message (required): the header or part and the rule it broke.
     *
     * @param message why the delivery was refused
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Requests.checkNotNull("message", message);
      return this;
    }

    /**
     * Sets what caused it, such as the parser's failure for a payload that is not an event.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public WebhookVerificationException build() {
      if (message == null) {
        throw new IllegalStateException("message: not set; call message(...)");
      }
      return new WebhookVerificationException(message, cause);
    }
  }
}
