package dev.sora4j;

/** 409 Conflict: the resource is in a state that does not allow the request. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
