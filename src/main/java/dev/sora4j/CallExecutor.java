package dev.sora4j;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideosContract;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs the calls of every operation: adds the per-call headers (and the {@code Idempotency-Key} of
 * job-starting requests), applies the call timeout, retries as {@link RetryPolicy} allows, and maps
 * failures to exceptions through {@link ErrorMapper}.
 *
 * <p>Blocking calls wait between attempts on the caller's thread; asynchronous calls use
 * {@code Call.enqueue} and schedule their retries on the client's scheduler, so no thread is parked
 * per call, and cancelling the returned future cancels the call in flight and any pending retry.
 * Once the client is closed, new calls fail at once and pending asynchronous ones fail too
 * ({@link PendingCalls}).
 */
final class CallExecutor {
  static final String IDEMPOTENCY_KEY_HEADER = VideosContract.IDEMPOTENCY_KEY_HEADER;
  /** The time limit of a call bounded only by its own timeout and retry budget. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  private final ClientConfig config;
  private final ScheduledExecutorService scheduler;
  private final PendingCalls pending;
  private final RetryPolicy retryPolicy;
  private final ErrorMapper errors;
  private final Sleeper sleeper;

  CallExecutor(ClientConfig config, Moshi moshi, ScheduledExecutorService scheduler, PendingCalls pending) {
    this(config, moshi, scheduler, pending, new RetryPolicy(), Sleeper.SYSTEM);
  }

  CallExecutor(ClientConfig config, Moshi moshi, ScheduledExecutorService scheduler, PendingCalls pending,
      RetryPolicy retryPolicy, Sleeper sleeper) {
    this.config = config;
    this.scheduler = scheduler;
    this.pending = pending;
    this.retryPolicy = retryPolicy;
    this.errors = new ErrorMapper(moshi, config.apiKey);
    this.sleeper = sleeper;
  }

  /**
   * Runs a call to its end, retrying within the budget.
   *
   * @throws VideosException when the call fails for good, when the client is closed, or when the
   *     thread is interrupted while waiting to retry (the interrupt flag is then set again)
   */
  <T> RawResponse<T> execute(Operation operation, RequestOptions options, CallFactory<T> calls) {
    return execute(operation, options, calls, UNBOUNDED);
  }

