package dev.sora4j;

/** 422 Unprocessable Entity: the request was well formed but could not be processed. */
public final class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 422
   */
  public static ApiException.Builder<UnprocessableEntityException> builder() {
    return new ApiException.Builder<>("UnprocessableEntityException", 422, 422, 422, UnprocessableEntityException::new);
  }
}
