package dev.sora4j.emulator;

import java.time.Clock;
import java.util.Random;

/** The emulator's settings, fixed when it starts; {@link VideosEmulator.Builder} makes them. */
final class EmulatorSettings {
  /** How long a job takes at speed factor 1: long enough to watch, short enough to wait for. */
  static final long DEFAULT_JOB_MILLIS = 3_000;

  final int port;
  final long jobDurationMillis;
  final double failureRate;
  /** Draws the random failures; seedable so a failing run can be repeated. */
  final Random failureRandom;
  /** The key every request must carry, or null when any request is accepted. */
  final String requiredApiKey;
  /** Size of the synthetic {@code variant=video} body, or 0 to serve the bundled MP4. */
  final long syntheticVideoSize;
  final Clock clock;
  /** Whether a repeated {@code Idempotency-Key} starts a new job, as on servers that ignore it. */
  final boolean ignoreIdempotencyKeys;
  /** The server played. */
  final ServerProfile profile;
  /** The failures injected on demand. */
  final Faults faults;

  EmulatorSettings(int port, double speedFactor, double failureRate, Random failureRandom,
      String requiredApiKey, long syntheticVideoSize, Clock clock, boolean ignoreIdempotencyKeys,
      ServerProfile profile, Faults faults) {
    this.port = port;
    this.jobDurationMillis = Math.round(DEFAULT_JOB_MILLIS / speedFactor);
    this.failureRate = failureRate;
    this.failureRandom = failureRandom;
    this.requiredApiKey = requiredApiKey;
    this.syntheticVideoSize = syntheticVideoSize;
    this.clock = clock;
    // The gateways document no Idempotency-Key; the flag turns it off for the provider's profile too.
    this.ignoreIdempotencyKeys = ignoreIdempotencyKeys || !profile.honoursIdempotencyKeys();
    this.profile = profile;
    this.faults = faults;
  }

  /**
   * The wait suggested in {@code openai-poll-after-ms}: a tenth of a job, so a poller sees the
   * progress rise, but at most a second (the provider's pace) and at least a millisecond.
   */
  long pollAfterMillis() {
    return Math.max(1, Math.min(1_000, jobDurationMillis / 10));
  }
}
