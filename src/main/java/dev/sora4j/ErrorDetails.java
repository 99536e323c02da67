package dev.sora4j;

import okhttp3.Headers;

/**
 * What an error response said: collected from a response by {@link ErrorBodies}, or set by an
 * exception's builder, and read by the constructors of {@link ApiException} and its subclasses.
 */
final class ErrorDetails {
  final int statusCode;
  final String message;
  final String type;
  final String code;
  final String param;
  final String requestId;
  final String bodySnippet;
  /** The response's headers; empty when the exception was built without them. */
  final Headers headers;
  /** The facade method that failed, such as {@code create}; null when unknown. */
  String operation;
  /** The HTTP reason phrase, shown when the body said nothing. */
  String reason;
  /** A sentence added to the message, such as how to find a job that may exist. */
  String note;
  /** The Idempotency-Key of a job-starting request. */
  String idempotencyKey;
  /** What lay under the failure, when a builder was given it; a response has none. */
  Throwable cause;

  ErrorDetails(int statusCode, Headers headers, String message, String type, String code, String param,
      String requestId, String bodySnippet) {
    this.headers = headers;
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
