package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.ApiError;
import dev.sora4j.model.ErrorResponse;
import dev.sora4j.model.VideosContract;
import java.io.IOException;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * The one place that turns failures into sora4j's exceptions and writes their messages: error
 * statuses into {@link ApiException} and its subclasses, I/O failures into
 * {@link ConnectionException} and {@link VideosTimeoutException}, unreadable successes into
 * {@link MalformedResponseException}.
 *
 * <p>Messages are built from the status, what the server said, the request id and the host only:
 * never from request headers, and the API key is masked wherever a server or a cause echoes it.
 */
final class ErrorMapper {
  /** How much of a body that is not the error envelope the exception keeps. */
  static final int SNIPPET_LENGTH = 200;
  private static final int MAX_MESSAGE_LENGTH = 1000;
  private static final String MASK = "***";

  private final JsonAdapter<ErrorResponse> envelopeAdapter;
  private final JsonAdapter<Object> jsonAdapter;
  private final String secret;

  /**
   * @param moshi reads the error envelope
   * @param secret the API key, masked in every message; may be null
   */
  ErrorMapper(Moshi moshi, String secret) {
    this.envelopeAdapter = moshi.adapter(ErrorResponse.class);
    this.jsonAdapter = moshi.adapter(Object.class).lenient();
    this.secret = secret == null || secret.isEmpty() ? null : secret;
  }

  // ---- error statuses ---------------------------------------------------------------------

  /**
   * Maps an error response to the exception of its status.
   *
   * @param attempts how many attempts were made, this one included
   * @param jobMayExist whether a job-starting request may have started a job anyway
   * @param idempotencyKey the key a job-starting request carried, else null
   * @param notRetriedBecause why a retryable status was not retried, or null
   */
  ApiException fromResponse(Operation operation, Response<?> response, int attempts, boolean jobMayExist,
      String idempotencyKey, String notRetriedBecause) {
    ApiException.ErrorDetails details = details(response.code(), response.headers(), readErrorBody(response.errorBody()));
    details.operation = operation.methodName();
    details.reason = redact(response.message());
    details.idempotencyKey = idempotencyKey;
    details.note = note(attempts, jobMayExist ? jobMayExistNote(idempotencyKey) : null, notRetriedBecause);
    return forStatus(details, jobMayExist);
  }

  /** Reads what an error body says: the envelope's fields, another error JSON, or a snippet of the text. */
  ApiException.ErrorDetails details(int statusCode, Headers headers, String body) {
    String requestId = redact(headers.get(VideosContract.REQUEST_ID_HEADER));
    ApiError envelope = parseEnvelope(body);
    if (envelope != null) {
      return new ApiException.ErrorDetails(statusCode, clean(envelope.message()), clean(envelope.type()),
          clean(envelope.code().orElse(null)), clean(envelope.param().orElse(null)), requestId, null);
    }
    ApiException.ErrorDetails other = parseOtherErrorJson(statusCode, body, requestId);
    if (other != null) {
      return other;
    }
    return new ApiException.ErrorDetails(statusCode, null, null, null, null, requestId, snippet(body));
  }

  /** The exception class of a status. */
  static ApiException forStatus(ApiException.ErrorDetails details, boolean jobMayExist) {
    switch (details.statusCode) {
      case 400:
        return new BadRequestException(details, jobMayExist);
      case 401:
        return new AuthenticationException(details, jobMayExist);
      case 403:
        return new PermissionDeniedException(details, jobMayExist);
      case 404:
        return new NotFoundException(details, jobMayExist);
      case 409:
        return new ConflictException(details, jobMayExist);
      case 422:
        return new UnprocessableEntityException(details, jobMayExist);
      case 429:
        return new RateLimitException(details, jobMayExist);
      default:
        return details.statusCode >= 500
            ? new InternalServerException(details, jobMayExist)
            : new ApiException(details, jobMayExist);
    }
  }

  private ApiError parseEnvelope(String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    try {
      ErrorResponse response = envelopeAdapter.fromJson(body);
      ApiError error = response == null ? null : response.error();
      return error != null && (error.message() != null || error.type() != null) ? error : null;
    } catch (IOException | RuntimeException e) {
      return null; // not the envelope: the other readings below take over
    }
  }

