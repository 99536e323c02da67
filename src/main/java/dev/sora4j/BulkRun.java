package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of a {@link BulkRunner} over one input: which lines go next, how many are in flight,
 * and what each line goes through (create or resume, wait, download, journal). The calling
 * thread reads the input and lets lines in; the lines' steps run on the client's threads.
 */
final class BulkRun {
  /** Tries of a create that failed before reaching the server, or got no answer and no job was found. */
  private static final int MAX_CREATE_TRIES = 3;
  /** Tries of a create refused with 429. */
  private static final int MAX_RATE_LIMITED_TRIES = 10;
  /** The longest pause of new creates after a 429, whatever the server asks for. */
  static final int MAX_PAUSE_SECONDS = 30;
  private static final long MAX_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(MAX_PAUSE_SECONDS);

  private final BulkSettings settings;
  private final BulkJournal journal;
  private final Path input;
  private final int jobs;
  private final Videos videos;
  /** Lookups list videos with blocking calls, which no thread of the client should make. */
  private final ExecutorService lookups = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "sora4j-bulk-lookup");
    thread.setDaemon(true);
    return thread;
  });

  private final Object lock = new Object();
  /** Guarded by {@link #lock}. */
  private int inFlight;
  private int window;
  /** Starts at "now": nanoTime may be negative, so 0 could lie in the future. */
  private long pauseUntilNanos = System.nanoTime();
  private int rateLimitedInARow;
  private final Deque<Work> retries = new ArrayDeque<>();
  private int completed;
  private int filesWritten;
  private double videoSeconds;
  private final List<BulkResult> failures = new ArrayList<>();
  private RuntimeException fatal;
  /** Lines of an earlier run whose create went unanswered: what the lookup decided for each. */
  private final Map<Integer, Work> decided = new HashMap<>();

  /** A line let in: create it (with its key), resume its job, or report it. */
  private static final class Work {
    final BulkLine line;
    final String key;
    final String videoId;
    final String failure;
    final int tries;

    Work(BulkLine line, String key, String videoId, String failure, int tries) {
      this.line = line;
      this.key = key;
      this.videoId = videoId;
      this.failure = failure;
      this.tries = tries;
    }

    boolean creates() {
      return videoId == null && failure == null;
    }
  }

  BulkRun(BulkSettings settings, BulkJournal journal, Path input, int jobs) {
    this.settings = settings;
    this.journal = journal;
    this.input = input;
    this.jobs = jobs;
    this.videos = settings.videos;
    this.window = Math.min(settings.concurrency, jobs);
  }

  BulkSummary execute() {
    long start = System.nanoTime();
    try {
      decideUnanswered();
      settings.listener.started(jobs);
      try (BulkInput.Lines lines = BulkInput.open(input)) {
        Work work;
        while ((work = next(lines)) != null) {
          begin(work);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input, e);
      }
    } finally {
      lookups.shutdown();
    }
    synchronized (lock) {
      return new BulkSummary(completed, failures, filesWritten, videoSeconds,
          (System.nanoTime() - start) / 1e9);
    }
  }

  // ---- lines of an earlier run that may have started a job ---------------------------------

  /**
   * Settles, before any create of this run, the lines whose create an earlier run sent without
   * recording an answer: with one listing of the newest videos for all of them.
   */
  private void decideUnanswered() {
    List<BulkJournal.Entry> unanswered = journal.unanswered();
    if (unanswered.isEmpty()) {
      return;
    }
    Map<Integer, BulkJournal.Entry> byLine = new HashMap<>();
    for (BulkJournal.Entry entry : unanswered) {
      byLine.put(entry.line, entry);
    }
    List<BulkLookup.Unanswered> lookFor = new ArrayList<>();
    Map<Integer, BulkLine> lines = new HashMap<>();
    try (BulkInput.Lines all = BulkInput.open(input)) {
      while (all.hasNext() && lines.size() < byLine.size()) {
        BulkLine line = all.next();
        BulkJournal.Entry entry = byLine.get(line.lineNumber());
        if (entry != null) {
          lines.put(line.lineNumber(), line);
          lookFor.add(new BulkLookup.Unanswered(line.lineNumber(), line.request().prompt(), entry.sentAt));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
    Map<Integer, List<String>> candidates;
    try {
      candidates = BulkLookup.candidates(videos, lookFor, journal.claimedIds());
    } catch (VideosException e) {
      for (BulkLookup.Unanswered line : lookFor) {
        decided.put(line.line, undecided(lines.get(line.line), byLine.get(line.line).key,
            "listing the videos to find it failed: " + e.getMessage()));
      }
      return;
    }
    for (BulkLookup.Unanswered line : lookFor) {
      decided.put(line.line, decide(lines.get(line.line), byLine.get(line.line).key, candidates.get(line.line), 1));
    }
  }

  /** What to do with a line whose create got no answer, given the jobs that could be its own. */
  private Work decide(BulkLine line, String key, List<String> candidates, int tries) {
    if (candidates.size() == 1) {
      journal.started(line.lineNumber(), candidates.get(0));
      return new Work(line, key, candidates.get(0), null, tries);
    }
    if (candidates.isEmpty()) {
      return new Work(line, key, null, null, tries);
    }
    return undecided(line, key, candidates.size() + " jobs could be its own (" + String.join(", ", candidates)
        + "), so none was adopted");
  }

  private Work undecided(BulkLine line, String key, String why) {
    if (settings.allowDuplicates) {
      return new Work(line, key, null, null, 1);
    }
    return new Work(line, key, null, "its create may have started a job, but " + why
        + "; check the videos, or run again allowing duplicates", 0);
  }

  // ---- letting lines in --------------------------------------------------------------------

  private Work pendingLine;
  private boolean inputDone;

  /** Blocks until a line may go; null once every line has ended. */
  private Work next(BulkInput.Lines lines) {
    synchronized (lock) {
      while (true) {
        if (fatal != null) {
          throw fatal;
        }
        Work retry = retries.peekFirst();
        if (retry != null && mayLetIn(true)) {
          retries.removeFirst();
          inFlight++;
          return retry;
        }
        if (pendingLine == null && !inputDone) {
          if (lines.hasNext()) {
            pendingLine = classify(lines.next());
            continue;
          }
          inputDone = true;
        }
        if (pendingLine != null && mayLetIn(pendingLine.creates())) {
          Work work = pendingLine;
          pendingLine = null;
          inFlight++;
          return work;
        }
        if (inputDone && pendingLine == null && retries.isEmpty() && inFlight == 0) {
          return null;
        }
        long waitNanos = pauseUntilNanos - System.nanoTime();
        try {
          if (waitNanos > 0) {
            TimeUnit.NANOSECONDS.timedWait(lock, waitNanos);
          } else {
            lock.wait();
          }
        } catch (InterruptedException e) {
          // Our caller's thread: keep its flag for whoever owns it.
          Thread.currentThread().interrupt();
          throw new VideosException("bulk run interrupted; its jobs go on; run it again to resume them", e);
        }
      }
    }
  }

  private boolean mayLetIn(boolean creates) {
    return inFlight < window && (!creates || System.nanoTime() - pauseUntilNanos >= 0);
  }

  /** A line read from the input: what the journal knows decides what it needs. Called holding the lock. */
  private Work classify(BulkLine line) {
    Work settled = decided.remove(line.lineNumber());
    if (settled != null) {
      return settled;
    }
    BulkJournal.Entry entry = journal.entry(line.lineNumber());
    if (entry == null) {
      return new Work(line, UUID.randomUUID().toString(), null, null, 1);
    }
    if (entry.ended()) {
      // Reported as is, without a slot; the loop goes on to the next line.
      reportEarlier(line, entry);
      return null;
    }
    return new Work(line, entry.key, entry.videoId, null, 1);
  }

  private void reportEarlier(BulkLine line, BulkJournal.Entry entry) {
    List<Path> files = new ArrayList<>();
    for (String name : entry.files) {
      files.add(settings.outputDir.resolve(name));
    }
    BulkResult result = new BulkResult(line.lineNumber(), line.customId(), "completed".equals(entry.outcome),
        entry.videoId, entry.error, files, entry.seconds, true);
    tally(result);
    settings.listener.ended(result);
  }

  // ---- one line's steps --------------------------------------------------------------------

  private void begin(Work work) {
    if (work.failure != null) {
      end(new BulkResult(work.line.lineNumber(), work.line.customId(), false, null, work.failure,
          Collections.<Path>emptyList(), 0, false));
    } else if (work.videoId != null) {
      waitFor(work.line, work.videoId, videos.pollAsync(work.videoId, pollOptions(work.line, null)));
    } else {
      create(work);
    }
  }

  private PollOptions pollOptions(BulkLine line, ProgressListener first) {
    return settings.pollOptions.toBuilder().failOnError(false).progressListener(video -> {
      if (first != null) {
        first.onProgress(video);
      }
      settings.listener.progress(line, video);
    }).build();
  }

  private void create(Work work) {
    BulkLine line = work.line;
    try {
      journal.sending(line.lineNumber(), work.key, settings.clock.instant().getEpochSecond());
    } catch (RuntimeException e) {
      stop(e);
      return;
    }
    AtomicBoolean answered = new AtomicBoolean();
    AtomicReference<String> createdId = new AtomicReference<>();
    // The create's answer is the first state the wait sees: record the job before anything else.
    PollOptions options = pollOptions(line, video -> {
      if (answered.compareAndSet(false, true)) {
        createdId.set(video.id());
        record(() -> journal.started(line.lineNumber(), video.id()));
        created();
      }
    });
    RequestOptions once = RequestOptions.builder().idempotencyKey(work.key).maxRetries(0).build();
    CompletableFuture<Video> job;
    try {
      job = videos.createAndPollAsync(line.request(), options, once);
    } catch (RuntimeException e) {
      createFailed(work, e);
      return;
    }
    job.whenComplete((video, error) -> {
      if (error == null) {
        finished(line, video);
      } else if (!answered.get()) {
        createFailed(work, Futures.unwrap(error));
      } else {
        waitFailed(line, createdId.get(), Futures.unwrap(error));
      }
    });
  }

  private void createFailed(Work work, Throwable error) {
    BulkLine line = work.line;
    if (error instanceof RateLimitException && work.tries < MAX_RATE_LIMITED_TRIES) {
      slowDown(((RateLimitException) error).retryAfter());
      requeue(new Work(line, work.key, null, null, work.tries + 1));
    } else if (error instanceof VideosException && ((VideosException) error).jobMayExist()) {
      lookups.execute(() -> lookUp(work, error));
    } else if (error instanceof ApiException) {
      // A refusal: no job exists, and running again would be refused again.
      String message = "refused: " + error.getMessage();
      record(() -> journal.ended(line.lineNumber(), "failed", message, Collections.<String>emptyList(), 0));
      end(failed(line, null, message));
    } else if (error instanceof VideosException && work.tries < MAX_CREATE_TRIES) {
      requeue(new Work(line, work.key, null, null, work.tries + 1));
    } else {
      end(failed(line, null, "create failed: " + error.getMessage()));
    }
  }

  /** A create sent without an answer: find the job it may have started before trying again. */
  private void lookUp(Work work, Throwable error) {
    BulkLine line = work.line;
    try {
      long sentAt = journal.entry(line.lineNumber()).sentAt;
      List<String> candidates = BulkLookup.candidates(videos,
          Collections.singletonList(new BulkLookup.Unanswered(line.lineNumber(), line.request().prompt(), sentAt)),
          journal.claimedIds()).get(line.lineNumber());
      Work next = decide(line, work.key, candidates, work.tries + 1);
      if (next.videoId != null) {
        waitFor(line, next.videoId, videos.pollAsync(next.videoId, pollOptions(line, null)));
      } else if (next.failure != null || next.tries > MAX_CREATE_TRIES) {
        end(failed(line, null, next.failure != null ? next.failure : "create failed: " + error.getMessage()));
      } else {
        requeue(next);
      }
    } catch (RuntimeException e) {
      end(failed(line, null, "its create may have started a job (" + error.getMessage()
          + "), and listing the videos to find it failed: " + e.getMessage() + "; check the videos"));
    }
  }

  private void waitFor(BulkLine line, String videoId, CompletableFuture<Video> job) {
    job.whenComplete((video, error) -> {
      if (error == null) {
        finished(line, video);
      } else {
        waitFailed(line, videoId, Futures.unwrap(error));
      }
    });
  }

  private void waitFailed(BulkLine line, String videoId, Throwable error) {
    end(failed(line, videoId, "waiting failed (" + error.getMessage() + "); run again to resume the job"));
  }

  /** A job in its final state: save its content, or record its failure. */
  private void finished(BulkLine line, Video video) {
    if (video.status() != VideoStatus.COMPLETED) {
      String error = video.error().map(e -> e.code() + ": " + e.message())
          .orElse("the job ended " + video.status());
      record(() -> journal.ended(line.lineNumber(), "failed", error, Collections.<String>emptyList(), 0));
      end(failed(line, video.id(), error));
      return;
    }
    List<Path> files = new ArrayList<>();
    CompletableFuture<Path> chain = CompletableFuture.completedFuture(null);
    for (VideoContentVariant variant : settings.variants) {
      Path target = settings.outputDir.resolve(fileName(line.customId(), variant));
      chain = chain.thenCompose(previous -> videos.downloadContentAsync(video.id(), variant, target))
          .thenApply(path -> {
            files.add(path);
            return path;
          });
    }
    double seconds = secondsOf(video);
    chain.whenComplete((last, error) -> {
      if (error != null) {
        end(failed(line, video.id(), "download failed (" + Futures.unwrap(error).getMessage()
            + "); run again to download it"));
        return;
      }
      List<String> names = new ArrayList<>();
      for (Path file : files) {
        names.add(file.getFileName().toString());
      }
      record(() -> journal.ended(line.lineNumber(), "completed", null, names, seconds));
      end(new BulkResult(line.lineNumber(), line.customId(), true, video.id(), null, files, seconds, false));
    });
  }

  private static double secondsOf(Video video) {
    try {
      return video.seconds() == null ? 0 : Double.parseDouble(video.seconds().value());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static BulkResult failed(BulkLine line, String videoId, String error) {
    return new BulkResult(line.lineNumber(), line.customId(), false, videoId, error,
        Collections.<Path>emptyList(), 0, false);
  }

  // ---- bookkeeping -------------------------------------------------------------------------

  private void end(BulkResult result) {
    synchronized (lock) {
      inFlight--;
      tally(result);
      lock.notifyAll();
    }
    settings.listener.ended(result);
  }

  private void tally(BulkResult result) {
    synchronized (lock) {
      if (result.completed()) {
        completed++;
        filesWritten += result.files().size();
        videoSeconds += result.seconds();
      } else {
        failures.add(result);
      }
    }
  }

  private void requeue(Work work) {
    synchronized (lock) {
      inFlight--;
      retries.addLast(work);
      lock.notifyAll();
    }
  }

  /** A create succeeded: let one more job in, up to the concurrency. */
  private void created() {
    synchronized (lock) {
      rateLimitedInARow = 0;
      if (window < settings.concurrency) {
        window++;
        lock.notifyAll();
      }
    }
  }

  /** A 429: half as many jobs at once, and no create for the wait the server asked for, or a while. */
  private void slowDown(Optional<Duration> retryAfter) {
    int now;
    synchronized (lock) {
      window = Math.max(1, window / 2);
      long pause = pauseNanos(retryAfter, settings.firstPause, rateLimitedInARow);
      rateLimitedInARow++;
      pauseUntilNanos = System.nanoTime() + pause;
      now = window;
    }
    settings.listener.slowedDown(now);
  }

  /**
   * The pause after a 429: the server's {@code retry-after} when it sent one, else the first
   * pause doubled for each 429 in a row; either way at most {@value #MAX_PAUSE_SECONDS} s, so that
   * a server asking for hours cannot stall the run.
   *
   * @param inARow the 429s before this one since the last create that succeeded
   */
  static long pauseNanos(Optional<Duration> retryAfter, Duration firstPause, int inARow) {
    long pause = retryAfter.isPresent()
        ? nanosOf(retryAfter.get())
        : firstPause.toNanos() << Math.min(inARow, 20);
    return Math.min(pause, MAX_PAUSE_NANOS);
  }

  private static long nanosOf(Duration duration) {
    return duration.compareTo(Duration.ofSeconds(MAX_PAUSE_SECONDS)) > 0 ? MAX_PAUSE_NANOS : duration.toNanos();
  }

  /** Writes to the journal from a line's step; a failure stops the run rather than lose a line's thread. */
  private void record(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      stop(e);
    }
  }

  /** The journal cannot be written: no line may start, since none would be safe to resume. */
  private void stop(RuntimeException error) {
    synchronized (lock) {
      if (fatal == null) {
        fatal = error;
      }
      lock.notifyAll();
    }
  }

  /** The file name of a line's content, such as {@code cat-1.mp4}. */
  private static String fileName(String customId, VideoContentVariant variant) {
    switch (variant) {
      case THUMBNAIL:
        return customId + ".webp";
      case SPRITESHEET:
        return customId + ".jpg";
      default:
        return customId + ".mp4";
    }
  }
}
