package dev.sora4j.emulator;

import dev.sora4j.model.VideosContract;

/** What a job-starting request asked for, after validation and defaults. */
final class JobSpec {
  static final String DEFAULT_MODEL = VideosContract.DEFAULT_MODEL.value();
  static final String DEFAULT_SIZE = VideosContract.DEFAULT_SIZE.value();
  static final String DEFAULT_SECONDS = VideosContract.DEFAULT_SECONDS.value();

  final String prompt;
  final String model;
  final String size;
  final String seconds;
  /** The source of a remix, or null. */
  final String remixedFromVideoId;

  JobSpec(String prompt, String model, String size, String seconds, String remixedFromVideoId) {
    this.prompt = prompt;
    this.model = model;
    this.size = size;
    this.seconds = seconds;
    this.remixedFromVideoId = remixedFromVideoId;
  }
}
