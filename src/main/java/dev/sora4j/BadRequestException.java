package dev.sora4j;

/** 400 Bad Request: the request broke a rule of the contract; {@link #param()} often names the field. */
public final class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
