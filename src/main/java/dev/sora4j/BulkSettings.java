package dev.sora4j;

import dev.sora4j.model.VideoContentVariant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** What a {@link BulkRunner} was configured with, as each of its runs reads it. */
final class BulkSettings {
  final Videos videos;
  final Path outputDir;
  final int concurrency;
  final Set<VideoContentVariant> variants;
  final boolean allowDuplicates;
  final BulkListener listener;
  final PollOptions pollOptions;
  final Clock clock;
  /** The first pause after a 429 that names no wait of its own. */
  final Duration firstPause;

  BulkSettings(Videos videos, Path outputDir, int concurrency, Set<VideoContentVariant> variants,
      boolean allowDuplicates, BulkListener listener, PollOptions pollOptions, Clock clock, Duration firstPause) {
    this.videos = videos;
    this.outputDir = outputDir;
    this.concurrency = concurrency;
    this.variants = variants;
    this.allowDuplicates = allowDuplicates;
    this.listener = listener;
    this.pollOptions = pollOptions;
    this.clock = clock;
    this.firstPause = firstPause;
  }
}
