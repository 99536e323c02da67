package dev.sora4j;

/** A 5xx status: the server failed; retried automatically within the retry budget for requests that are safe to repeat. */
public final class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  InternalServerException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 500 (any of 500 to 599 may be set)
   */
  public static ApiException.Builder<InternalServerException> builder() {
    return new ApiException.Builder<>("InternalServerException", 500, 500, 599, InternalServerException::new);
  }
}