  /**
   * Gateways in front of the API do not all use the envelope: {@code {"error": "text"}},
   * {@code {"message": "text"}} and {@code {"detail": ...}} are common too.
   */
  private ApiException.ErrorDetails parseOtherErrorJson(int statusCode, String body, String requestId) {
    Object root;
    try {
      root = body == null || body.isEmpty() ? null : jsonAdapter.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (!(root instanceof Map)) {
      return null;
    }
    Map<?, ?> object = (Map<?, ?>) root;
    Object error = object.get("error");
    String message = null;
    String type = null;
    String code = null;
    String param = null;
    if (error instanceof Map) {
      Map<?, ?> fields = (Map<?, ?>) error;
      message = text(fields.get("message"));
      type = text(fields.get("type"));
      code = text(fields.get("code"));
      param = text(fields.get("param"));
    } else {
      message = text(error);
    }
    if (message == null) {
      message = text(object.get("message"));
    }
    if (message == null) {
      message = text(object.get("detail"));
    }
    if (message == null && type == null && code == null) {
      return null;
    }
    return new ApiException.ErrorDetails(statusCode, message, type, code, param, requestId, null);
  }

  /** A JSON value as text: numbers without a needless ".0", containers as JSON-ish text. */
  private String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      double number = (Double) value;
      return clean(number == Math.rint(number) && !Double.isInfinite(number)
          ? Long.toString((long) number) : Double.toString(number));
    }
    return clean(value instanceof String ? (String) value : jsonAdapter.toJson(value));
  }

  /**
   * The error body as text. Retrofit has already read it into memory, after
   * {@link ErrorBodyLimitInterceptor} cut it to a bounded size.
   */
  private static String readErrorBody(ResponseBody body) {
    if (body == null) {
      return null;
    }
    try {
      return body.source().readUtf8();
    } catch (IOException e) {
      return null; // the status alone still makes a useful exception
    } finally {
      body.close();
    }
  }

  /**
   * A readable start of a body that is not JSON: an HTML page from a proxy loses its tags, so a
   * 502 page reads "502 Bad Gateway" rather than markup.
   */
  String snippet(String body) {
    if (body == null) {
      return null;
    }
    String text = body;
    if (text.trim().startsWith("<")) {
      text = text.replaceAll("(?is)<(script|style)\\b.*?</\\1\\s*>", " ")
          .replaceAll("(?s)<!--.*?-->", " ")
          .replaceAll("<[^>]*>", " ")
          .replace("&nbsp;", " ")
          .replace("&lt;", "<")
          .replace("&gt;", ">")
          .replace("&quot;", "\"")
          .replace("&#39;", "'")
          .replace("&amp;", "&");
    }
    text = text.replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) {
      return null;
    }
    // masked before cutting, so that a key cut in half cannot slip through
    return abbreviate(redact(text), SNIPPET_LENGTH);
  }

  // ---- failures without a response --------------------------------------------------------

  /**
   * Maps an I/O failure of a call that got no (complete) response.
   *
   * @param url where the request went; only its host and port are shown
   */
  VideosException fromTransport(Operation operation, IOException cause, RetryPolicy.Transport kind, HttpUrl url,
      int attempts, boolean jobMayExist, String idempotencyKey) {
    String where = url == null ? "the server" : url.host() + ":" + url.port();
    String what;
    switch (kind) {
      case NOT_SENT:
        what = "could not connect to " + where + " (" + describe(cause) + "); the request was not sent";
        break;
      case CONNECT_TIMEOUT:
        what = "timed out connecting to " + where + " (" + describe(cause) + "); the request was not sent";
        break;
      case TIMEOUT_AFTER_SENDING:
        what = "timed out waiting for the response from " + where + " (" + describe(cause) + ")";
        break;
      case UNREADABLE_BODY:
        return new VideosException(redact(operation.methodName() + ": could not read the request body ("
            + describe(cause) + "); nothing was sent"), scrubbed(cause), false, idempotencyKey);
      case CLIENT_SHUT_DOWN:
        return new ConnectionException(redact(operation.methodName() + ": the HTTP client is shut down ("
            + describe(cause) + "); the request was not sent"), scrubbed(cause), false, idempotencyKey);
      default:
        what = "the connection to " + where + " failed after the request was sent (" + describe(cause) + ")";
        break;
    }
    String note = note(attempts, jobMayExist ? jobMayExistNote(idempotencyKey) : null, null);
    String message = redact(operation.methodName() + ": " + what + (note == null ? "" : ". " + note));
    Throwable kept = scrubbed(cause);
    return kind.timeout
        ? new VideosTimeoutException(message, kept, jobMayExist, idempotencyKey)
        : new ConnectionException(message, kept, jobMayExist, idempotencyKey);
  }

  // ---- successes that cannot be read ------------------------------------------------------

  /**
   * A success status whose body is missing or not the promised JSON.
   *
   * @param statusCode the status, or -1 when the body failed to parse and the response is gone
   * @param headers the response headers, or null when the response is gone
   * @param cause the parser's failure, or null for a missing body
   */
  MalformedResponseException malformed(Operation operation, int statusCode, Headers headers, Throwable cause,
      String idempotencyKey) {
    String problem = cause == null
        ? "the " + statusCode + " response has no body"
        : "the response body is not the JSON the contract promises (" + describe(cause) + ")";
    return malformed(operation, problem, headers, cause, idempotencyKey);
  }

  /**
   * A success of a job-starting request whose job has no id: the job was probably started, but
   * the caller cannot follow it.
   */
  MalformedResponseException missingJobId(Operation operation, int statusCode, Headers headers,
      String idempotencyKey) {
    return malformed(operation, "the " + statusCode + " response has no job id", headers, null, idempotencyKey);
  }

  private MalformedResponseException malformed(Operation operation, String problem, Headers headers, Throwable cause,
      String idempotencyKey) {
    String requestId = headers == null ? null : redact(headers.get(VideosContract.REQUEST_ID_HEADER));
    StringBuilder message = new StringBuilder(operation.methodName()).append(": ").append(problem);
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    boolean jobMayExist = operation.startsJob();
    if (jobMayExist) {
      message.append(". The server answered with a success status, so the job was probably started. ")
          .append(findTheJob(idempotencyKey));
    }
    return new MalformedResponseException(redact(message.toString()), cause, requestId, jobMayExist, idempotencyKey);
  }

  // ---- the client closed ------------------------------------------------------------------

  /**
   * A call the client's closing stopped, or one made after it.
   *
   * @param started whether an attempt was made
   * @param jobMayExist whether an attempt of a job-starting request may have reached the server
   */
  VideosException clientClosed(Operation operation, boolean started, boolean jobMayExist, String idempotencyKey) {
    String message = operation.methodName() + (started
        ? ": client closed before the call finished" + (jobMayExist
            ? ". The request may have reached the server: a job may exist, and may be billed. "
                + findTheJob(idempotencyKey)
            : "")
        : ": client closed; the request was not sent");
    return new VideosException(message, null, jobMayExist, idempotencyKey);
  }

  // ---- messages ---------------------------------------------------------------------------

  static String jobMayExistNote(String idempotencyKey) {
    return "The request reached the server but no answer confirmed its outcome, so it was not retried:"
        + " a job may exist, and may be billed. " + findTheJob(idempotencyKey);
  }

  private static String findTheJob(String idempotencyKey) {
    return "Before trying again, look for it among the newest videos (client.videos().listAll(...), newest first)"
        + (idempotencyKey == null ? "." : ", or send the request again with the same Idempotency-Key "
            + idempotencyKey + " (RequestOptions.builder().idempotencyKey(...)) so that a server honouring it"
            + " returns the existing job.");
  }

  private static String note(int attempts, String jobNote, String notRetriedBecause) {
    StringBuilder note = new StringBuilder();
    if (attempts > 1) {
      note.append("Gave up after ").append(attempts).append(" attempts.");
    }
    if (notRetriedBecause != null) {
      note.append(note.length() == 0 ? "" : " ").append("Not retried: ").append(notRetriedBecause).append('.');
    }
    if (jobNote != null) {
      note.append(note.length() == 0 ? "" : " ").append(jobNote);
    }
    return note.length() == 0 ? null : note.toString();
  }

  /** A cause in a few words: its kind and message, never its stack or its request. */
  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null || message.isEmpty() ? "" : ": " + message);
  }

  /** Masks the API key: a proxy's error page or an exception's text may echo a request header. */
  String redact(String text) {
    if (text == null || secret == null) {
      return text;
    }
    return text.replace(secret, MASK);
  }

  /**
   * The cause to keep in an exception: itself, or, when its text or a cause's holds the key, a
   * stand-in with the same class name, masked text and stack trace, so that a logged stack trace
   * never shows the key either.
   */
  Throwable scrubbed(Throwable cause) {
    if (cause == null || secret == null || !mentionsSecret(cause)) {
      return cause;
    }
    IOException standIn = new IOException(cause.getClass().getName() + ": " + redact(cause.getMessage()),
        scrubbed(cause.getCause() == cause ? null : cause.getCause()));
    standIn.setStackTrace(cause.getStackTrace());
    return standIn;
  }

  private boolean mentionsSecret(Throwable cause) {
    for (Throwable current = cause; current != null; current = current.getCause() == current ? null : current.getCause()) {
      if (current.getMessage() != null && current.getMessage().contains(secret)) {
        return true;
      }
    }
    return false;
  }

  private String clean(String value) {
    return value == null ? null : abbreviate(redact(value), MAX_MESSAGE_LENGTH);
  }

  private static String abbreviate(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end) + "...";
  }
}
