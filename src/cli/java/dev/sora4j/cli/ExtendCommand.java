package dev.sora4j.cli;

import dev.sora4j.VideoExtendRequest;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoSeconds;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sora4j extend --video VIDEO_ID --prompt ... --seconds 4}: a new job that continues a video. */
@Command(name = "extend", sortOptions = false,
    description = "Start a job that extends a video; the result's seconds is the stitched total.")
final class ExtendCommand extends SubCommand {
  @ArgGroup(exclusive = true, multiplicity = "1", order = 1)
  SourceVideoOptions source;

  @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT", order = 3,
      description = "What happens next.")
  String prompt;

  @Option(names = {"-s", "--seconds"}, required = true, paramLabel = "SECONDS", order = 4,
      description = "How many seconds to add.")
  String seconds;

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
    VideoExtendRequest request = request(() -> VideoExtendRequest.builder()
        .video(source.toSourceVideo(this))
        .prompt(prompt)
        .seconds(VideoSeconds.of(seconds.trim()))
        .build());
    job.check(this);
    try (ApiSession session = connectShowingDownloads()) {
      Video video = session.videos().extend(request);
      return new Jobs(root(), session).started(video, job);
    }
  }
}
