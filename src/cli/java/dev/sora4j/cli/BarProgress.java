package dev.sora4j.cli;

import dev.sora4j.model.Video;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;

/**
 * A live progress bar on a terminal: the job's id, its percentage, its status and the time
 * elapsed, redrawn in place (see {@link BarRenderer} for what gives way in a narrow terminal).
 */
final class BarProgress implements ProgressDisplay {
  private final PrintStream out;
  private final int width;
  private ProgressBar bar;

  BarProgress(PrintStream out, int width) {
    this.out = out;
    this.width = width;
  }

  @Override
  public void update(Video video) {
    if (bar == null) {
      bar = BarRenderer.start(out, width, video.id(), 100, Output.statusName(video));
    }
    bar.stepTo(PlainProgress.progressOf(video));
    bar.setExtraMessage(Output.statusName(video));
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
