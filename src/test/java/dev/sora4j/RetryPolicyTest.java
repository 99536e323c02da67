package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry decisions and delays, without a server. */
class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Headers NONE = Headers.of();

  private final RetryPolicy noJitter = new RetryPolicy(() -> 0.0, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void backoffDoublesFromHalfASecondUpToEightSeconds() {
    assertThat(noJitter.delayMillis(0, null)).isEqualTo(500);
    assertThat(noJitter.delayMillis(1, null)).isEqualTo(1_000);
    assertThat(noJitter.delayMillis(2, null)).isEqualTo(2_000);
    assertThat(noJitter.delayMillis(3, null)).isEqualTo(4_000);
    assertThat(noJitter.delayMillis(4, NONE)).isEqualTo(8_000);
    assertThat(noJitter.delayMillis(5, NONE)).isEqualTo(8_000);
    assertThat(noJitter.delayMillis(500, NONE)).isEqualTo(8_000);
  }

  @Test
  void jitterTakesOffUpToAQuarter() {
    RetryPolicy halfJitter = new RetryPolicy(() -> 0.5, Clock.systemUTC());
    RetryPolicy nearlyFullJitter = new RetryPolicy(() -> 0.999_999, Clock.systemUTC());

    assertThat(halfJitter.delayMillis(0, null)).isEqualTo(438); // 500 * (1 - 0.125)
    assertThat(halfJitter.delayMillis(4, null)).isEqualTo(7_000);
    assertThat(nearlyFullJitter.delayMillis(1, null)).isEqualTo(750);
    RetryPolicy real = new RetryPolicy();
    for (int i = 0; i < 100; i++) {
      assertThat(real.delayMillis(1, null)).isBetween(750L, 1_000L);
    }
  }

  @Test
  void retryAfterMsComesFirstThenRetryAfterInSecondsOrAsADate() {
    assertThat(noJitter.delayMillis(0, Headers.of("retry-after-ms", "1234", "retry-after", "7"))).isEqualTo(1_234);
    assertThat(noJitter.delayMillis(0, Headers.of("retry-after-ms", "12.7"))).isEqualTo(12);
    assertThat(noJitter.delayMillis(0, Headers.of("retry-after", "3"))).isEqualTo(3_000);
    assertThat(noJitter.delayMillis(0, Headers.of("retry-after", "1.5"))).isEqualTo(1_500);
    assertThat(noJitter.delayMillis(0, Headers.of("retry-after", "Sun, 01 Mar 2026 12:00:05 GMT"))).isEqualTo(5_000);
  }

  @Test
  void aServerWaitAboveTheCapOrUnreadableOrInThePastFallsBackToTheBackoff() {
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after", "120"))).isEqualTo(1_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after-ms", "60001"))).isEqualTo(1_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after", "60"))).isEqualTo(60_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after", "0"))).isEqualTo(1_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after", "soon"))).isEqualTo(1_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after-ms", "soon", "retry-after", "2"))).isEqualTo(2_000);
    assertThat(noJitter.delayMillis(1, Headers.of("retry-after", "Sun, 01 Mar 2026 11:59:00 GMT"))).isEqualTo(1_000);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 599})
  void readsAndDeletesRetryTheTransientStatuses(int status) {
    assertThat(noJitter.shouldRetry(Operation.RETRIEVE, status, NONE, false)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.DELETE, status, NONE, false)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 422, 418})
  void nothingRetriesARefusal(int status) {
    assertThat(noJitter.shouldRetry(Operation.LIST, status, NONE, false)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.CREATE, status, NONE, false)).isFalse();
  }

  @Test
  void jobStartingRequestsRetryOnlyA429() {
    for (Operation operation : new Operation[] {Operation.CREATE, Operation.REMIX, Operation.EDIT, Operation.EXTEND,
        Operation.CREATE_CHARACTER}) {
      assertThat(noJitter.shouldRetry(operation, 429, NONE, false)).as(operation.name()).isTrue();
      assertThat(noJitter.shouldRetry(operation, 408, NONE, false)).as(operation.name()).isFalse();
      assertThat(noJitter.shouldRetry(operation, 409, NONE, false)).as(operation.name()).isFalse();
      assertThat(noJitter.shouldRetry(operation, 500, NONE, false)).as(operation.name()).isFalse();
      assertThat(noJitter.shouldRetry(operation, 503, NONE, false)).as(operation.name()).isFalse();
    }
  }

  @Test
  void xShouldRetryOverridesTheStatus() {
    assertThat(noJitter.shouldRetry(Operation.CREATE, 500, Headers.of("x-should-retry", "true"), false)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.RETRIEVE, 400, Headers.of("x-should-retry", "true"), false)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.RETRIEVE, 503, Headers.of("x-should-retry", "false"), false)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.CREATE, 429, Headers.of("x-should-retry", "false"), false)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.RETRIEVE, 503, Headers.of("x-should-retry", "maybe"), false)).isTrue();
  }

  @Test
  void onlyServerErrorsAndTimeoutStatusesLeaveAJobUncertain() {
    assertThat(RetryPolicy.mayHaveStartedJob(500)).isTrue();
    assertThat(RetryPolicy.mayHaveStartedJob(504)).isTrue();
    assertThat(RetryPolicy.mayHaveStartedJob(408)).isTrue();
    assertThat(RetryPolicy.mayHaveStartedJob(429)).isFalse();
    assertThat(RetryPolicy.mayHaveStartedJob(400)).isFalse();
    assertThat(RetryPolicy.mayHaveStartedJob(409)).isFalse();
  }

  @Test
  void failuresWhileConnectingAreNotSent() {
    assertThat(RetryPolicy.classify(new ConnectException("Failed to connect to /127.0.0.1:1")))
        .isEqualTo(RetryPolicy.Transport.NOT_SENT);
    assertThat(RetryPolicy.classify(new UnknownHostException("nowhere.invalid"))).isEqualTo(RetryPolicy.Transport.NOT_SENT);
    assertThat(RetryPolicy.classify(new NoRouteToHostException("No route to host"))).isEqualTo(RetryPolicy.Transport.NOT_SENT);
    assertThat(RetryPolicy.classify(new SocketTimeoutException("Connect timed out")))
        .isEqualTo(RetryPolicy.Transport.CONNECT_TIMEOUT);
    assertThat(RetryPolicy.classify(new SocketTimeoutException("connect timed out")))
        .isEqualTo(RetryPolicy.Transport.CONNECT_TIMEOUT);
  }

  @Test
  void failuresAfterConnectingMayHaveReachedTheServer() {
    assertThat(RetryPolicy.classify(new SocketTimeoutException("timeout"))).isEqualTo(RetryPolicy.Transport.TIMEOUT_AFTER_SENDING);
    assertThat(RetryPolicy.classify(new SocketTimeoutException("Read timed out")))
        .isEqualTo(RetryPolicy.Transport.TIMEOUT_AFTER_SENDING);
    assertThat(RetryPolicy.classify(new InterruptedIOException("timeout"))).isEqualTo(RetryPolicy.Transport.TIMEOUT_AFTER_SENDING);
    assertThat(RetryPolicy.classify(new SocketException("Connection reset"))).isEqualTo(RetryPolicy.Transport.BROKEN_AFTER_SENDING);
    assertThat(RetryPolicy.classify(new ProtocolException("unexpected end of stream")))
        .isEqualTo(RetryPolicy.Transport.BROKEN_AFTER_SENDING);
    assertThat(RetryPolicy.classify(new IOException("Canceled"))).isEqualTo(RetryPolicy.Transport.BROKEN_AFTER_SENDING);
    for (RetryPolicy.Transport kind : new RetryPolicy.Transport[] {RetryPolicy.Transport.TIMEOUT_AFTER_SENDING,
        RetryPolicy.Transport.BROKEN_AFTER_SENDING}) {
      assertThat(kind.mayHaveReachedServer).isTrue();
      assertThat(noJitter.shouldRetry(Operation.RETRIEVE, kind, false)).isTrue();
      assertThat(noJitter.shouldRetry(Operation.CREATE, kind, false)).isFalse();
    }
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.NOT_SENT, false)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.CONNECT_TIMEOUT, false)).isTrue();
  }

  @Test
  void jobStartingRequestsRetryLikeReadsWhenTheCallerOptsIn() {
    for (int status : new int[] {408, 409, 500, 503}) {
      assertThat(noJitter.shouldRetry(Operation.CREATE, status, NONE, true)).as("status %d", status).isTrue();
    }
    assertThat(noJitter.shouldRetry(Operation.CREATE, 400, NONE, true)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.CREATE, 503, Headers.of("x-should-retry", "false"), true)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.TIMEOUT_AFTER_SENDING, true)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.BROKEN_AFTER_SENDING, true)).isTrue();
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.UNREADABLE_BODY, true)).isFalse();
  }

  @Test
  void aCallTheShutDownDispatcherRejectedWasNotSentAndIsNotRetried() {
    // What OkHttp reports when enqueue meets a dispatcher whose executor was shut down: without a
    // cause when the dispatcher sees the shutdown, with one when the executor refuses the task.
    InterruptedIOException seenShutDown = new InterruptedIOException("executor rejected");
    InterruptedIOException refused = new InterruptedIOException("rejected");
    refused.initCause(new RejectedExecutionException("Task rejected"));

    assertThat(RetryPolicy.classify(refused)).isEqualTo(RetryPolicy.Transport.CLIENT_SHUT_DOWN);
    RetryPolicy.Transport kind = RetryPolicy.classify(seenShutDown);
    assertThat(kind).isEqualTo(RetryPolicy.Transport.CLIENT_SHUT_DOWN);
    assertThat(kind.mayHaveReachedServer).isFalse();
    assertThat(noJitter.shouldRetry(Operation.RETRIEVE, kind, false)).isFalse();
    assertThat(noJitter.shouldRetry(Operation.CREATE, kind, true)).isFalse();
  }

  @Test
  void anUnreadableUploadIsNeitherSentNorRetried() {
    assertThat(RetryPolicy.classify(new FileNotFoundException("cat.png"))).isEqualTo(RetryPolicy.Transport.UNREADABLE_BODY);
    assertThat(RetryPolicy.classify(new NoSuchFileException("cat.png"))).isEqualTo(RetryPolicy.Transport.UNREADABLE_BODY);
    assertThat(noJitter.shouldRetry(Operation.CREATE, RetryPolicy.Transport.UNREADABLE_BODY, false)).isFalse();
    assertThat(RetryPolicy.Transport.UNREADABLE_BODY.mayHaveReachedServer).isFalse();
  }
}
