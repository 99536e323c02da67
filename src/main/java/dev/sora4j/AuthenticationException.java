package dev.sora4j;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
