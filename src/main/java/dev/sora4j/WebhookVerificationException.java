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
  public static final class Builder extends MessageBuilder<Builder> {
    private Builder() {
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception
     * @throws IllegalStateException when no message is set
     */
    public WebhookVerificationException build() {
      return new WebhookVerificationException(requiredMessage(), cause);
    }
  }
}
