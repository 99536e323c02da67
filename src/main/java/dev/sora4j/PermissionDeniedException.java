package dev.sora4j;

/** 403 Forbidden: the key may not use this model, project or resource. */
public final class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
