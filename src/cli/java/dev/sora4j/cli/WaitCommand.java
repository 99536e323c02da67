package dev.sora4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sora4j wait VIDEO_ID}: waits for a job started earlier, then prints or saves it. */
@Command(name = "wait", sortOptions = false,
    description = "Wait for a job to finish, showing its progress; then print it or save its content.")
final class WaitCommand extends SubCommand {
  @Parameters(paramLabel = "VIDEO_ID", description = "The job's id, such as video_123.")
  String videoId;

  @Mixin
  SaveOptions save;

  @Mixin
  TimeoutOption timeout;

  @Override
  public Integer call() {
    save.check(this);
    try (ApiSession session = connectShowingDownloads()) {
      return new Jobs(root(), session).waitFor(videoId, save, timeout);
    }
  }
}
