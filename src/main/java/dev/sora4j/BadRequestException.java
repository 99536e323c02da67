package dev.sora4j;

/** 400 Bad Request: the request broke a rule of the contract; {@link #param()} often names the field. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 400
   */
  public static ApiException.Builder<BadRequestException> builder() {
    return new ApiException.Builder<>("BadRequestException", 400, 400, 400, BadRequestException::new);
  }
}
