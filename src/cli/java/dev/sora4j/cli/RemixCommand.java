package dev.sora4j.cli;

import dev.sora4j.VideoRemixRequest;
import dev.sora4j.model.Video;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sora4j remix VIDEO_ID --prompt ...}: a new job from a completed video and a new prompt. */
@Command(name = "remix", sortOptions = false,
    description = "Start a job that remixes a completed video with a new prompt.")
final class RemixCommand extends SubCommand {
  @Parameters(paramLabel = "VIDEO_ID", description = "The completed video to remix.")
  String videoId;

  @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT", order = 1,
      description = "What to change.")
  String prompt;

  @Mixin
  JobOptions job;

  @Override
  public Integer call() {
    VideoRemixRequest request = request(() -> VideoRemixRequest.builder().prompt(prompt).build());
    job.check(this);
    try (ApiSession session = connectShowingDownloads()) {
      Video video = session.videos().remix(videoId, request);
      return new Jobs(root(), session).started(video, job);
    }
  }
}
