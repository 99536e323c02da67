package dev.sora4j.emulator;

import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's state: jobs, characters and the idempotency keys of job-starting requests.
 * Safe for any number of concurrent requests: lookups go through concurrent maps, listing through
 * an index ordered by creation, and a job is in both before anyone learns its id.
 */
final class JobStore {
  private final EmulatorSettings settings;
  private final Failures failures;
  private final AtomicLong sequences = new AtomicLong();
  private final ConcurrentMap<String, Job> jobsById = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Long, Job> jobsBySequence = new ConcurrentSkipListMap<>();
  /** The position of every id ever handed out, so that a page cursor survives its job's deletion. */
  private final ConcurrentMap<String, Long> cursorPositions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, VideoCharacter> charactersById = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, IdempotentStart> startsByKey = new ConcurrentHashMap<>();
  /** Posts the event of each job that ends, or null when no webhook is configured. */
  private final WebhookSender webhooks;

  JobStore(EmulatorSettings settings, WebhookSender webhooks) {
    this.settings = settings;
    this.failures = new Failures(settings);
    this.webhooks = webhooks;
  }

  /** Starts a job; from then on its status follows the clock. */
  Job start(JobSpec spec) {
    VideoError failure = failures.planFor(spec.prompt);
    long sequence = sequences.incrementAndGet();
    long now = settings.clock.millis();
    Job job;
    do {
      job = new Job(settings.profile.videoId(Ids.video(), spec.model), sequence, spec, now,
          settings.jobDurationMillis, failure);
    } while (jobsById.putIfAbsent(job.id, job) != null);
    cursorPositions.put(job.id, sequence);
    jobsBySequence.put(sequence, job);
    if (webhooks != null) {
      Job started = job;
      webhooks.watch(started, () -> jobsById.get(started.id) == started);
    }
    return job;
  }

  /**
   * Starts a job once per idempotency key: a request repeating the key and its request gets the
   * job the first one started, so a client's retry never starts (and bills) a second job.
   *
   * @param fingerprint what the request asked for, so that a key reused for another request is
   *     refused instead of silently answered with an unrelated job
   */
  Start startOnce(String idempotencyKey, String fingerprint, JobSpec spec) {
    boolean[] started = {false};
    IdempotentStart entry = startsByKey.compute(idempotencyKey, (key, previous) -> {
      if (previous != null && jobsById.containsKey(previous.job.id)) {
        return previous;
      }
      started[0] = true;
      return new IdempotentStart(fingerprint, start(spec));
    });
    if (!entry.fingerprint.equals(fingerprint)) {
      throw new ApiErrorException(422, ApiErrorException.INVALID_REQUEST, null, "idempotency_key_reused",
          "The Idempotency-Key '" + idempotencyKey + "' was already used for a different request.");
    }
    return new Start(entry.job, !started[0]);
  }

  /** The job with this id, or null. */
  Job find(String id) {
    return jobsById.get(id);
  }

  /** Removes a job; returns false if there was none. */
  boolean delete(String id) {
    Job removed = jobsById.remove(id);
    if (removed == null) {
      return false;
    }
    jobsBySequence.remove(removed.sequence);
    return true;
  }

  /**
   * One page of jobs in creation order.
   *
   * @param after the id of the job the page starts after, or null for the first page
   * @throws ApiErrorException if {@code after} names no job this emulator ever had
   */
  Page list(String after, int limit, boolean ascending) {
    NavigableMap<Long, Job> candidates = jobsBySequence;
    if (after != null) {
      Long position = cursorPositions.get(after);
      if (position == null) {
        throw ApiErrorException.invalid("after", "invalid_value",
            "Invalid 'after': no video with id '" + after + "' to list after.");
      }
      candidates = ascending ? jobsBySequence.tailMap(position, false) : jobsBySequence.headMap(position, false);
    }
    Iterator<Job> jobs = (ascending ? candidates : candidates.descendingMap()).values().iterator();
    List<Job> page = new ArrayList<>();
    while (page.size() < limit && jobs.hasNext()) {
      page.add(jobs.next());
    }
    return new Page(page, jobs.hasNext());
  }

  VideoCharacter addCharacter(String name) {
    VideoCharacter character;
    do {
      character = VideoCharacter.builder()
          .id(settings.profile.characterId(Ids.character()))
          .name(name)
          .createdAt(settings.clock.millis() / 1000)
          .build();
    } while (charactersById.putIfAbsent(character.id().get(), character) != null);
    return character;
  }

  /** The character with this id, or null. */
  VideoCharacter findCharacter(String id) {
    return charactersById.get(id);
  }

  /** The outcome of {@link #startOnce}: the job, and whether an earlier request started it. */
  static final class Start {
    final Job job;
    final boolean replayed;

    Start(Job job, boolean replayed) {
      this.job = job;
      this.replayed = replayed;
    }
  }

  /** A page of {@link #list}. */
  static final class Page {
    final List<Job> jobs;
    final boolean hasMore;

    Page(List<Job> jobs, boolean hasMore) {
      this.jobs = jobs;
      this.hasMore = hasMore;
    }
  }

  private static final class IdempotentStart {
    final String fingerprint;
    final Job job;

    IdempotentStart(String fingerprint, Job job) {
      this.fingerprint = fingerprint;
      this.job = job;
    }
  }
}
