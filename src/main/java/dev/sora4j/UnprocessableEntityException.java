package dev.sora4j;

/** 422 Unprocessable Entity: the request was well formed but could not be processed. */
public final class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(ErrorDetails details, boolean jobMayExist) {
    super(details, jobMayExist);
  }
}
