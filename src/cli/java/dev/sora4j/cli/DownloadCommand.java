package dev.sora4j.cli;

import dev.sora4j.model.VideoContentVariant;
import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sora4j download VIDEO_ID}: saves a finished job's video, thumbnail or spritesheet. */
@Command(name = "download", sortOptions = false,
    description = "Save a completed job's content to a file (or to stdout with --output -).")
final class DownloadCommand extends SubCommand {
  /** Standard output as a target: {@code sora4j download video_123 -o - | ffprobe -}. */
  private static final String STDOUT = "-";

  @Parameters(paramLabel = "VIDEO_ID", description = "The job's id, such as video_123.")
  String videoId;

  @Option(names = "--variant", paramLabel = "VARIANT", order = 1, converter = Converters.VariantConverter.class,
      completionCandidates = Converters.VariantCandidates.class,
      description = "What to download: ${COMPLETION-CANDIDATES} (default: video).")
  VideoContentVariant variant;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 2,
      description = "Where to save it, or - for stdout (default: VIDEO_ID.mp4, .webp or .jpg here).")
  String output;

  @Override
  public Integer call() {
    VideoContentVariant chosen = variant == null ? VideoContentVariant.VIDEO : variant;
    Path target = STDOUT.equals(output) ? null
        : output != null ? Paths.get(output) : Paths.get(videoId + extensionOf(chosen));
    if (target != null) {
      SaveOptions.checkWritableTarget(this, "--output", target);
    }
    try (ApiSession session = target == null ? connect() : connectShowingDownloads()) {
      if (target == null) {
        session.videos().downloadContent(videoId, chosen, root().out);
        root().out.flush();
        return Main.OK;
      }
      long bytes = new Jobs(root(), session).download(videoId, chosen, target);
      output().saved(target, bytes);
      return Main.OK;
    }
  }

  /** The file type each variant comes as, per the contract: MP4, WebP, JPEG. */
  static String extensionOf(VideoContentVariant variant) {
    switch (variant) {
      case THUMBNAIL:
        return ".webp";
      case SPRITESHEET:
        return ".jpg";
      default:
        return ".mp4";
    }
  }
}
