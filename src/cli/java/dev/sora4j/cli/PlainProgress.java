package dev.sora4j.cli;

import dev.sora4j.model.Video;
import java.io.PrintStream;

/**
 * Progress for logs and pipes: one line per change, such as {@code video_123 in_progress 40%},
 * never a carriage return or an escape sequence.
 */
final class PlainProgress implements ProgressDisplay {
  private final PrintStream out;
  private String last;

  PlainProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void update(Video video) {
    String line = video.id() + " " + Output.statusName(video) + " " + progressOf(video) + "%";
    if (!line.equals(last)) { // the listener reports changes only, but a repeat would be noise
      out.println(line);
      out.flush();
      last = line;
    }
  }

  @Override
  public void close() {
    out.flush();
  }

  static int progressOf(Video video) {
    Integer progress = video.progress();
    return progress == null ? 0 : Math.max(0, Math.min(100, progress));
  }
}
