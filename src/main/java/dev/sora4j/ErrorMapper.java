package dev.sora4j;

import com.squareup.moshi.Moshi;
import java.io.IOException;
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
  private final ErrorBodies bodies;
  private final String secret;

  /**
   * @param moshi reads the error envelope
   * @param secret the API key, masked in every message; may be null
   */
  ErrorMapper(Moshi moshi, String secret) {
    this.bodies = new ErrorBodies(moshi, secret);
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
    ErrorDetails details = bodies.details(response.code(), response.headers(), readErrorBody(response.errorBody()));
    details.operation = operation.methodName();
    details.reason = bodies.redact(response.message());
    details.idempotencyKey = idempotencyKey;
    details.note = note(attempts, jobMayExist ? jobMayExistNote(idempotencyKey) : null, notRetriedBecause);
    return forStatus(details, jobMayExist);
  }

  /** The exception class of a status. */
  static ApiException forStatus(ErrorDetails details, boolean jobMayExist) {
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
        return new VideosException(bodies.redact(operation.methodName() + ": could not read the request body ("
            + describe(cause) + "); nothing was sent"), scrubbed(cause), false, idempotencyKey);
      case CLIENT_SHUT_DOWN:
        return new ConnectionException(bodies.redact(operation.methodName() + ": the HTTP client is shut down ("
            + describe(cause) + "); the request was not sent"), scrubbed(cause), false, idempotencyKey);
      default:
        what = "the connection to " + where + " failed after the request was sent (" + describe(cause) + ")";
        break;
    }
    String note = note(attempts, jobMayExist ? jobMayExistNote(idempotencyKey) : null, null);
    String message = bodies.redact(operation.methodName() + ": " + what + (note == null ? "" : ". " + note));
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
    String requestId = headers == null ? null : bodies.redact(headers.get(HeaderNames.REQUEST_ID));
    StringBuilder message = new StringBuilder(operation.methodName()).append(": ").append(problem);
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    boolean jobMayExist = operation.startsJob();
    if (jobMayExist) {
      message.append(". The server answered with a success status, so the job was probably started. ")
          .append(findTheJob(idempotencyKey));
    }
    return new MalformedResponseException(bodies.redact(message.toString()), cause, requestId, jobMayExist, idempotencyKey);
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

  /**
   * The cause to keep in an exception: itself, or, when its text or a cause's holds the key, a
   * stand-in with the same class name, masked text and stack trace, so that a logged stack trace
   * never shows the key either.
   */
  Throwable scrubbed(Throwable cause) {
    if (cause == null || secret == null || !mentionsSecret(cause)) {
      return cause;
    }
    IOException standIn = new IOException(cause.getClass().getName() + ": " + bodies.redact(cause.getMessage()),
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
}
