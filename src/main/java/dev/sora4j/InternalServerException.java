package dev.sora4j;

/** A 5xx status: the server failed; retried automatically within the retry budget for requests that are safe to repeat. */
public final class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
