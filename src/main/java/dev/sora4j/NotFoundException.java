package dev.sora4j;

/** 404 Not Found: no video or character with that id (or the base URL is wrong). */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
