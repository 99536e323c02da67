package dev.sora4j.cli;

import dev.sora4j.VideoEditRequest;
import dev.sora4j.model.Video;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sora4j edit --video VIDEO_ID --prompt ...}: a new job that edits a video. */
@Command(name = "edit", sortOptions = false,
    description = "Start a job that edits a completed or uploaded video.")
final class EditCommand extends SubCommand {
  @ArgGroup(exclusive = true, multiplicity = "1", order = 1)
  SourceVideoOptions source;

  @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT", order = 3,
      description = "What to change.")
  String prompt;

  @Mixin
  JobOptions job;

  @Mixin
  EmulatorOptions emulator;

  @Override
  EmulatorOptions emulatorOptions() {
    return emulator;
  }

  @Override
  public Integer call() {
    VideoEditRequest request = request(() ->
        VideoEditRequest.builder().video(source.toSourceVideo(this)).prompt(prompt).build());
    job.check(this);
    try (ApiSession session = connectShowingDownloads()) {
      Video video = session.videos().edit(request);
      return new Jobs(root(), session).started(video, job);
    }
  }
}
