package dev.sora4j.emulator;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoError;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideoStatus;
import dev.sora4j.model.VideosContract;

/**
 * One video job: the facts fixed when it was started. Its status is not stored but computed from
 * the time elapsed since then, so no thread has to move jobs along and a test clock can jump.
 *
 * <p>Timeline, as fractions of the job's duration: queued until a tenth, then in progress with
 * the progress rising to 99, then completed. A job meant to fail fails at half its duration,
 * keeping the progress it had reached.
 */
final class Job {
  /** How long the assets of a completed job stay downloadable, as {@code expires_at} tells. */
  static final long ASSET_LIFETIME_SECONDS = 3_600;

  private static final double QUEUED_FRACTION = 0.1;
  private static final double FAILURE_FRACTION = 0.5;

  final String id;
  /** Creation order, the key of the listing's index. */
  final long sequence;
  final String model;
  final String prompt;
  final String size;
  final String seconds;
  /** The source of a remix, or null. */
  final String remixedFromVideoId;
  final long createdAtMillis;
  final long durationMillis;
  /** Why the job will fail, or null when it will complete. */
  final VideoError failure;

  Job(String id, long sequence, JobSpec spec, long createdAtMillis, long durationMillis, VideoError failure) {
    this.id = id;
    this.sequence = sequence;
    this.model = spec.model;
    this.prompt = spec.prompt;
    this.size = spec.size;
    this.seconds = spec.seconds;
    this.remixedFromVideoId = spec.remixedFromVideoId;
    this.createdAtMillis = createdAtMillis;
    this.durationMillis = durationMillis;
    this.failure = failure;
  }

  VideoStatus status(long nowMillis) {
    long elapsed = nowMillis - createdAtMillis;
    if (failure != null && elapsed >= failureOffsetMillis()) {
      return VideoStatus.FAILED;
    }
    if (elapsed >= durationMillis) {
      return VideoStatus.COMPLETED;
    }
    return elapsed < durationMillis * QUEUED_FRACTION ? VideoStatus.QUEUED : VideoStatus.IN_PROGRESS;
  }

  /** When the job reaches its final status, completed or failed, in epoch milliseconds. */
  long endsAtMillis() {
    return createdAtMillis + (failure != null ? failureOffsetMillis() : durationMillis);
  }

  /** When the assets stop being downloadable, in Unix seconds; meaningful once completed. */
  long expiresAtSeconds() {
    return finishedAtSeconds(durationMillis) + ASSET_LIFETIME_SECONDS;
  }

  /** The job as the API shows it at the given time. */
  Video toVideo(long nowMillis) {
    VideoStatus status = status(nowMillis);
    Video.Builder video = Video.builder()
        .id(id)
        .object(Video.ObjectEnum.VIDEO)
        .model(VideoModel.of(model))
        .status(status)
        .createdAt(createdAtMillis / 1000)
        .prompt(prompt)
        .size(VideoSize.of(size))
        .seconds(VideoSeconds.of(seconds))
        .remixedFromVideoId(remixedFromVideoId);
    switch (status) {
      case COMPLETED:
        return video.progress(VideosContract.PROGRESS_MAXIMUM)
            .completedAt(finishedAtSeconds(durationMillis))
            .expiresAt(expiresAtSeconds())
            .build();
      case FAILED:
        return video.progress(progressAt(failureOffsetMillis()))
            .completedAt(finishedAtSeconds(failureOffsetMillis()))
            .error(failure)
            .build();
      case QUEUED:
        return video.progress(VideosContract.PROGRESS_MINIMUM).build();
      default:
        return video.progress(progressAt(nowMillis - createdAtMillis)).build();
    }
  }

  private long failureOffsetMillis() {
    return (long) (durationMillis * FAILURE_FRACTION);
  }

  private long finishedAtSeconds(long offsetMillis) {
    return (createdAtMillis + offsetMillis) / 1000;
  }

  /**
   * Progress while running: the elapsed share of the duration on the contract's scale, kept one
   * step inside both ends, so that a running job never reads as not started or done.
   */
  private int progressAt(long elapsedMillis) {
    if (durationMillis <= 0) {
      return VideosContract.PROGRESS_MINIMUM;
    }
    long share = elapsedMillis * VideosContract.PROGRESS_MAXIMUM / durationMillis;
    return (int) Math.max(VideosContract.PROGRESS_MINIMUM + 1, Math.min(VideosContract.PROGRESS_MAXIMUM - 1, share));
  }
}
