package dev.sora4j;

import java.util.Optional;

/**
 * The server answered with an error status. Carries what the error envelope
 * {@code {"error": {"message", "type", "param", "code"}}} said, the {@code x-request-id} to quote
 * to the provider, and for a body that was not the envelope (an HTML page from a proxy) a short
 * snippet of it.
 *
 * <p>Subclasses name the statuses a caller usually handles: {@link BadRequestException} (400),
 * {@link AuthenticationException} (401), {@link PermissionDeniedException} (403),
 * {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link UnprocessableEntityException} (422), {@link RateLimitException} (429) and
 * {@link InternalServerException} (5xx).
 */
public class ApiException extends VideosException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String type;
  private final String code;
  private final String param;
  private final String requestId;
  private final String bodySnippet;

  ApiException(ErrorDetails details, boolean jobMayExist) {
    super(details.message(), null, jobMayExist, details.idempotencyKey);
    this.statusCode = details.statusCode;
    this.type = details.type;
    this.code = details.code;
    this.param = details.param;
    this.requestId = details.requestId;
    this.bodySnippet = details.bodySnippet;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code, such as 404
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the error's {@code type}, such as {@code invalid_request_error}.
   *
   * @return the type, empty when the body was not the error envelope
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the error's machine-readable {@code code}.
   *
   * @return the code, empty when the server sent none
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the request parameter the error is about.
   *
   * @return the parameter name, empty when the server named none
   */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  /**
   * Returns the {@code x-request-id} of the failed response.
   *
   * @return the request id, empty when the server sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the start of a response body that was not the JSON error envelope.
   *
   * @return at most a few hundred characters of the body, empty when the body was the envelope
   */
  public Optional<String> bodySnippet() {
    return Optional.ofNullable(bodySnippet);
  }

  /** What an error response said; collected by the error mapper, read by the constructors. */
  static final class ErrorDetails {
    final int statusCode;
    final String message;
    final String type;
    final String code;
    final String param;
    final String requestId;
    final String bodySnippet;
    /** The facade method that failed, such as {@code create}; null when unknown. */
    String operation;
    /** The HTTP reason phrase, shown when the body said nothing. */
    String reason;
    /** A sentence added to the message, such as how to find a job that may exist. */
    String note;
    /** The Idempotency-Key of a job-starting request. */
    String idempotencyKey;

    ErrorDetails(int statusCode, String message, String type, String code, String param,
        String requestId, String bodySnippet) {
      this.statusCode = statusCode;
      this.message = message;
      this.type = type;
      this.code = code;
      this.param = param;
      this.requestId = requestId;
      this.bodySnippet = bodySnippet;
    }

    /**
     * The exception's message: the operation, the status, what the server said (its message, or
     * the start of a body that was not the envelope), the error's fields and the request id.
     */
    String message() {
      StringBuilder out = new StringBuilder();
      if (operation != null) {
        out.append(operation).append(": ");
      }
      out.append(statusCode);
      if (notEmpty(message)) {
        out.append(": ").append(message);
      } else if (notEmpty(bodySnippet)) {
        out.append(": ").append(bodySnippet);
      } else if (notEmpty(reason)) {
        out.append(' ').append(reason);
      }
      StringBuilder fields = new StringBuilder();
      appendField(fields, "type", type);
      appendField(fields, "code", code);
      appendField(fields, "param", param);
      appendField(fields, "request id", requestId);
      if (fields.length() > 0) {
        out.append(" (").append(fields).append(')');
      }
      if (notEmpty(note)) {
        out.append(". ").append(note);
      }
      return out.toString();
    }

    private static void appendField(StringBuilder fields, String name, String value) {
      if (notEmpty(value)) {
        fields.append(fields.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
      }
    }

    private static boolean notEmpty(String value) {
      return value != null && !value.isEmpty();
    }
  }
}
