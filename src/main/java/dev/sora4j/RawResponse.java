package dev.sora4j;

import dev.sora4j.model.VideosContract;
import java.util.Optional;
import okhttp3.Headers;

/**
 * A parsed result together with the HTTP response it came from.
 *
 * @param <T> the type of the parsed body
 */
public final class RawResponse<T> {
  private final T body;
  private final int statusCode;
  private final Headers headers;

  RawResponse(T body, int statusCode, Headers headers) {
    this.body = body;
    this.statusCode = statusCode;
    this.headers = headers;
  }

  /**
   * Returns the parsed body.
   *
   * @return the body
   */
  public T body() {
    return body;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers, never null
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the {@code x-request-id} header.
   *
   * @return the request id, empty when the server sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(headers.get(VideosContract.REQUEST_ID_HEADER));
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", requestId=" + headers.get(VideosContract.REQUEST_ID_HEADER)
        + ", body=" + body + "}";
  }
}
