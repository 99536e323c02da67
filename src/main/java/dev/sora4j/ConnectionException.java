package dev.sora4j;

/**
 * The server could not be reached, or the connection failed before a complete response arrived.
 * {@link #jobMayExist()} tells whether a job-starting request may have reached the server anyway.
 */
public class ConnectionException extends VideosException {
  private static final long serialVersionUID = 1L;

  ConnectionException(String message, Throwable cause, boolean jobMayExist, String idempotencyKey) {
    super(message, cause, jobMayExist, idempotencyKey);
  }
}
