package dev.sora4j.cli;

import dev.sora4j.model.VideoContentVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where to save a finished job's content: {@code --output FILE} and {@code --variant}. */
final class SaveOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 51,
      description = "When the job completes, save its content to FILE.")
  Path output;

  @Option(names = "--variant", paramLabel = "VARIANT", order = 52, converter = Converters.VariantConverter.class,
      completionCandidates = Converters.VariantCandidates.class,
      description = "What --output saves: ${COMPLETION-CANDIDATES} (default: video).")
  VideoContentVariant variant;

  /**
   * Rejects a target that cannot be written before any job is started: finding out after the
   * job has rendered (and been billed) would waste it.
   */
  void check(SubCommand command) {
    if (output == null) {
      if (variant != null) {
        throw command.usageError("--variant: needs --output, the file to save to");
      }
      return;
    }
    checkWritableTarget(command, "--output", output);
  }

  static void checkWritableTarget(SubCommand command, String option, Path target) {
    if (Files.isDirectory(target)) {
      throw command.usageError(option + ": is a folder; name a file in it: " + target);
    }
    Path folder = target.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw command.usageError(option + ": no such folder: " + folder);
    }
  }

  VideoContentVariant variantOrDefault() {
    return variant == null ? VideoContentVariant.VIDEO : variant;
  }
}
