package dev.sora4j.emulator;

/**
 * A request the emulator refuses, carrying everything the error envelope
 * {@code {"error": {"message", "type", "param", "code"}}} and its status need. Handlers throw it;
 * {@link ApiRouter} alone turns it into a response.
 */
final class ApiErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String INVALID_REQUEST = "invalid_request_error";

  private final int status;
  private final String type;
  private final String param;
  private final String code;

  ApiErrorException(int status, String type, String param, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }

  /** 400 about one parameter, with the machine-readable code the provider uses for the rule. */
  static ApiErrorException invalid(String param, String code, String message) {
    return new ApiErrorException(400, INVALID_REQUEST, param, code, message);
  }

  static ApiErrorException missing(String param) {
    return invalid(param, "missing_required_parameter", "Missing required parameter: '" + param + "'.");
  }

  static ApiErrorException notFound(String param, String message) {
    return new ApiErrorException(404, INVALID_REQUEST, param, null, message);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  /** The request parameter concerned, or null. */
  String param() {
    return param;
  }

  /** The machine-readable code, or null. */
  String code() {
    return code;
  }
}
