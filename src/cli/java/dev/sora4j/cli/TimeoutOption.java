package dev.sora4j.cli;

import dev.sora4j.PollOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --timeout}: how long a waiting command waits before it gives up (the job goes on). */
final class TimeoutOption {
  static final String NAME = "--timeout";

  @Option(names = NAME, paramLabel = "DURATION", order = 53, converter = Converters.DurationConverter.class,
      description = "Give up waiting after this long, such as 90s, 20m or 1h (default: ${DEFAULT-VALUE}); "
          + "the job goes on.")
  Duration timeout;

  /** The poll options of this wait: its timeout, to which the caller adds what it needs. */
  PollOptions.Builder pollOptions() {
    PollOptions.Builder options = PollOptions.builder();
    return timeout == null ? options : options.timeout(timeout);
  }
}
