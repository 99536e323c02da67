package dev.sora4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sora4j get VIDEO_ID}: prints a job as it is now. */
@Command(name = "get", description = "Show a video job.")
final class GetCommand extends SubCommand {
  @Parameters(paramLabel = "VIDEO_ID", description = "The job's id, such as video_123.")
  String videoId;

  @Override
  public Integer call() {
    try (ApiSession session = connect()) {
      output().video(session.videos().retrieve(videoId));
      return Main.OK;
    }
  }
}
