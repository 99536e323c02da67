package dev.sora4j.cli;

import dev.sora4j.InputReference;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoSeconds;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sora4j create}: starts a video job, and with {@code --wait} or {@code --output} sees it through. */
@Command(name = "create", sortOptions = false,
    description = "Start a video job from a prompt (and an optional reference image).")
final class CreateCommand extends SubCommand {
  @Option(names = {"-p", "--prompt"}, required = true, paramLabel = "TEXT", order = 1,
      description = "What the video shows.")
  String prompt;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL", order = 2,
      description = "sora-2, sora-2-pro, or any model the server knows (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = {"-s", "--seconds"}, paramLabel = "SECONDS", order = 3,
      description = "Duration in seconds: 4, 8, 12, or what the server allows (default: ${DEFAULT-VALUE}).")
  String seconds;

  @Option(names = "--size", paramLabel = "WxH", order = 4,
      description = "720x1280, 1280x720, 1024x1792, 1792x1024, or what the server allows (default: ${DEFAULT-VALUE}).")
  String size;

  @ArgGroup(exclusive = true, multiplicity = "0..1", order = 5)
  InputReferenceOptions input;

  @Mixin
  JobOptions job;

  @Mixin
  EmulatorOptions emulator;

  @Override
  EmulatorOptions emulatorOptions() {
    return emulator;
  }

  /** The three forms of {@code input_reference}; at most one may be given. */
  static final class InputReferenceOptions {
    @Option(names = "--input-reference", paramLabel = "FILE", order = 5,
        description = "An image (or other reference) to upload and start from.")
    Path file;

    @Option(names = "--input-file-id", paramLabel = "ID", order = 6,
        description = "A file uploaded before, such as file-123, to start from.")
    String fileId;

    @Option(names = "--input-image-url", paramLabel = "URL", order = 7,
        description = "An image URL (or a data: URL) to start from.")
    String imageUrl;
  }

  @Override
  public Integer call() {
    VideoCreateRequest built = request(this::buildRequest);
    job.check(this);
    try (ApiSession session = connectShowingDownloads()) {
      Video video = session.videos().create(built);
      return new Jobs(root(), session).started(video, job);
    }
  }

  private VideoCreateRequest buildRequest() {
    VideoCreateRequest.Builder request = VideoCreateRequest.builder().prompt(prompt);
    if (model != null) {
      request.model(model.trim());
    }
    if (seconds != null) {
      request.seconds(VideoSeconds.of(seconds.trim()));
    }
    if (size != null) {
      request.size(size.trim());
    }
    if (input != null) {
      request.inputReference(inputReference());
    }
    return request.build();
  }

  private InputReference inputReference() {
    if (input.file != null) {
      return InputReference.ofFile(existingFile("--input-reference", input.file));
    }
    if (input.fileId != null) {
      return InputReference.ofFileId(input.fileId);
    }
    return InputReference.ofImageUrl(input.imageUrl);
  }
}
