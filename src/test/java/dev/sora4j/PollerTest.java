package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Waiting for a job, blocking and asynchronous, on a fake clock: the pauses the poller asks for are
 * recorded instead of taken, so no test waits for real seconds.
 */
@Timeout(5)
class PollerTest {
  private static final String ID = "video_123";
  private static final JsonAdapter<Video> VIDEO_ADAPTER = new Moshi.Builder().build().adapter(Video.class);

  private final FakeTime time = new FakeTime();
  private final VirtualScheduler scheduler = new VirtualScheduler(time);
  private final Poller poller = new Poller(scheduler, new PendingCalls(), time::now, time::sleep);

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  // ---- blocking ---------------------------------------------------------------------------

  @Test
  void waitsAsLongAsTheServersPollAfterHeaderSays() {
    Responses responses = new Responses(
        response(video("queued", 0), "2500"),
        response(video("in_progress", 50), "700"),
        response(video("completed", 100), null));

    Video done = poller.poll(ID, PollOptions.defaults(), responses);

    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(time.sleptMillis).containsExactly(2500L, 700L);
    assertThat(responses.calls).containsExactly(ID, ID, ID);
  }

  @Test
  void withoutAHeaderWaitsOneSecondOrTheConfiguredInterval() {
    poller.poll(ID, PollOptions.defaults(), new Responses(
        response(video("queued", 0), null),
        response(video("in_progress", 10), null),
        response(video("completed", 100), null)));
    assertThat(time.sleptMillis).containsExactly(1000L, 1000L);

    time.sleptMillis.clear();
    poller.poll(ID, PollOptions.builder().interval(Duration.ofMillis(250)).build(), new Responses(
        response(video("queued", 0), "not-a-number"),
        response(video("in_progress", 10), "-5"),
        response(video("completed", 100), null)));
    assertThat(time.sleptMillis).as("malformed and negative hints fall back to the interval").containsExactly(250L, 250L);
  }

  @Test
  void givesUpAtTheTimeoutAfterALastCheckAtTheDeadline() {
    Responses responses = new Responses(response(video("in_progress", 40), null));
    PollOptions options = PollOptions.builder().timeout(Duration.ofMillis(3500)).build();

    assertThatThrownBy(() -> poller.poll(ID, options, responses))
        .isInstanceOfSatisfying(PollTimeoutException.class, e -> {
          assertThat(e.video().status()).isEqualTo(VideoStatus.IN_PROGRESS);
          assertThat(e.video().progress()).isEqualTo(40);
        })
        .hasMessageContaining(ID)
        .hasMessageContaining("in_progress at 40%")
        .hasMessageContaining("3500 ms");
    assertThat(time.sleptMillis).containsExactly(1000L, 1000L, 1000L, 500L);
    assertThat(responses.calls).hasSize(5);
  }

  @Test
  void tellsTheListenerOnFirstSightAndOnEveryChangeOnly() {
    List<String> heard = new ArrayList<>();
    PollOptions options = PollOptions.builder()
        .progressListener(video -> heard.add(video.status() + " " + video.progress()))
        .build();

    poller.poll(ID, options, new Responses(
        response(video("queued", 0), null),
        response(video("queued", 0), null),
        response(video("in_progress", 40), null),
        response(video("in_progress", 40), null),
        response(video("in_progress", 80), null),
        response(video("completed", 100), null)));

    assertThat(heard).containsExactly("queued 0", "in_progress 40", "in_progress 80", "completed 100");
  }

  @Test
  void aListenerThatThrowsStopsTheWait() {
    Responses responses = new Responses(response(video("queued", 0), null));
    PollOptions options = PollOptions.builder().progressListener(video -> {
      throw new IllegalStateException("listener broke");
    }).build();

    assertThatThrownBy(() -> poller.poll(ID, options, responses)).hasMessage("listener broke");
    assertThat(responses.calls).hasSize(1);
  }

  @Test
  void aFailedJobIsReturnedWithItsErrorByDefault() {
    Video failed = poller.poll(ID, PollOptions.defaults(), new Responses(
        response(video("in_progress", 30), null),
        response(failedVideo(), null)));

    assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
    assertThat(failed.error()).hasValueSatisfying(error -> {
      assertThat(error.code()).isEqualTo("moderation_blocked");
      assertThat(error.message()).isEqualTo("The prompt was blocked.");
    });
  }

