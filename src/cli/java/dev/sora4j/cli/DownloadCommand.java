package dev.sora4j.cli;

import dev.sora4j.ConflictException;
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
    } catch (ConflictException e) {
      // 409: the job has no content yet; the command that waits for it and then saves it is the fix
      SoraCommand root = root();
      root.err.println(root.secrets.redact(ErrorHandlers.errorLine(ErrorHandlers.describe(e))));
      root.err.println("(to save it once it completes: sora4j wait " + videoId + " --output "
          + (output == null ? videoId + extensionOf(chosen) : output)
          + (chosen == VideoContentVariant.VIDEO ? "" : " --variant " + chosen.value()) + ")");
      return Main.FAILED;
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