  /**
   * Runs a call that must end within {@code withinNanos}: each attempt's timeout is cut to the time
   * left, and a retry whose pause would not end before then is not made.
   */
  <T> RawResponse<T> execute(Operation operation, RequestOptions options, CallFactory<T> calls, long withinNanos) {
    Run<T> run = new Run<>(operation, options, calls, withinNanos);
    while (true) {
      if (pending.isClosed()) {
        throw run.closed(false);
      }
      Call<T> call = run.newCall();
      Step<T> step;
      try {
        step = run.onResponse(call.execute());
      } catch (IOException | JsonDataException e) {
        step = run.onFailure(call, e);
      }
      if (step.response != null) {
        return step.response;
      }
      if (step.retryDelayMillis < 0) {
        throw step.failure;
      }
      try {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException(); // interrupted during the attempt: do not start another
        }
        sleeper.sleep(TimeUnit.MILLISECONDS.toNanos(step.retryDelayMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw run.interrupted(step);
      }
    }
  }

  /**
   * Runs a call without blocking. The future completes with the response or a
   * {@link VideosException}; cancelling it cancels the call in flight and stops further retries.
   */
  <T> CompletableFuture<RawResponse<T>> executeAsync(Operation operation, RequestOptions options,
      CallFactory<T> calls) {
    return executeAsync(operation, options, calls, UNBOUNDED);
  }

  /**
   * Like {@link #executeAsync(Operation, RequestOptions, CallFactory)}, for a call that must end
   * within {@code withinNanos} (see {@link #execute(Operation, RequestOptions, CallFactory, long)}).
   */
  <T> CompletableFuture<RawResponse<T>> executeAsync(Operation operation, RequestOptions options,
      CallFactory<T> calls, long withinNanos) {
    AsyncRun<T> run = new AsyncRun<>(new Run<>(operation, options, calls, withinNanos));
    pending.track(run.result, run::closed);
    run.attempt();
    return run.result;
  }

  /** What one attempt led to: a response, a retry after a delay, or a final failure. */
  private static final class Step<T> {
    final RawResponse<T> response;
    final VideosException failure;
    /** The wait before the next attempt; negative when there is none. */
    final long retryDelayMillis;

    private Step(RawResponse<T> response, VideosException failure, long retryDelayMillis) {
      this.response = response;
      this.failure = failure;
      this.retryDelayMillis = retryDelayMillis;
    }

    static <T> Step<T> success(RawResponse<T> response) {
      return new Step<>(response, null, -1);
    }

    static <T> Step<T> fail(VideosException failure) {
      return new Step<>(null, failure, -1);
    }

    static <T> Step<T> retry(VideosException failure, long delayMillis) {
      return new Step<>(null, failure, delayMillis);
    }
  }

  /**
   * The state of one call across its attempts; driven by one thread at a time (the fields read by
   * {@link #closed} come from the thread closing the client, hence volatile).
   */
  private final class Run<T> {
    private final Operation operation;
    private final CallFactory<T> calls;
    private final Map<String, String> headers;
    /** Sent on every attempt of a job-starting request; null for other requests. */
    private final String idempotencyKey;
    private final Duration timeout;
    private final int maxRetries;
    private final boolean retryAmbiguous;
    /** When the call must be over, on System.nanoTime's scale; meaningless unless {@link #bounded}. */
    private final long deadline;
    private final boolean bounded;
    private volatile int attempts;
    /** False when the body can be sent only once (a stream upload): then a sent request is never repeated. */
    private boolean replayable = true;
    /** Set when an ambiguous failure of a job-starting request was retried (by the caller's choice). */
    private volatile boolean earlierAttemptMayHaveStartedJob;

    Run(Operation operation, RequestOptions options, CallFactory<T> calls, long withinNanos) {
      this.operation = operation;
      this.calls = calls;
      this.maxRetries = options.maxRetries().orElse(config.maxRetries);
      this.retryAmbiguous = options.retryAmbiguousFailures();
      // A download may stream for longer than any sensible whole-call limit: only the read
      // timeout (the longest silence) bounds it, unless the caller asked for a limit.
      this.timeout = options.timeout().orElse(operation == Operation.DOWNLOAD_CONTENT ? null : config.callTimeout);
      this.bounded = withinNanos != UNBOUNDED;
      this.deadline = bounded ? System.nanoTime() + withinNanos : 0;
      Map<String, String> headers = new LinkedHashMap<>(options.headers());
      if (operation.startsJob()) {
        String fromHeaders = removeIgnoringCase(headers, IDEMPOTENCY_KEY_HEADER);
        this.idempotencyKey = options.idempotencyKey()
            .orElseGet(() -> fromHeaders != null ? fromHeaders : "sora4j-" + UUID.randomUUID());
        headers.put(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
      } else {
        this.idempotencyKey = null;
      }
      this.headers = Collections.unmodifiableMap(headers);
    }

    Call<T> newCall() {
      Call<T> call = calls.newCall(headers);
      long timeoutNanos = timeout == null ? 0 : saturatedNanos(timeout);
      if (bounded) {
        long left = Math.max(deadline - System.nanoTime(), 1);
        timeoutNanos = timeoutNanos == 0 ? left : Math.min(timeoutNanos, left);
      }
      if (timeoutNanos == 0) {
        call.timeout().clearTimeout();
      } else {
        call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
      }
      if (attempts == 0) {
        RequestBody body = call.request().body();
        replayable = body == null || !body.isOneShot();
      }
      attempts++;
      return call;
    }

    private boolean retriesLeft() {
      return attempts <= maxRetries;
    }

    /** Whether a retry after this pause still starts before the call's time is up. */
    private boolean fitsInTime(long delayMillis) {
      return !bounded || deadline - System.nanoTime() > TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    Step<T> onResponse(Response<T> response) {
      if (response.isSuccessful()) {
        T body = response.body();
        if (body == null) {
          return Step.fail(errors.malformed(operation, response.code(), response.headers(), null, idempotencyKey));
        }
        if (operation.returnsJob() && !hasJobId(body)) {
          return Step.fail(errors.missingJobId(operation, response.code(), response.headers(), idempotencyKey));
        }
        return Step.success(new RawResponse<>(body, response.code(), response.headers()));
      }
      int status = response.code();
      Headers headers = response.headers();
      boolean allowed = retryPolicy.shouldRetry(operation, status, headers, retryAmbiguous) && retriesLeft();
      long delay = allowed && replayable ? retryPolicy.delayMillis(attempts - 1, headers) : -1;
      boolean retry = delay >= 0 && fitsInTime(delay);
      String notRetriedBecause = !allowed || retry ? null
          : !replayable ? "the request body is a stream, which can be sent only once"
          : "the time left for the call is shorter than the pause before a retry";
      boolean ambiguous = operation.startsJob() && RetryPolicy.mayHaveStartedJob(status);
      boolean jobMayExist = !retry && (ambiguous || earlierAttemptMayHaveStartedJob);
      if (retry && ambiguous && !retryPolicy.shouldRetry(operation, status, headers, false)) {
        earlierAttemptMayHaveStartedJob = true;
      }
      ApiException failure = errors.fromResponse(operation, response, attempts, jobMayExist, idempotencyKey,
          notRetriedBecause);
      return retry ? Step.<T>retry(failure, delay) : Step.<T>fail(failure);
    }

    Step<T> onFailure(Call<T> call, Throwable thrown) {
      if (isUnreadableJson(thrown)) {
        return Step.fail(errors.malformed(operation, -1, null, thrown, idempotencyKey));
      }
      if (thrown instanceof RuntimeException) {
        throw (RuntimeException) thrown;
      }
      if (thrown instanceof Error) {
        throw (Error) thrown;
      }
      if (!(thrown instanceof IOException)) {
        throw new VideosException(operation.methodName() + ": unexpected failure", thrown, false, idempotencyKey);
      }
      IOException failure = (IOException) thrown;
      RetryPolicy.Transport kind = RetryPolicy.classify(failure);
      boolean allowed = retriesLeft() && retryPolicy.shouldRetry(operation, kind, retryAmbiguous)
          && (replayable || !kind.mayHaveReachedServer);
      long delay = allowed ? retryPolicy.delayMillis(attempts - 1, null) : -1;
      boolean retry = delay >= 0 && fitsInTime(delay);
      boolean ambiguous = operation.startsJob() && kind.mayHaveReachedServer;
      boolean jobMayExist = !retry && (ambiguous || earlierAttemptMayHaveStartedJob);
      if (retry && ambiguous) {
        earlierAttemptMayHaveStartedJob = true;
      }
      VideosException mapped = errors.fromTransport(operation, failure, kind, call.request().url(), attempts,
          jobMayExist, idempotencyKey);
      return retry ? Step.<T>retry(mapped, delay) : Step.<T>fail(mapped);
    }

    VideosException interrupted(Step<T> step) {
      return new VideosException(operation.methodName() + ": interrupted while waiting " + step.retryDelayMillis
          + " ms to retry (after attempt " + attempts + " of " + (maxRetries + 1) + "); the last attempt failed: "
          + step.failure.getMessage(), step.failure, step.failure.jobMayExist(), idempotencyKey);
    }

    /**
     * The failure of a call the client's closing stopped.
     *
     * @param awaitingResponse whether an attempt was sent (or being sent) and not yet answered
     */
    VideosException closed(boolean awaitingResponse) {
      boolean jobMayExist = operation.startsJob() && (awaitingResponse || earlierAttemptMayHaveStartedJob);
      return errors.clientClosed(operation, attempts > 0, jobMayExist, idempotencyKey);
    }
  }

  /** One asynchronous call: each attempt is enqueued, each retry scheduled. */
  private final class AsyncRun<T> implements Callback<T> {
    final CompletableFuture<RawResponse<T>> result = new CompletableFuture<>();
    private final Run<T> run;
    private volatile Call<T> inFlight;
    private volatile Future<?> pendingRetry;
    /** True from the enqueue of an attempt until its outcome arrives. */
    private volatile boolean awaitingResponse;
    /** Set just before this run completes the future itself; any other completion is a cancellation. */
    private volatile boolean settling;

    AsyncRun(Run<T> run) {
      this.run = run;
      // Cancelled, completed by the caller (orTimeout, complete) or failed by close(): stop the
      // call and its retries. Never after completing it ourselves: cancelling the call then would
      // cut a download's body.
      result.whenComplete((response, failure) -> {
        if (!settling) {
          stop();
        }
      });
    }

    VideosException closed() {
      return run.closed(awaitingResponse);
    }

    void attempt() {
      if (result.isDone()) {
        return;
      }
      Call<T> call;
      try {
        call = run.newCall();
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      inFlight = call;
      if (result.isDone()) {
        return; // cancelled while the call was made: never send it
      }
      awaitingResponse = true;
      call.enqueue(this);
    }

    @Override
    public void onResponse(Call<T> call, Response<T> response) {
      awaitingResponse = false;
      if (result.isDone()) {
        closeQuietly(response.body());
        return;
      }
      handle(() -> run.onResponse(response));
    }

    @Override
    public void onFailure(Call<T> call, Throwable failure) {
      awaitingResponse = false;
      if (!result.isDone()) {
        handle(() -> run.onFailure(call, failure));
      }
    }

    private void handle(Supplier<Step<T>> attemptOutcome) {
      Step<T> step;
      try {
        step = attemptOutcome.get();
      } catch (RuntimeException | Error e) {
        fail(e);
        return;
      }
      if (step.response != null) {
        settling = true;
        if (!result.complete(step.response)) {
          closeQuietly(step.response.body());
        }
      } else if (step.retryDelayMillis < 0) {
        fail(step.failure);
      } else {
        scheduleRetry(step);
      }
    }

    private void fail(Throwable failure) {
      settling = true;
      result.completeExceptionally(failure);
    }

    private void scheduleRetry(Step<T> step) {
      try {
        pendingRetry = scheduler.schedule(this::attempt, step.retryDelayMillis, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        fail(new VideosException(run.operation.methodName()
            + ": not retried, the client is closed; the last attempt failed: " + step.failure.getMessage(),
            step.failure, step.failure.jobMayExist(), run.idempotencyKey));
        return;
      }
      if (result.isDone()) {
        pendingRetry.cancel(false);
      }
    }

    private void stop() {
      Future<?> retry = pendingRetry;
      if (retry != null) {
        retry.cancel(false);
      }
      Call<T> call = inFlight;
      if (call != null) {
        call.cancel();
      }
    }
  }

  /**
   * A body the JSON reader rejected: Moshi's own exceptions, and its "End of input" for an empty
   * body, which is an {@link EOFException} thrown by Moshi itself rather than by the connection.
   */
  static boolean isUnreadableJson(Throwable thrown) {
    if (thrown instanceof JsonDataException || thrown instanceof JsonEncodingException) {
      return true;
    }
    if (thrown instanceof EOFException) {
      StackTraceElement[] stack = thrown.getStackTrace();
      return stack.length > 0 && stack[0].getClassName().startsWith("com.squareup.moshi.");
    }
    return false;
  }

  private static boolean hasJobId(Object body) {
    String id = body instanceof Video ? ((Video) body).id() : null;
    return id != null && !id.trim().isEmpty();
  }

  /**
   * A timeout of centuries means "no practical limit", not an overflow: capped well below
   * Long.MAX_VALUE because the timeout is added to the current nanoTime.
   */
  private static long saturatedNanos(Duration duration) {
    long cap = Long.MAX_VALUE / 4;
    try {
      return Math.min(duration.toNanos(), cap);
    } catch (ArithmeticException e) {
      return cap;
    }
  }

  private static String removeIgnoringCase(Map<String, String> headers, String name) {
    String value = null;
    for (Iterator<Map.Entry<String, String>> it = headers.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, String> header = it.next();
      if (header.getKey().equalsIgnoreCase(name)) {
        value = header.getValue();
        it.remove();
      }
    }
    return value;
  }

  private static void closeQuietly(Object body) {
    if (body instanceof Closeable) {
      try {
        ((Closeable) body).close();
      } catch (IOException | RuntimeException e) {
        // nobody is waiting for this body any more
      }
    }
  }
}
