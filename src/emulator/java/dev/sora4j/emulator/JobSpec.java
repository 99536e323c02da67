package dev.sora4j.emulator;

/** What a job-starting request asked for, after validation and defaults. */
final class JobSpec {
  static final String DEFAULT_MODEL = "sora-2";
  static final String DEFAULT_SIZE = "720x1280";
  static final String DEFAULT_SECONDS = "4";

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
