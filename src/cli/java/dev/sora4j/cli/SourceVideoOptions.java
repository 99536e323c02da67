package dev.sora4j.cli;

import dev.sora4j.SourceVideo;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The video an edit or an extension starts from: a job's id or a file to upload, exactly one. */
final class SourceVideoOptions {
  @Option(names = "--video", paramLabel = "VIDEO_ID", order = 1, description = "A completed job's video, such as video_123.")
  String videoId;

  @Option(names = "--video-file", paramLabel = "FILE", order = 2, description = "A video file to upload.")
  Path file;

  SourceVideo toSourceVideo(SubCommand command) {
    if (file != null) {
      return SourceVideo.ofFile(command.existingFile("--video-file", file));
    }
    return SourceVideo.ofId(videoId);
  }
}
