package dev.sora4j;

/** 409 Conflict: the resource is in a state that does not allow the request. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 409
   */
  public static ApiException.Builder<ConflictException> builder() {
    return new ApiException.Builder<>("ConflictException", 409, 409, 409, ConflictException::new);
  }
}
