package dev.sora4j;

import dev.sora4j.model.VideosContract;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;

/**
 * The one retry policy: which failures are retried, and how long to wait before the next attempt.
 *
 * <p>Reads and deletes ({@link Operation#startsJob()} false) are retried like the official SDKs
 * retry them: on connection failures and timeouts, and on 408, 409, 429 and 5xx.
 *
 * <p>Requests that start a billed job are retried only where the server cannot have started the
 * job, because a provider that ignores the {@code Idempotency-Key} would start (and bill) a second
 * job on a retry:
 * <ul>
 *   <li>the connection failed before anything was sent ({@link Transport#NOT_SENT}:
 *       {@link ConnectException}, {@link UnknownHostException}, {@link NoRouteToHostException},
 *       {@link PortUnreachableException}, a connect timeout, a failed TLS handshake);</li>
 *   <li>429, where the server refused the request before doing anything;</li>
 *   <li>any status carrying {@code x-should-retry: true}, the server's own word that a retry is safe.</li>
 * </ul>
 * A 5xx, a 408, a read or call timeout and a connection broken after sending are ambiguous: the
 * job may have started, so they are not retried and the exception says so
 * ({@link VideosException#jobMayExist()}). A caller whose server honours the {@code Idempotency-Key}
 * can opt in to retrying them like reads ({@link RequestOptions.Builder#retryAmbiguousFailures(boolean)}).
 *
 * <p>{@code x-should-retry: false} vetoes any retry. Delays: {@code retry-after-ms}, else
 * {@code retry-after} (seconds or an HTTP date) when it is positive and at most
 * {@link #MAX_RETRY_AFTER_MILLIS}; otherwise {@code min(0.5 s * 2^n, 8 s)} minus up to 25 % jitter.
 */
final class RetryPolicy {
  static final long INITIAL_BACKOFF_MILLIS = 500;
  static final long MAX_BACKOFF_MILLIS = 8_000;
  /** A server asking for a longer wait than this gets the computed backoff instead of stalling the caller. */
  static final long MAX_RETRY_AFTER_MILLIS = 60_000;
  private static final double MAX_JITTER = 0.25;

  /** What a failed exchange that produced no HTTP response tells about the request. */
  enum Transport {
    /** The connection failed before any of the request was sent: the server has seen nothing. */
    NOT_SENT(false, false),
    /** Connecting timed out: the server has seen nothing. */
    CONNECT_TIMEOUT(true, false),
    /** The response did not arrive in time after the request (or part of it) was sent. */
    TIMEOUT_AFTER_SENDING(true, true),
    /** The connection broke after the request (or part of it) was sent. */
    BROKEN_AFTER_SENDING(false, true),
    /** The request body could not be read from its local source (a missing or unreadable file). */
    UNREADABLE_BODY(false, false),
    /** The HTTP client's dispatcher is shut down and refused the call: nothing was sent, and nothing will be. */
    CLIENT_SHUT_DOWN(false, false);

    final boolean timeout;
    final boolean mayHaveReachedServer;

    Transport(boolean timeout, boolean mayHaveReachedServer) {
      this.timeout = timeout;
      this.mayHaveReachedServer = mayHaveReachedServer;
    }
  }

  private final DoubleSupplier random;
  private final Clock clock;

