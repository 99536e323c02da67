package dev.sora4j.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that start a job: whether to wait for it, and where to save it. */
final class JobOptions {
  @Option(names = {"-w", "--wait"}, order = 50,
      description = "Wait for the job to finish, showing its progress, then print it (--output waits too).")
  boolean wait;

  @Mixin
  SaveOptions save;

  @Mixin
  TimeoutOption timeout;

  void check(SubCommand command) {
    save.check(command);
    if (!waits() && command.spec.commandLine().getParseResult().hasMatchedOption(TimeoutOption.NAME)) {
      throw command.usageError(TimeoutOption.NAME + ": bounds a wait; add --wait or --output");
    }
  }

  boolean waits() {
    return wait || save.output != null;
  }
}
