package dev.sora4j;

/** 429 Too Many Requests: a rate limit or quota was hit; retried automatically within the retry budget. */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
