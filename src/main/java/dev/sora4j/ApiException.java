package dev.sora4j;

import com.squareup.moshi.Moshi;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;

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
 *
 * <p>To test code that handles these, build one as a response would produce it:
 *
 * <pre>{@code
 * NotFoundException notFound = NotFoundException.builder()
 *     .body("{\"error\": {\"message\": \"No video video_123\", \"type\": \"invalid_request_error\"}}")
 *     .headers(Headers.of(VideosContract.REQUEST_ID_HEADER, "req_1"))
 *     .build();
 * }</pre>
 */
public class ApiException extends VideosException {
  private static final long serialVersionUID = 1L;
  /** The lowest status a builder accepts: below it a response is not an error. */
  static final int MIN_ERROR_STATUS = 300;
  /** The highest status a builder accepts. */
  static final int MAX_ERROR_STATUS = 599;
  private static final Headers NO_HEADERS = Headers.of();

  private final int statusCode;
  private final String type;
  private final String code;
  private final String param;
  private final String requestId;
  private final String bodySnippet;
  // okhttp3.Headers is not Serializable; a deserialized exception has no headers.
  private final transient Headers headers;

  ApiException(ErrorDetails details, boolean jobMayExist) {
    super(details.message(), details.cause, jobMayExist, details.idempotencyKey);
    this.statusCode = details.statusCode;
    this.type = details.type;
    this.code = details.code;
    this.param = details.param;
    this.requestId = details.requestId;
    this.bodySnippet = details.bodySnippet;
    this.headers = details.headers;
  }

  /**
   * Returns a builder of an {@code ApiException} for a status that has no subclass of its own,
   * such as 405 or 413 (it accepts any from {@value #MIN_ERROR_STATUS} to
   * {@value #MAX_ERROR_STATUS}, and builds this class whatever the status). For the statuses that
   * have a subclass, use that class's {@code builder()}, so that the exception is the one the
   * client would throw.
   *
   * @return a builder; {@link Builder#statusCode(int)} is required
   */
  public static Builder<? extends ApiException> builder() {
    return new Builder<>("ApiException", 0, MIN_ERROR_STATUS, MAX_ERROR_STATUS, ApiException::new);
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
   * Returns the headers of the failed response, such as {@code retry-after} on a 429.
   *
   * @return the headers, read case-insensitively; empty when the exception was built without
   *     them (and after deserialization)
   */
  public Headers headers() {
    return headers == null ? NO_HEADERS : headers;
  }

  /**
   * Returns how long the server asked to wait before trying again: {@code retry-after-ms}, else
   * {@code retry-after} (seconds, or an HTTP date, measured from now).
   *
   * @return the wait, zero for a date already past; empty when the server asked for none or the
   *     header cannot be read
   */
  public Optional<Duration> retryAfter() {
    OptionalLong millis = RetryAfter.millis(headers(), System.currentTimeMillis());
    return millis.isPresent() ? Optional.of(Duration.ofMillis(Math.max(millis.getAsLong(), 0))) : Optional.empty();
  }

  /**
   * Returns the start of a response body that was not the JSON error envelope.
   *
   * @return at most a few hundred characters of the body, empty when the body was the envelope
   */
  public Optional<String> bodySnippet() {
    return Optional.ofNullable(bodySnippet);
  }

  /** Makes the exception of one class from what an error response said. */
  interface Factory<T extends ApiException> {
    T create(ErrorDetails details, boolean jobMayExist);
  }

  /**
   * Builds an {@link ApiException} or one of its subclasses as a response would produce it, for
   * tests of code that handles them. The body is read as the client reads an error response (the
   * error envelope's fields, or a snippet of a body that is not the envelope); fields set one by
   * one take precedence over the body's. The request id comes from the {@code x-request-id}
   * header. Not thread-safe.
   *
   * @param <T> the exception built
   */
  public static final class Builder<T extends ApiException> extends CallFailureBuilder<Builder<T>> {
    // Reads bodies as the client does, with no API key to mask: a test's body holds none.
    private static final ErrorBodies BODIES = new ErrorBodies(new Moshi.Builder().build(), null);

    private final String kind;
    private final int minStatus;
    private final int maxStatus;
    private final Factory<T> factory;
    private int statusCode;
    private Headers headers = NO_HEADERS;
    private String body;
    private String type;
    private String code;
    private String param;

    /**
     * @param kind the class's name, for error messages
     * @param statusCode the default status, or 0 when one must be set
     */
    Builder(String kind, int statusCode, int minStatus, int maxStatus, Factory<T> factory) {
      this.kind = kind;
      this.statusCode = statusCode;
      this.minStatus = minStatus;
      this.maxStatus = maxStatus;
      this.factory = factory;
    }

    @Override
    Builder<T> self() {
      return this;
    }

    /**
     * Sets the HTTP status; each subclass starts with its own (such as 404) and accepts only its
     * own (5xx for {@link InternalServerException}).
     *
     * @param statusCode the status
     * @return this builder
     * @throws IllegalArgumentException when the status is not one this class stands for
     */
    public Builder<T> statusCode(int statusCode) {
      if (statusCode < minStatus || statusCode > maxStatus) {
        throw new IllegalArgumentException("statusCode: " + kind + " stands for "
            + (minStatus == maxStatus ? "status " + minStatus : "statuses " + minStatus + " to " + maxStatus)
            + ", was " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    /**
     * Sets the response's headers, such as {@code x-request-id} or {@code retry-after}.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder<T> headers(Headers headers) {
      this.headers = Requests.checkNotNull("headers", headers);
      return this;
    }

    /**
     * Sets the response's headers from a map of names to values.
     *
     * @param headers the headers
     * @return this builder
     * @throws IllegalArgumentException when a name or value is not a valid header's
     */
    public Builder<T> headers(Map<String, String> headers) {
      Requests.checkNotNull("headers", headers);
      try {
        this.headers = Headers.of(headers);
      } catch (NullPointerException | IllegalArgumentException e) {
        throw new IllegalArgumentException("headers: " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * Sets the response's body: the error envelope
     * {@code {"error": {"message", "type", "param", "code"}}}, another error JSON, or any text
     * (such as a proxy's HTML page), read as the client reads a response's.
     *
     * @param body the body, or null for none
     * @return this builder
     */
    public Builder<T> body(String body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the error's {@code type}, such as {@code invalid_request_error}.
     *
     * @param type the type
     * @return this builder
     */
    public Builder<T> type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the error's machine-readable {@code code}.
     *
     * @param code the code
     * @return this builder
     */
    public Builder<T> code(String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets the request parameter the error is about.
     *
     * @param param the parameter's name
     * @return this builder
     */
    public Builder<T> param(String param) {
      this.param = param;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception, its message made as the client makes one
     * @throws IllegalStateException when no status is set on a builder that has no default
     */
    public T build() {
      if (statusCode == 0) {
        throw new IllegalStateException("statusCode: not set; call statusCode(...)");
      }
      ErrorDetails read = BODIES.details(statusCode, headers, body);
      ErrorDetails details = new ErrorDetails(statusCode, headers, or(message, read.message), or(type, read.type),
          or(code, read.code), or(param, read.param), read.requestId, read.bodySnippet);
      details.idempotencyKey = idempotencyKey;
      details.cause = cause;
      return Objects.requireNonNull(factory.create(details, jobMayExist));
    }

    private static String or(String set, String read) {
      return set != null ? set : read;
    }
  }
}