  RetryPolicy() {
    this(() -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
  }

  /**
   * @param random values in [0, 1) that pick the jitter; tests fix it to assert exact delays
   * @param clock the time an HTTP-date {@code retry-after} is measured from
   */
  RetryPolicy(DoubleSupplier random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /**
   * Whether a request that got this error status may be sent again.
   *
   * @param retryAmbiguous whether a job-starting request is retried like a read, because the
   *     caller trusts the server to honour its {@code Idempotency-Key}
   */
  boolean shouldRetry(Operation operation, int status, Headers headers, boolean retryAmbiguous) {
    String shouldRetry = headers.get(VideosContract.SHOULD_RETRY_HEADER);
    if ("true".equalsIgnoreCase(shouldRetry)) {
      return true;
    }
    if ("false".equalsIgnoreCase(shouldRetry)) {
      return false;
    }
    if (operation.startsJob() && !retryAmbiguous) {
      return status == 429;
    }
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /**
   * Whether a request that failed without a response may be sent again.
   *
   * @param retryAmbiguous whether a job-starting request is retried like a read
   */
  boolean shouldRetry(Operation operation, Transport failure, boolean retryAmbiguous) {
    if (failure == Transport.UNREADABLE_BODY || failure == Transport.CLIENT_SHUT_DOWN) {
      return false;
    }
    return !operation.startsJob() || retryAmbiguous || !failure.mayHaveReachedServer;
  }

  /**
   * Whether a job-starting request that got this final error status may still have started a
   * job: a 5xx can come from a gateway after the origin accepted the job, and a 408 from a
   * gateway whose upstream timed out. Other 4xx statuses are refusals.
   */
  static boolean mayHaveStartedJob(int status) {
    return status >= 500 || status == 408;
  }

  /**
   * The wait before retry number {@code retriesDone + 1}.
   *
   * @param retriesDone how many retries were already made (0 before the first retry)
   * @param headers the failed response's headers, or null when there was no response
   */
  long delayMillis(int retriesDone, Headers headers) {
    if (headers != null) {
      long asked = retryAfterMillis(headers);
      if (asked > 0 && asked <= MAX_RETRY_AFTER_MILLIS) {
        return asked;
      }
    }
    long backoff = Math.min(INITIAL_BACKOFF_MILLIS << Math.min(retriesDone, 20), MAX_BACKOFF_MILLIS);
    double jitter = 1 - MAX_JITTER * random.getAsDouble();
    return Math.round(backoff * jitter);
  }

  /** The wait the server asked for, or -1 when it asked for none (or nothing readable). */
  private long retryAfterMillis(Headers headers) {
    String millis = headers.get(VideosContract.RETRY_AFTER_MS_HEADER);
    if (millis != null) {
      try {
        return (long) Double.parseDouble(millis.trim());
      } catch (NumberFormatException e) {
        // fall through to retry-after: a garbled header is no reason to fail the call
      }
    }
    String retryAfter = headers.get(VideosContract.RETRY_AFTER_HEADER);
    if (retryAfter == null) {
      return -1;
    }
    try {
      return (long) (Double.parseDouble(retryAfter.trim()) * 1000);
    } catch (NumberFormatException e) {
      // not seconds: an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US));
      return at.toInstant().toEpochMilli() - clock.millis();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  /**
   * Tells from an I/O failure whether the request can have reached the server. Only failures that
   * happen while connecting count as not sent; everything else is treated as possibly sent, which
   * errs on the side of not repeating a job-starting request.
   */
  static Transport classify(IOException e) {
    if (e instanceof FileNotFoundException || e instanceof FileSystemException) {
      return Transport.UNREADABLE_BODY;
    }
    if (isRejectedByDispatcher(e)) {
      return Transport.CLIENT_SHUT_DOWN;
    }
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || e instanceof PortUnreachableException
        || e instanceof SSLHandshakeException
        || e instanceof SSLPeerUnverifiedException
        || isHttp2ShutdownBeforeSending(e)) {
      return Transport.NOT_SENT;
    }
    if (e instanceof SocketTimeoutException && isConnectTimeout((SocketTimeoutException) e)) {
      return Transport.CONNECT_TIMEOUT;
    }
    if (isTimeout(e)) {
      return Transport.TIMEOUT_AFTER_SENDING;
    }
    return Transport.BROKEN_AFTER_SENDING;
  }

  /** A read or write timeout (SocketTimeoutException) or OkHttp's whole-call timeout (InterruptedIOException "timeout"). */
  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  /**
   * The JDK reports a connect timeout as a SocketTimeoutException "Connect timed out" (older JDKs:
   * "connect timed out"), thrown from {@code Socket.connect}; OkHttp passes it on unwrapped.
   */
  private static boolean isConnectTimeout(SocketTimeoutException e) {
    String message = e.getMessage();
    if (message != null && message.toLowerCase(Locale.ROOT).contains("connect timed out")) {
      return true;
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      if ("java.net.Socket".equals(frame.getClassName()) && "connect".equals(frame.getMethodName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * OkHttp's report of an {@code enqueue} its dispatcher refused because its executor was shut
   * down: an InterruptedIOException "executor rejected", raised before the call touched the
   * network. OkHttp 5 raises it without a cause when it sees the shutdown first, with the
   * RejectedExecutionException as cause when the executor refuses.
   */
  private static boolean isRejectedByDispatcher(IOException e) {
    return e instanceof InterruptedIOException
        && ("executor rejected".equals(e.getMessage()) || e.getCause() instanceof RejectedExecutionException);
  }

  /** OkHttp's own marker for an HTTP/2 connection that shut down before the stream was created. */
  private static boolean isHttp2ShutdownBeforeSending(IOException e) {
    return "okhttp3.internal.http2.ConnectionShutdownException".equals(e.getClass().getName());
  }
}
