package dev.sora4j;

/** 403 Forbidden: the key may not use this model, project or resource. */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 403
   */
  public static ApiException.Builder<PermissionDeniedException> builder() {
    return new ApiException.Builder<>("PermissionDeniedException", 403, 403, 403, PermissionDeniedException::new);
  }
}
