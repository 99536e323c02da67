package dev.sora4j;

/** 429 Too Many Requests: a rate limit or quota was hit; retried automatically within the retry budget. */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 429
   */
  public static ApiException.Builder<RateLimitException> builder() {
    return new ApiException.Builder<>("RateLimitException", 429, 429, 429, RateLimitException::new);
  }
}
