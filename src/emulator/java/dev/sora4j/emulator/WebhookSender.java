package dev.sora4j.emulator;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.sora4j.Webhooks;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventData;
import dev.sora4j.model.VideoWebhookEventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The one place the emulator posts webhooks from: when a job ends, completed or failed, it posts
 * the signed event to the configured URL, on its own threads and timer (whether or not anyone
 * polls the job), and retries an attempt that fails or gets a non-2xx answer after each of the
 * configured delays, then gives up. Every attempt of one event carries the same body and
 * {@code webhook-id}, and is signed anew with the time of the attempt. Nothing is sent after a
 * 2xx, nor for a job deleted before it ended, nor once the emulator is closed. The secret is
 * held only by the signer and never written anywhere.
 */
final class WebhookSender implements AutoCloseable {
  /**
   * How often a job whose end the clock has not reached yet is looked at again, at most: the
   * clock is the emulator's, and a test clock may jump ahead at any moment.
   */
  private static final long RECHECK_MILLIS = 100;
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 10_000;
  private static final int THREADS = 4;
  private static final JsonAdapter<VideoWebhookEvent> EVENT_JSON =
      new Moshi.Builder().build().adapter(VideoWebhookEvent.class);

  private final URI url;
  private final Webhooks signer;
  private final List<Duration> retryDelays;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor timer;
  /** Connections being written or read, cut off by {@link #close()}. */
  private final Set<HttpURLConnection> open = Collections.newSetFromMap(new ConcurrentHashMap<>());
  /** What became of each job's event, by video id: what tests (and waiting) look at. */
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  WebhookSender(URI url, Webhooks signer, List<Duration> retryDelays, Clock clock) {
    this.url = url;
    this.signer = signer;
    this.retryDelays = Collections.unmodifiableList(new ArrayList<>(retryDelays));
    this.clock = clock;
    AtomicInteger count = new AtomicInteger();
    this.timer = new ScheduledThreadPoolExecutor(THREADS, task -> {
      Thread thread = new Thread(task, "sora4j-emulator-webhook-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * Watches a job just started: its event is sent when the clock reaches the job's end.
   *
   * @param stillStored false once the job is deleted
   */
  void watch(Job job, BooleanSupplier stillStored) {
    scheduleCheck(job, stillStored, clock.millis());
  }

  /** Never on the caller's thread: a request thread only starts the job. */
  private void scheduleCheck(Job job, BooleanSupplier stillStored, long now) {
    schedule(() -> check(job, stillStored), Math.min(RECHECK_MILLIS, job.endsAtMillis() - now));
  }

  private void check(Job job, BooleanSupplier stillStored) {
    if (!stillStored.getAsBoolean()) {
      // Deleted before it ended: there is no job left to tell about.
      settle(job.id, new Outcome(null, null, 0, false));
      return;
    }
    long now = clock.millis();
    Video video = job.toVideo(now);
    VideoWebhookEventType type = typeOf(video.status());
    if (type == null) {
      scheduleCheck(job, stillStored, now);
      return;
    }
    VideoWebhookEvent event = VideoWebhookEvent.builder()
        .id(Ids.event())
        .object(VideoWebhookEvent.ObjectEnum.EVENT)
        .createdAt(video.completedAt().orElse(now / 1000))
        .type(type)
        .data(VideoWebhookEventData.builder().id(job.id).build())
        .build();
    byte[] body = EVENT_JSON.toJson(event).getBytes(StandardCharsets.UTF_8);
    attempt(new Delivery(job.id, Ids.webhookDelivery(), event, body), 1);
  }

  private static VideoWebhookEventType typeOf(VideoStatus status) {
    if (status == VideoStatus.COMPLETED) {
      return VideoWebhookEventType.VIDEO_COMPLETED;
    }
    return status == VideoStatus.FAILED ? VideoWebhookEventType.VIDEO_FAILED : null;
  }

  private void attempt(Delivery delivery, int attempt) {
    int status = post(delivery);
    if (status >= 200 && status < 300) {
      settle(delivery, attempt, true);
    } else if (attempt <= retryDelays.size()) {
      schedule(() -> attempt(delivery, attempt + 1), retryDelays.get(attempt - 1).toMillis());
    } else {
      settle(delivery, attempt, false);
    }
  }

  /** One attempt: the HTTP status, or -1 when no answer came (refused, reset, timed out, closed). */
  private int post(Delivery delivery) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) url.toURL().openConnection();
      open.add(connection);
      if (timer.isShutdown()) {
        return -1;
      }
      connection.setRequestMethod("POST");
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
      connection.setReadTimeout(READ_TIMEOUT_MILLIS);
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(delivery.body.length);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setRequestProperty("User-Agent", "sora4j-emulator");
      for (Map.Entry<String, String> header : signer.signatureHeaders(delivery.webhookId, delivery.body).entrySet()) {
        connection.setRequestProperty(header.getKey(), header.getValue());
      }
      try (OutputStream out = connection.getOutputStream()) {
        out.write(delivery.body);
      }
      int status = connection.getResponseCode();
      drain(status < 400 ? connection.getInputStream() : connection.getErrorStream());
      return status;
    } catch (IOException | RuntimeException e) {
      return -1; // an endpoint that is down, or the emulator closing: the schedule decides what next
    } finally {
      if (connection != null) {
        open.remove(connection);
        connection.disconnect();
      }
    }
  }

  private static void drain(InputStream body) throws IOException {
    if (body == null) {
      return;
    }
    try (InputStream in = body) {
      byte[] buffer = new byte[4096];
      while (in.read(buffer) >= 0) {
        // the answer's body means nothing to the sender; reading it ends the exchange cleanly
      }
    }
  }

  private void schedule(Runnable task, long delayMillis) {
    try {
      timer.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // the emulator stopped: deliveries stop with it
    }
  }

  private void settle(Delivery delivery, int attempts, boolean delivered) {
    settle(delivery.videoId, new Outcome(delivery.webhookId, delivery.event, attempts, delivered));
  }

  private void settle(String videoId, Outcome outcome) {
    outcomes.put(videoId, outcome);
    synchronized (outcomes) {
      outcomes.notifyAll();
    }
  }

  /**
   * Waits until the event of a job is delivered or given up, for tests.
   *
   * @return the outcome, or null if there was none within the timeout
   */
  Outcome awaitOutcome(String videoId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (outcomes) {
      Outcome outcome;
      while ((outcome = outcomes.get(videoId)) == null) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return null;
        }
        outcomes.wait(left);
      }
      return outcome;
    }
  }

  /** Stops at once: scheduled checks and retries are dropped, open connections cut. */
  @Override
  public void close() {
    timer.shutdownNow();
    for (HttpURLConnection connection : open) {
      connection.disconnect();
    }
  }

  /** One event on its way: fixed when the job ended, the same on every attempt. */
  private static final class Delivery {
    final String videoId;
    final String webhookId;
    final VideoWebhookEvent event;
    final byte[] body;

    Delivery(String videoId, String webhookId, VideoWebhookEvent event, byte[] body) {
      this.videoId = videoId;
      this.webhookId = webhookId;
      this.event = event;
      this.body = body;
    }
  }

  /** How an event's delivery ended; for a job deleted before it ended, no attempt and no event. */
  static final class Outcome {
    /** The delivery's {@code webhook-id}, or null when nothing was sent. */
    final String webhookId;
    /** The event sent, or null when nothing was sent. */
    final VideoWebhookEvent event;
    final int attempts;
    final boolean delivered;

    Outcome(String webhookId, VideoWebhookEvent event, int attempts, boolean delivered) {
      this.webhookId = webhookId;
      this.event = event;
      this.attempts = attempts;
      this.delivered = delivered;
    }
  }
}
