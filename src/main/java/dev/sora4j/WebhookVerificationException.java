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
}
