package dev.sora4j;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }

  /**
   * Returns a builder of this exception as a response would produce it, for tests of code that
   * handles it.
   *
   * @return a builder whose status is 401
   */
  public static ApiException.Builder<AuthenticationException> builder() {
    return new ApiException.Builder<>("AuthenticationException", 401, 401, 401, AuthenticationException::new);
  }
}
