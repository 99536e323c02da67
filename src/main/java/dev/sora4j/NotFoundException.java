package dev.sora4j;

/** 404 Not Found: no video or character with that id (or the base URL is wrong). */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 404
   */
  public static ApiException.Builder<NotFoundException> builder() {
    return new ApiException.Builder<>("NotFoundException", 404, 404, 404, NotFoundException::new);
  }
}
