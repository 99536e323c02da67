package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideosContract;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Waits for a job to leave {@code queued} / {@code in_progress}. Between checks it pauses for the
 * server's {@code openai-poll-after-ms} hint (at least {@value #MIN_POLL_AFTER_MILLIS} ms), else
 * the configured interval, and never past the deadline: the last check happens at the deadline
 * itself, so a job finishing just in time is still caught.
 *
 * <p>The timeout bounds the checks too: each gets the time left to wait, but at least
 * {@link #MIN_CHECK_NANOS}, so that the check at the deadline can answer. A check that times out
 * once the deadline has passed ends the wait with a {@link PollTimeoutException}; an asynchronous
 * wait also has a deadline task that ends it so and cancels the check in flight, whatever that
 * check does.
 */
final class Poller {
  static final String POLL_AFTER_HEADER = VideosContract.POLL_AFTER_MS_HEADER;
  /**
   * The shortest pause a server's hint may ask for: a hint of 0 must not turn the wait into a busy
   * loop, and ten checks a second is already more than any real job needs.
   */
  static final long MIN_POLL_AFTER_MILLIS = 100;
  /**
   * The least time a check gets to answer: the check at the deadline would otherwise get none. A
   * wait thus ends at most this long after its timeout.
   */
  static final long MIN_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** Fetches the job once, within the given time. */
  interface Check<R> {
    R fetch(String videoId, long withinNanos);
  }

  private final ScheduledExecutorService scheduler;
  private final PendingCalls pending;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  Poller(ScheduledExecutorService scheduler, PendingCalls pending) {
    this(scheduler, pending, System::nanoTime, Sleeper.SYSTEM);
  }

  Poller(ScheduledExecutorService scheduler, PendingCalls pending, LongSupplier nanoClock, Sleeper sleeper) {
    this.scheduler = scheduler;
    this.pending = pending;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  Video poll(String videoId, PollOptions options, Check<RawResponse<Video>> retrieve) {
    return poll(videoId, options, retrieve, null);
  }

  /**
   * Waits, starting from a state the caller already has (the answer of the create or retrieve
   * that preceded the wait): that state counts as the first check, so the first request goes out
   * one pause later, and a state already final ends the wait without any request.
   *
   * @param known the last answer about the job, or null to check at once
   */
  Video poll(String videoId, PollOptions options, Check<RawResponse<Video>> retrieve, RawResponse<Video> known) {
    long deadline = nanoClock.getAsLong() + nanosOf(options.timeout());
    ProgressTracker progress = new ProgressTracker(options);
    Video last = null;
    if (known != null) {
      last = known.body();
      progress.saw(last);
      if (options.isFinal(last)) {
        return finish(last, options);
      }
      pause(videoId, last, Math.min(delayNanos(known, options), deadline - nanoClock.getAsLong()));
    }
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(videoId, last, null);
      }
      RawResponse<Video> response;
      try {
        response = retrieve.fetch(videoId, checkTime(deadline));
      } catch (VideosTimeoutException e) {
        // Past the deadline, the check was cut short by the wait's own bound: the wait timed out.
        throw nanoClock.getAsLong() - deadline >= 0 ? new PollTimeoutException(videoId, last, options.timeout(), e) : e;
      }
      last = response.body();
      progress.saw(last);
      if (options.isFinal(last)) {
        return finish(last, options);
      }
      long remaining = deadline - nanoClock.getAsLong();
      if (remaining <= 0) {
        throw new PollTimeoutException(videoId, last, options.timeout(), null);
      }
      pause(videoId, last, Math.min(delayNanos(response, options), remaining));
    }
  }

  private void pause(String videoId, Video last, long nanos) {
    try {
      sleeper.sleep(Math.max(nanos, 0));
    } catch (InterruptedException e) {
      // The caller cannot catch InterruptedException from this unchecked API, so keep the flag
      // for whoever owns the thread.
      Thread.currentThread().interrupt();
      throw interrupted(videoId, last, e);
    }
  }

  CompletableFuture<Video> pollAsync(String videoId, PollOptions options,
      Check<CompletableFuture<RawResponse<Video>>> retrieve) {
    return pollAsync(videoId, options, retrieve, null);
  }

  /**
   * Waits without a thread, starting from a state the caller already has, as
   * {@link #poll(String, PollOptions, Check, RawResponse)} does.
   *
   * @param known the last answer about the job, or null to check at once
   */
  CompletableFuture<Video> pollAsync(String videoId, PollOptions options,
      Check<CompletableFuture<RawResponse<Video>>> retrieve, RawResponse<Video> known) {
    AsyncPoll poll = new AsyncPoll(videoId, options, retrieve, nanoClock.getAsLong() + nanosOf(options.timeout()));
    pending.track(poll.result, poll::closed);
    poll.start(known);
    return poll.result;
  }

  /** The time a check may take: what is left to wait, but never less than {@link #MIN_CHECK_NANOS}. */
  private long checkTime(long deadline) {
    return Math.max(deadline - nanoClock.getAsLong(), MIN_CHECK_NANOS);
  }

  /**
   * One asynchronous wait: a chain of retrieve futures and scheduled checks, with no thread held in
   * between, and a deadline task. Whatever ends the result (completion, failure, the deadline,
   * closing the client, or the caller cancelling it) cancels the step in flight and stops the chain.
   */
  private final class AsyncPoll {
    final CompletableFuture<Video> result = new CompletableFuture<>();
    private final String videoId;
    private final PollOptions options;
    private final Check<CompletableFuture<RawResponse<Video>>> retrieve;
    private final long deadline;
    private final ProgressTracker progress;
    /** The retrieve future or the scheduled check now under way: what cancellation must stop. */
    private final AtomicReference<Future<?>> inFlight = new AtomicReference<>();
    private volatile Future<?> deadlineTask;
    private volatile Video last;

    AsyncPoll(String videoId, PollOptions options, Check<CompletableFuture<RawResponse<Video>>> retrieve,
        long deadline) {
      this.videoId = videoId;
      this.options = options;
      this.retrieve = retrieve;
      this.deadline = deadline;
      this.progress = new ProgressTracker(options);
      result.whenComplete((video, error) -> stop());
    }

    void start(RawResponse<Video> known) {
      if (result.isDone()) {
        return;
      }
      // The check at the deadline gets MIN_CHECK_NANOS to answer, so the wait's end is a little later.
      long end = deadline - nanoClock.getAsLong() + MIN_CHECK_NANOS;
      try {
        deadlineTask = scheduler.schedule(this::onDeadline, end, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(closed());
        return;
      }
      stopIfEnded(deadlineTask);
      if (known == null) {
        check();
      } else {
        onResponse(null, known, null);
      }
    }

    private void onDeadline() {
      result.completeExceptionally(new PollTimeoutException(videoId, last, options.timeout(), null));
    }

    void check() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<RawResponse<Video>> call;
      try {
        call = Objects.requireNonNull(retrieve.fetch(videoId, checkTime(deadline)), "retrieve returned null");
      } catch (Throwable e) {
        result.completeExceptionally(e);
        return;
      }
      inFlight.set(call);
      stopIfEnded(call);
      call.whenComplete((response, error) -> onResponse(call, response, error));
    }

    private void onResponse(Future<?> call, RawResponse<Video> response, Throwable error) {
      if (result.isDone()) {
        return;
      }
      if (error != null) {
        Throwable cause = unwrap(error);
        result.completeExceptionally(cause instanceof VideosTimeoutException && nanoClock.getAsLong() - deadline >= 0
            ? new PollTimeoutException(videoId, last, options.timeout(), cause)
            : cause);
        return;
      }
      try {
        Video video = response.body();
        last = video;
        progress.saw(video);
        if (options.isFinal(video)) {
          result.complete(finish(video, options));
          return;
        }
        long remaining = deadline - nanoClock.getAsLong();
        if (remaining <= 0) {
          result.completeExceptionally(new PollTimeoutException(videoId, video, options.timeout(), null));
          return;
        }
        long delay = Math.min(delayNanos(response, options), remaining);
        Future<?> next = scheduler.schedule(this::check, delay, TimeUnit.NANOSECONDS);
        // With a tiny delay the check may already have run and put its own call in flight;
        // only a slot still holding the finished call may be taken over.
        inFlight.compareAndSet(call, next);
        stopIfEnded(next);
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(closed());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }

    /** The failure of a wait the client's closing stopped. */
    VideosException closed() {
      Video seen = last;
      return new VideosException("client closed while waiting for video job " + videoId
          + (seen == null ? "" : " (last seen " + stateOf(seen) + ")") + "; the job goes on", null);
    }

    /** Covers a result that ended while the step was being started, which stop() missed. */
    private void stopIfEnded(Future<?> step) {
      if (result.isDone()) {
        step.cancel(false);
      }
    }

    private void stop() {
      // false: a running check must not interrupt the scheduler's shared thread.
      Future<?> step = inFlight.get();
      if (step != null) {
        step.cancel(false);
      }
      Future<?> task = deadlineTask;
      if (task != null) {
        task.cancel(false);
      }
    }
  }

  /** Calls the listener on first sight and whenever status or progress differ from the last call. */
  private static final class ProgressTracker {
    private final ProgressListener listener;
    private boolean seen;
    private String lastStatus;
    private Integer lastProgress;

    ProgressTracker(PollOptions options) {
      this.listener = options.progressListener().orElse(null);
    }

    void saw(Video video) {
      if (listener == null) {
        return;
      }
      if (seen && Objects.equals(video.rawStatus(), lastStatus) && Objects.equals(video.progress(), lastProgress)) {
        return;
      }
      seen = true;
      lastStatus = video.rawStatus();
      lastProgress = video.progress();
      listener.onProgress(video);
    }
  }

  private static Video finish(Video video, PollOptions options) {
    if (options.failOnError() && PollOptions.hasFailed(video)) {
      throw new JobFailedException(video);
    }
    return video;
  }

  /** The server's hint when it gives a usable one (floored at {@link #MIN_POLL_AFTER_MILLIS}), else the configured interval. */
  static long delayNanos(RawResponse<Video> response, PollOptions options) {
    String hint = response.headers().get(POLL_AFTER_HEADER);
    if (hint != null) {
      try {
        long millis = Long.parseLong(hint.trim());
        if (millis >= 0) {
          return TimeUnit.MILLISECONDS.toNanos(Math.max(millis, MIN_POLL_AFTER_MILLIS));
        }
      } catch (NumberFormatException e) {
        // A malformed hint is the server's mistake; fall back to the interval rather than fail the wait.
      }
    }
    return nanosOf(options.interval());
  }

  /** Converts without overflow: a timeout of centuries means "no practical limit", not an error. */
  private static long nanosOf(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      // Half of Long.MAX_VALUE keeps "now + timeout" from overflowing too.
      return Long.MAX_VALUE / 2;
    }
  }

  private static VideosException interrupted(String videoId, Video last, InterruptedException cause) {
    return new VideosException("interrupted while waiting for video job " + videoId
        + (last == null ? "" : " (last seen " + stateOf(last) + ")"), cause);
  }

  /** The failure inside a future's wrappers; also used by the bulk runner, which chains the same futures. */
  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  static String stateOf(Video video) {
    return (video.rawStatus() == null ? "without a status" : video.rawStatus()) + " at " + video.progress() + "%";
  }

  static String describe(Duration duration) {
    if (duration.compareTo(Duration.ofDays(365)) > 0) {
      return duration.toString();
    }
    long millis = duration.toMillis();
    if (millis % 60_000 == 0) {
      return (millis / 60_000) + " min";
    }
    if (millis % 1_000 == 0) {
      return (millis / 1_000) + " s";
    }
    return millis + " ms";
  }
}
