package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
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
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Waits for a job to leave {@code queued} / {@code in_progress}. Between checks it pauses for the
 * server's {@code openai-poll-after-ms} hint, else the configured interval, and never past the
 * deadline: the last check happens at the deadline itself, so a job finishing just in time is
 * still caught.
 */
final class Poller {
  static final String POLL_AFTER_HEADER = "openai-poll-after-ms";

  /** Pauses the calling thread; tests replace it to record pauses instead of taking them. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final ScheduledExecutorService scheduler;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  Poller(ScheduledExecutorService scheduler) {
    this(scheduler, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  Poller(ScheduledExecutorService scheduler, LongSupplier nanoClock, Sleeper sleeper) {
    this.scheduler = scheduler;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
  }

  Video poll(String videoId, PollOptions options, Function<String, RawResponse<Video>> retrieve) {
    long deadline = nanoClock.getAsLong() + nanosOf(options.timeout());
    ProgressTracker progress = new ProgressTracker(options.progressListener());
    Video last = null;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(videoId, last, null);
      }
      RawResponse<Video> response = retrieve.apply(videoId);
      last = videoOf(videoId, response);
      progress.saw(last);
      if (isFinal(last)) {
        return finish(last, options);
      }
      long remaining = deadline - nanoClock.getAsLong();
      if (remaining <= 0) {
        throw new PollTimeoutException(last, options.timeout());
      }
      try {
        sleeper.sleep(Math.min(delayNanos(response, options), remaining));
      } catch (InterruptedException e) {
        // The caller cannot catch InterruptedException from this unchecked API, so keep the flag
        // for whoever owns the thread.
        Thread.currentThread().interrupt();
        throw interrupted(videoId, last, e);
      }
    }
  }

  CompletableFuture<Video> pollAsync(String videoId, PollOptions options,
      Function<String, CompletableFuture<RawResponse<Video>>> retrieve) {
    AsyncPoll poll = new AsyncPoll(videoId, options, retrieve, nanoClock.getAsLong() + nanosOf(options.timeout()));
    poll.check();
    return poll.result;
  }

  /**
   * One asynchronous wait: a chain of retrieve futures and scheduled checks, with no thread held in
   * between. Whatever ends the result (completion, failure, or the caller cancelling it) cancels
   * the step in flight and stops the chain.
   */
  private final class AsyncPoll {
    final CompletableFuture<Video> result = new CompletableFuture<>();
    private final String videoId;
    private final PollOptions options;
    private final Function<String, CompletableFuture<RawResponse<Video>>> retrieve;
    private final long deadline;
    private final ProgressTracker progress;
    /** The retrieve future or the scheduled check now under way: what cancellation must stop. */
    private final AtomicReference<Future<?>> inFlight = new AtomicReference<>();

    AsyncPoll(String videoId, PollOptions options, Function<String, CompletableFuture<RawResponse<Video>>> retrieve,
        long deadline) {
      this.videoId = videoId;
      this.options = options;
      this.retrieve = retrieve;
      this.deadline = deadline;
      this.progress = new ProgressTracker(options.progressListener());
      result.whenComplete((video, error) -> cancelInFlight());
    }

    void check() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<RawResponse<Video>> call;
      try {
        call = Objects.requireNonNull(retrieve.apply(videoId), "retrieve returned null");
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
        result.completeExceptionally(unwrap(error));
        return;
      }
      try {
        Video video = videoOf(videoId, response);
        progress.saw(video);
        if (isFinal(video)) {
          result.complete(finish(video, options));
          return;
        }
        long remaining = deadline - nanoClock.getAsLong();
        if (remaining <= 0) {
          result.completeExceptionally(new PollTimeoutException(video, options.timeout()));
          return;
        }
        long delay = Math.min(delayNanos(response, options), remaining);
        Future<?> next = scheduler.schedule(this::check, delay, TimeUnit.NANOSECONDS);
        // With a tiny delay the check may already have run and put its own call in flight;
        // only a slot still holding the finished call may be taken over.
        inFlight.compareAndSet(call, next);
        stopIfEnded(next);
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(new VideosException(
            "cannot schedule the next check of video job " + videoId + ": the client is closed", e));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }

    /** Covers a result that ended while the step was being started, which cancelInFlight missed. */
    private void stopIfEnded(Future<?> step) {
      if (result.isDone()) {
        step.cancel(false);
      }
    }

    private void cancelInFlight() {
      Future<?> step = inFlight.get();
      if (step != null) {
        // false: a running check must not interrupt the scheduler's shared thread.
        step.cancel(false);
      }
    }
  }

  /** Calls the listener on first sight and whenever status or progress differ from the last call. */
  private static final class ProgressTracker {
    private final ProgressListener listener;
    private boolean seen;
    private VideoStatus lastStatus;
    private Integer lastProgress;

    ProgressTracker(ProgressListener listener) {
      this.listener = listener;
    }

    void saw(Video video) {
      if (listener == null) {
        return;
      }
      if (seen && video.status() == lastStatus && Objects.equals(video.progress(), lastProgress)) {
        return;
      }
      seen = true;
      lastStatus = video.status();
      lastProgress = video.progress();
      listener.onProgress(video);
    }
  }

  /** Unknown and missing statuses count as not final: a newer server may have added a transient one. */
  static boolean isFinal(Video video) {
    return video.status() == VideoStatus.COMPLETED || video.status() == VideoStatus.FAILED;
  }

  private static Video finish(Video video, PollOptions options) {
    if (video.status() == VideoStatus.FAILED && options.failOnError()) {
      throw new JobFailedException(video);
    }
    return video;
  }

  private static Video videoOf(String videoId, RawResponse<Video> response) {
    Video video = response == null ? null : response.body();
    if (video == null) {
      throw new MalformedResponseException("no video in the response while waiting for video job " + videoId, null,
          response == null ? null : response.requestId().orElse(null));
    }
    return video;
  }

  /** The server's hint when it gives a usable one, else the configured interval. */
  static long delayNanos(RawResponse<Video> response, PollOptions options) {
    String hint = response.headers().get(POLL_AFTER_HEADER);
    if (hint != null) {
      try {
        long millis = Long.parseLong(hint.trim());
        if (millis >= 0) {
          return TimeUnit.MILLISECONDS.toNanos(millis);
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

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  static String stateOf(Video video) {
    return (video.status() == null ? "without a status" : video.status().toString()) + " at " + video.progress() + "%";
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