  @Test
  void failOnErrorTurnsAFailedJobIntoAnException() {
    PollOptions options = PollOptions.builder().failOnError(true).build();

    assertThatThrownBy(() -> poller.poll(ID, options, new Responses(response(failedVideo(), null))))
        .isInstanceOfSatisfying(JobFailedException.class, e -> assertThat(e.video().id()).isEqualTo(ID))
        .isInstanceOf(VideosException.class)
        .hasMessage("video job video_123 failed: moderation_blocked: The prompt was blocked.");
  }

  @Test
  void anUnknownOrMissingStatusIsNotFinal() {
    Responses responses = new Responses(
        response(video("\"rendering\"", 50, true), null),
        response(videoWithoutStatus(), null),
        response(video("completed", 100), null));

    Video done = poller.poll(ID, PollOptions.defaults(), responses);

    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(responses.calls).hasSize(3);
  }

  @Test
  void failuresOfTheRetrieveFunctionPropagate() {
    ConnectionException failure = new ConnectionException("connection reset", null, false, null);

    assertThatThrownBy(() -> poller.poll(ID, PollOptions.defaults(), (id, within) -> {
      throw failure;
    })).isSameAs(failure);
  }

  @Test
  void anInterruptStopsTheWaitPromptlyAndKeepsTheFlag() throws Exception {
    Poller realTime = new Poller(scheduler, new PendingCalls());
    CountDownLatch firstCheckDone = new CountDownLatch(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    Thread waiter = new Thread(() -> {
      try {
        realTime.poll(ID, PollOptions.builder().interval(Duration.ofSeconds(30)).build(), (id, within) -> {
          calls.incrementAndGet();
          firstCheckDone.countDown();
          return response(video("in_progress", 10), null);
        });
      } catch (Throwable e) {
        thrown.set(e);
        flagKept.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    assertThat(firstCheckDone.await(1, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    waiter.interrupt();
    waiter.join(1000);

    assertThat(waiter.isAlive()).isFalse();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
    assertThat(thrown.get()).isInstanceOf(VideosException.class)
        .hasCauseInstanceOf(InterruptedException.class)
        .hasMessageContaining(ID)
        .hasMessageContaining("in_progress at 10%");
    assertThat(flagKept).isTrue();
    assertThat(calls).hasValue(1);
  }

  @Test
  void anAlreadyInterruptedThreadDoesNotStartWaiting() {
    Responses responses = new Responses(response(video("queued", 0), null));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> poller.poll(ID, PollOptions.defaults(), responses))
          .isInstanceOf(VideosException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(responses.calls).isEmpty();
  }

  // ---- asynchronous -----------------------------------------------------------------------

  @Test
  void asyncCompletesWithTheFinalJobHonouringTheHeaderBetweenChecks() throws Exception {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    Responses responses = new Responses(
        response(video("queued", 0), "2500"),
        response(video("in_progress", 60), null),
        response(video("completed", 100), null));

    CompletableFuture<Video> result = poller.pollAsync(ID,
        PollOptions.builder().progressListener(video -> heard.add(video.status() + " " + video.progress())).build(),
        responses.async());
    scheduler.runUntilIdle();

    assertThat(result.get(2, TimeUnit.SECONDS).status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(scheduler.delaysMillis).containsExactly(2500L, 1000L);
    assertThat(heard).containsExactly("queued 0", "in_progress 60", "completed 100");
  }

  @Test
  void aKnownStateIsTheFirstCheckBlockingAndAsync() throws Exception {
    Responses blocking = new Responses(response(video("completed", 100), null));
    Video done = poller.poll(ID, PollOptions.defaults(), blocking, response(video("queued", 0), "2500"));
    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(time.sleptMillis).containsExactly(2500L);
    assertThat(blocking.calls).containsExactly(ID);

    Responses async = new Responses(response(video("completed", 100), null));
    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.defaults(), async.async(),
        response(video("in_progress", 40), "700"));
    scheduler.runUntilIdle();
    assertThat(result.get(2, TimeUnit.SECONDS).status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(scheduler.delaysMillis).containsExactly(700L);
    assertThat(async.calls).containsExactly(ID);
  }

  @Test
  void aKnownFinalStateEndsTheWaitWithoutACheck() {
    Responses none = new Responses();
    assertThat(poller.poll(ID, PollOptions.defaults(), none, response(video("failed", 0), null)).status())
        .isEqualTo(VideoStatus.FAILED);
    assertThat(poller.pollAsync(ID, PollOptions.defaults(), none.async(), response(video("completed", 100), null))
        .join().status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(none.calls).isEmpty();
    assertThat(time.sleptMillis).isEmpty();
  }

  @Test
  void asyncHoldsNoThreadWhileWaiting() throws Exception {
    ScheduledThreadPoolExecutor realScheduler = new ScheduledThreadPoolExecutor(1);
    try {
      Responses responses = new Responses(response(video("queued", 0), "60000"));
      CompletableFuture<Video> result = new Poller(realScheduler, new PendingCalls())
          .pollAsync(ID, PollOptions.defaults(), responses.async());

      assertThat(result).isNotDone();
      assertThat(realScheduler.getQueue()).as("the next check and the deadline wait in the scheduler's queue").hasSize(2);
      result.cancel(true);
    } finally {
      realScheduler.shutdownNow();
    }
  }

  @Test
  void cancellingTheFutureCancelsTheScheduledCheckAndStops() throws Exception {
    ScheduledThreadPoolExecutor realScheduler = new ScheduledThreadPoolExecutor(1);
    realScheduler.setRemoveOnCancelPolicy(true);
    try {
      Responses responses = new Responses(response(video("in_progress", 5), "150"));
      CompletableFuture<Video> result = new Poller(realScheduler, new PendingCalls())
          .pollAsync(ID, PollOptions.defaults(), responses.async());
      assertThat(realScheduler.getQueue()).hasSize(2);

      assertThat(result.cancel(true)).isTrue();

      assertThat(realScheduler.getQueue()).as("the scheduled check and the deadline are withdrawn").isEmpty();
      Thread.sleep(300);
      assertThat(responses.calls).as("no check after cancellation").hasSize(1);
    } finally {
      realScheduler.shutdownNow();
    }
  }

  @Test
  void cancellingTheFutureCancelsTheRetrieveInFlight() {
    List<CompletableFuture<RawResponse<Video>>> calls = new ArrayList<>();
    Poller.Check<CompletableFuture<RawResponse<Video>>> retrieve = (id, within) -> {
      CompletableFuture<RawResponse<Video>> call = new CompletableFuture<>();
      calls.add(call);
      return call;
    };

    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.defaults(), retrieve);
    assertThat(calls).hasSize(1);
    result.cancel(true);

    assertThat(calls.get(0)).isCancelled();
    calls.get(0).obtrudeValue(response(video("in_progress", 50), null));
    scheduler.runUntilIdle();
    assertThat(scheduler.delaysMillis).as("a late answer schedules nothing, the deadline is withdrawn").isEmpty();
    assertThat(calls).hasSize(1);
  }

  @Test
  void asyncFailsWithTheRetrieveFailureUnwrapped() {
    ConnectionException failure = new ConnectionException("connection reset", null, false, null);
    Responses responses = new Responses(response(video("queued", 0), null));
    AtomicInteger calls = new AtomicInteger();

    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.defaults(), (id, within) -> {
      if (calls.incrementAndGet() == 1) {
        return responses.async().fetch(id, within);
      }
      // A dependent future: its failure arrives wrapped in a CompletionException.
      return CompletableFuture.completedFuture((RawResponse<Video>) null).thenApply(ignored -> {
        throw failure;
      });
    });
    scheduler.runUntilIdle();

    assertThatThrownBy(() -> result.get(2, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isSameAs(failure);

    CompletableFuture<Video> thrownAtOnce = poller.pollAsync(ID, PollOptions.defaults(), (id, within) -> {
      throw failure;
    });
    assertThat(thrownAtOnce).isCompletedExceptionally();
    assertThatThrownBy(thrownAtOnce::join).cause().isSameAs(failure);
  }

  @Test
  void asyncFailOnErrorAndTimeoutCompleteExceptionally() {
    CompletableFuture<Video> failed = poller.pollAsync(ID, PollOptions.builder().failOnError(true).build(),
        new Responses(response(failedVideo(), null)).async());
    scheduler.runUntilIdle();
    assertThatThrownBy(() -> failed.get(2, TimeUnit.SECONDS)).cause().isInstanceOf(JobFailedException.class)
        .hasMessageContaining("moderation_blocked");

    CompletableFuture<Video> returned = poller.pollAsync(ID, PollOptions.defaults(),
        new Responses(response(failedVideo(), null)).async());
    assertThat(returned.join().error()).isPresent();

    scheduler.delaysMillis.clear();
    CompletableFuture<Video> late = poller.pollAsync(ID, PollOptions.builder().timeout(Duration.ofMillis(2500)).build(),
        new Responses(response(video("in_progress", 70), null)).async());
    scheduler.runUntilIdle();
    assertThatThrownBy(() -> late.get(2, TimeUnit.SECONDS)).cause().isInstanceOf(PollTimeoutException.class)
        .hasMessageContaining("in_progress at 70%");
    assertThat(scheduler.delaysMillis).containsExactly(1000L, 1000L, 500L);
  }

  @Test
  void asyncOnAClosedSchedulerFailsInsteadOfHanging() {
    scheduler.shutdownNow();

    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.defaults(),
        new Responses(response(video("queued", 0), null)).async());

    assertThatThrownBy(result::join).cause().isInstanceOf(VideosException.class).hasMessageContaining("closed");
  }

  // ---- the timeout bounds the checks ------------------------------------------------------

  @Test
  void eachCheckGetsTheTimeLeftButAtLeastASecond() {
    Responses responses = new Responses(response(video("in_progress", 40), null));

    assertThatThrownBy(() -> poller.poll(ID, PollOptions.builder().timeout(Duration.ofMillis(3500)).build(), responses))
        .isInstanceOf(PollTimeoutException.class);
    assertThat(responses.withinMillis).containsExactly(3500L, 2500L, 1500L, 1000L, 1000L);
  }

  @Test
  void aCheckThatTimesOutAtTheDeadlineEndsTheWaitAsAPollTimeout() {
    VideosTimeoutException slow = new VideosTimeoutException("retrieve: timed out", null, false, null);
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(() -> poller.poll(ID, PollOptions.builder().timeout(Duration.ofMillis(2500)).build(),
        (id, within) -> {
          if (calls.incrementAndGet() == 1) {
            return response(video("in_progress", 30), null);
          }
          time.advance(within); // the check used all the time it was given
          throw slow;
        }))
        .isInstanceOfSatisfying(PollTimeoutException.class, e -> assertThat(e.video().progress()).isEqualTo(30))
        .hasMessageContaining("in_progress at 30%")
        .hasCause(slow);
  }

  @Test
  void aCheckThatTimesOutBeforeTheDeadlineFailsAsItself() {
    VideosTimeoutException slow = new VideosTimeoutException("retrieve: timed out", null, false, null);

    assertThatThrownBy(() -> poller.poll(ID, PollOptions.defaults(), (id, within) -> {
      throw slow;
    })).isSameAs(slow);
  }

  @Test
  void asyncEndsAtTheDeadlineAndCancelsTheCheckInFlight() {
    List<CompletableFuture<RawResponse<Video>>> calls = new ArrayList<>();
    long start = time.now();

    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.builder().timeout(Duration.ofMillis(2500)).build(),
        (id, within) -> {
          CompletableFuture<RawResponse<Video>> call = calls.isEmpty()
              ? CompletableFuture.completedFuture(response(video("in_progress", 20), null))
              : new CompletableFuture<>(); // a server that never answers
          calls.add(call);
          return call;
        });
    scheduler.runUntilIdle();

    assertThat(result).isCompletedExceptionally();
    assertThatThrownBy(result::join).cause()
        .isInstanceOfSatisfying(PollTimeoutException.class, e -> assertThat(e.video().progress()).isEqualTo(20));
    assertThat(calls).hasSize(2);
    assertThat(calls.get(1)).isCancelled();
    assertThat(TimeUnit.NANOSECONDS.toMillis(time.now() - start)).as("the timeout, and a second for the last check")
        .isEqualTo(3500L);
  }

  @Test
  void asyncTurnsACheckTimingOutAtTheDeadlineIntoAPollTimeout() {
    VideosTimeoutException slow = new VideosTimeoutException("retrieve: timed out", null, false, null);
    AtomicInteger calls = new AtomicInteger();

    CompletableFuture<Video> result = poller.pollAsync(ID, PollOptions.builder().timeout(Duration.ofMillis(2500)).build(),
        (id, within) -> {
          if (calls.incrementAndGet() == 1) {
            return CompletableFuture.completedFuture(response(video("queued", 0), null));
          }
          time.advance(within);
          CompletableFuture<RawResponse<Video>> failed = new CompletableFuture<>();
          failed.completeExceptionally(slow);
          return failed;
        });
    scheduler.runUntilIdle();

    assertThatThrownBy(result::join).cause().isInstanceOf(PollTimeoutException.class).hasCause(slow);
  }

  @Test
  void aHintOfZeroIsFlooredSoTheWaitDoesNotSpin() {
    poller.poll(ID, PollOptions.defaults(), new Responses(
        response(video("queued", 0), "0"),
        response(video("in_progress", 50), "5"),
        response(video("in_progress", 60), "250"),
        response(video("completed", 100), null)));

    assertThat(time.sleptMillis).containsExactly(100L, 100L, 250L);
  }

  @Test
  void closingTheClientFailsAnAsyncWait() {
    PendingCalls pending = new PendingCalls();
    CompletableFuture<Video> result = new Poller(scheduler, pending, time::now, time::sleep)
        .pollAsync(ID, PollOptions.defaults(), new Responses(response(video("in_progress", 60), null)).async());
    assertThat(result).isNotDone();

    pending.close();

    assertThatThrownBy(result::join).cause().isExactlyInstanceOf(VideosException.class)
        .hasMessage("client closed while waiting for video job video_123 (last seen in_progress at 60%); the job goes on");
    scheduler.runUntilIdle();
    assertThat(scheduler.delaysMillis).as("the next check and the deadline were withdrawn").isEmpty();
  }

  // ---- options ----------------------------------------------------------------------------

  @Test
  void optionsHaveDocumentedDefaultsAndRejectNonPositiveDurations() {
    PollOptions defaults = PollOptions.defaults();
    assertThat(defaults.interval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(defaults.timeout()).isEqualTo(Duration.ofMinutes(20));
    assertThat(defaults.failOnError()).isFalse();
    assertThat(defaults.progressListener()).isEmpty();
    assertThat(defaults.toBuilder().failOnError(true).build().failOnError()).isTrue();

    assertThatThrownBy(() -> PollOptions.builder().interval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
    assertThatThrownBy(() -> PollOptions.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }

  @Test
  void anEnormousTimeoutDoesNotOverflow() {
    Video done = poller.poll(ID, PollOptions.builder().timeout(Duration.ofDays(365L * 1000)).build(), new Responses(
        response(video("queued", 0), null),
        response(video("completed", 100), null)));

    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Video video(String status, int progress) {
    return video("\"" + status + "\"", progress, true);
  }

  private static Video video(String statusJson, int progress, boolean withStatus) {
    return parse("{\"id\":\"" + ID + "\",\"object\":\"video\",\"model\":\"sora-2\","
        + (withStatus ? "\"status\":" + statusJson + "," : "")
        + "\"progress\":" + progress + ",\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\",\"error\":null}");
  }

  private static Video videoWithoutStatus() {
    return video(null, 50, false);
  }

  private static Video failedVideo() {
    return parse("{\"id\":\"" + ID + "\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"failed\",\"progress\":100,"
        + "\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\","
        + "\"error\":{\"code\":\"moderation_blocked\",\"message\":\"The prompt was blocked.\"}}");
  }

  private static Video parse(String json) {
    try {
      return VIDEO_ADAPTER.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawResponse<Video> response(Video video, String pollAfterMillis) {
    Headers headers = pollAfterMillis == null
        ? Headers.of("x-request-id", "req_1")
        : Headers.of("x-request-id", "req_1", "openai-poll-after-ms", pollAfterMillis);
    return new RawResponse<>(video, 200, headers);
  }

  /** Answers with the given responses in turn, repeating the last; records every call and the time it was given. */
  private static final class Responses implements Poller.Check<RawResponse<Video>> {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Long> withinMillis = Collections.synchronizedList(new ArrayList<>());
    private final Deque<RawResponse<Video>> queue = new ArrayDeque<>();
    private RawResponse<Video> last;

    @SafeVarargs
    Responses(RawResponse<Video>... responses) {
      for (RawResponse<Video> response : responses) {
        queue.addLast(response);
      }
    }

    @Override
    public synchronized RawResponse<Video> fetch(String videoId, long withinNanos) {
      calls.add(videoId);
      withinMillis.add(TimeUnit.NANOSECONDS.toMillis(withinNanos));
      if (!queue.isEmpty()) {
        last = queue.removeFirst();
      }
      return last;
    }

    Poller.Check<CompletableFuture<RawResponse<Video>>> async() {
      return (id, within) -> CompletableFuture.completedFuture(fetch(id, within));
    }
  }

  /** A clock that moves only when the poller sleeps or schedules. */
  static final class FakeTime {
    final List<Long> sleptMillis = Collections.synchronizedList(new ArrayList<>());
    private volatile long nanos = 1_000_000_000L;

    long now() {
      return nanos;
    }

    void sleep(long pause) {
      sleptMillis.add(TimeUnit.NANOSECONDS.toMillis(pause));
      advance(pause);
    }

    synchronized void advance(long pause) {
      nanos += pause;
    }

    synchronized void advanceTo(long at) {
      nanos = Math.max(nanos, at);
    }
  }

  /**
   * A scheduler on the fake clock: tasks wait in a queue until {@link #runUntilIdle()} runs them in
   * the order they are due, moving the clock to each one's time, on the calling thread.
   */
  static final class VirtualScheduler extends ScheduledThreadPoolExecutor {
    /** The delays of the tasks that ran, in milliseconds. */
    final List<Long> delaysMillis = Collections.synchronizedList(new ArrayList<>());
    private final FakeTime time;
    private final PriorityQueue<VirtualTask> queue = new PriorityQueue<>();
    private long sequence;

    VirtualScheduler(FakeTime time) {
      super(1);
      this.time = time;
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
      if (isShutdown()) {
        throw new RejectedExecutionException("shut down");
      }
      VirtualTask scheduled = new VirtualTask(task, time.now(), time.now() + unit.toNanos(delay), sequence++);
      queue.add(scheduled);
      return scheduled;
    }

    /** Runs the due tasks, in order, until none is left that was not cancelled. */
    void runUntilIdle() {
      while (true) {
        VirtualTask next;
        synchronized (this) {
          next = queue.poll();
        }
        if (next == null) {
          return;
        }
        if (next.isCancelled()) {
          continue;
        }
        time.advanceTo(next.due);
        delaysMillis.add(TimeUnit.NANOSECONDS.toMillis(next.due - next.scheduledAt));
        next.run();
      }
    }

    /** A task due at a time of the fake clock. */
    private final class VirtualTask extends FutureTask<Void> implements ScheduledFuture<Void> {
      final long scheduledAt;
      final long due;
      private final long order;

      VirtualTask(Runnable task, long scheduledAt, long due, long order) {
        super(task, null);
        this.scheduledAt = scheduledAt;
        this.due = due;
        this.order = order;
      }

      @Override
      public long getDelay(TimeUnit unit) {
        return unit.convert(due - time.now(), TimeUnit.NANOSECONDS);
      }

      @Override
      public int compareTo(Delayed other) {
        VirtualTask that = (VirtualTask) other;
        int byTime = Long.compare(due, that.due);
        return byTime != 0 ? byTime : Long.compare(order, that.order);
      }
    }
  }
}
