package dev.sora4j.emulator;

import dev.sora4j.model.VideoError;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which new jobs fail, and why: a job fails when its prompt carries the marker
 * {@code [fail]} or {@code [fail:CODE]}, or else with the configured probability.
 */
final class Failures {
  /** The code of a job failed by {@code [fail]} or by the failure rate. */
  static final String DEFAULT_CODE = "generation_failed";

  private static final Pattern MARKER = Pattern.compile("\\[fail(?::([A-Za-z0-9_.\\-]+))?]",
      Pattern.CASE_INSENSITIVE);

  private final EmulatorSettings settings;

  Failures(EmulatorSettings settings) {
    this.settings = settings;
  }

  /** The error a job started with this prompt will end with, or null if it will complete. */
  VideoError planFor(String prompt) {
    Matcher marker = MARKER.matcher(prompt);
    if (marker.find()) {
      String code = marker.group(1) == null ? DEFAULT_CODE : marker.group(1).toLowerCase(Locale.ROOT);
      return error(code, messageFor(code) + " (provoked by the emulator's " + marker.group() + " marker)");
    }
    // draw only when failures are enabled, so a seeded run is not shifted by the default settings
    if (settings.failureRate > 0 && settings.failureRandom.nextDouble() < settings.failureRate) {
      return error(DEFAULT_CODE, messageFor(DEFAULT_CODE)
          + " (a random failure of the emulator, failure rate " + settings.failureRate + ")");
    }
    return null;
  }

  private static String messageFor(String code) {
    switch (code) {
      case "moderation_blocked":
        return "The prompt was rejected by the content policy.";
      case DEFAULT_CODE:
        return "Video generation failed.";
      default:
        return "Video generation failed with code " + code + ".";
    }
  }

  private static VideoError error(String code, String message) {
    return VideoError.builder().code(code).message(message).build();
  }
}
