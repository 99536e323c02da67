package dev.sora4j.cli;

import dev.sora4j.model.DeletedVideo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sora4j delete VIDEO_ID}: deletes a job and its content. */
@Command(name = "delete", description = "Delete a video job and its content.")
final class DeleteCommand extends SubCommand {
  @Parameters(paramLabel = "VIDEO_ID", description = "The job's id, such as video_123.")
  String videoId;

  @Override
  public Integer call() {
    try (ApiSession session = connect()) {
      DeletedVideo deleted = session.videos().delete(videoId);
      output().deleted(deleted);
      if (!Boolean.TRUE.equals(deleted.deleted())) {
        root().err.println("error: the server did not delete " + videoId);
        return Main.FAILED;
      }
      return Main.OK;
    }
  }
}
