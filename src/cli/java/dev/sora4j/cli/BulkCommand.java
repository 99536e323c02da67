package dev.sora4j.cli;

import dev.sora4j.BulkInputException;
import dev.sora4j.BulkResult;
import dev.sora4j.BulkRunner;
import dev.sora4j.BulkSummary;
import dev.sora4j.model.VideoContentVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sora4j bulk}: runs a JSON Lines file of prompts into a folder of videos, resumably. */
@Command(name = "bulk", sortOptions = false,
    // One sentence per element: picocli wraps each element on its own, and the list of
    // commands shows the first one alone.
    description = {
        "Create, wait for and save one video per line of a JSON Lines FILE, resumably.",
        "Each line is an object with prompt (required), model, seconds, size, input_reference "
            + "({\"file_id\"} or {\"image_url\"}) and custom_id (the file's name; default: the line number).",
        "Interrupted (even kill -9), the same command resumes without starting a job twice."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every line completed",
        "1:some lines failed",
        "2:usage or input error (no job was started)"})
final class BulkCommand extends SubCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file of prompts.")
  Path file;

  @Option(names = {"-o", "--output-dir"}, required = true, paramLabel = "DIR", order = 1,
      description = "Where the videos (DIR/<custom_id>.mp4) and the run's journal go.")
  Path outputDir;

  @Option(names = {"-c", "--concurrency"}, paramLabel = "N", order = 2,
      description = "Jobs in flight (created, not yet finished) at once (default: "
          + BulkRunner.DEFAULT_CONCURRENCY + ").")
  int concurrency = BulkRunner.DEFAULT_CONCURRENCY;

  @Option(names = "--variant", paramLabel = "VARIANT", split = ",", order = 3,
      converter = Converters.VariantConverter.class,
      description = "What to save: video (default, .mp4), thumbnail (.webp), spritesheet (.jpg); "
          + "repeat or separate with commas.")
  List<VideoContentVariant> variants;

  @Option(names = "--allow-duplicates", order = 4,
      description = "When a create got no answer and the lookup cannot tell whether it started a job, "
          + "create again instead of reporting the line (a second job is billed too).")
  boolean allowDuplicates;

  @Mixin
  TimeoutOption timeout;

  @Mixin
  EmulatorOptions emulator;

  @Override
  EmulatorOptions emulatorOptions() {
    return emulator;
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw usageError("FILE: no such file: " + file);
    }
    if (concurrency < 1 || concurrency > BulkRunner.MAX_CONCURRENCY) {
      throw usageError("--concurrency: must be between 1 and " + BulkRunner.MAX_CONCURRENCY + ", was " + concurrency);
    }
    Set<VideoContentVariant> chosen = variants == null || variants.isEmpty()
        ? EnumSet.of(VideoContentVariant.VIDEO) : EnumSet.copyOf(variants);
    SoraCommand root = root();
    BulkDisplay display = BulkDisplay.forRoot(root);
    BulkSummary summary;
    try (ApiSession session = connect()) {
      BulkRunner runner = BulkRunner.builder(session.client())
          .outputDir(outputDir)
          .concurrency(concurrency)
          .variants(chosen)
          .allowDuplicates(allowDuplicates)
          .listener(display)
          .pollOptions(timeout.pollOptions().build())
          .build();
      summary = runner.run(file);
    } catch (BulkInputException | IllegalStateException e) {
      // Bad lines, or a folder another run holds: nothing was started, so a usage error.
      root.err.println(root.secrets.redact(ErrorHandlers.errorLine(e.getMessage())));
      return Main.USAGE;
    } finally {
      display.finish();
    }
    printSummary(root, summary);
    return summary.allCompleted() ? Main.OK : Main.FAILED;
  }

  private static void printSummary(SoraCommand root, BulkSummary summary) {
    // With --json, stdout carries only the results; the summary is a message.
    java.io.PrintStream to = root.json ? root.err : root.out;
    to.println(String.format(java.util.Locale.ROOT,
        "%d completed, %d failed; %d files written, %s s of video, in %.1f s",
        summary.completed(), summary.failed(), summary.filesWritten(), seconds(summary.totalVideoSeconds()),
        summary.elapsedSeconds()));
    for (BulkResult failure : summary.failures()) {
      to.println(root.secrets.redact("  failed: line " + failure.lineNumber() + " (" + failure.customId() + ")"
          + failure.videoId().map(id -> " " + id).orElse("") + ": " + failure.error().orElse("")));
    }
  }

  static String seconds(double seconds) {
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }
}
