package dev.sora4j.cli;

import dev.sora4j.model.Video;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar on a terminal: the job's id, its percentage, the time elapsed and left, and
 * its status, redrawn in place.
 */
final class BarProgress implements ProgressDisplay {
  /** Redraws often enough to look live, rarely enough to cost nothing. */
  private static final int REDRAW_MILLIS = 200;

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
      bar = new ProgressBarBuilder()
          .setTaskName(video.id())
          .setInitialMax(100)
          // ASCII draws on every terminal and code page; block characters do not.
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(REDRAW_MILLIS)
          // redraw even while the percentage stands still (a queued job), so the clock ticks on
          .continuousUpdate()
          // An explicit width keeps the library from opening a JLine terminal (see Terminals.width).
          .setConsumer(new ConsoleProgressBarConsumer(out, width - 1))
          .build();
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
