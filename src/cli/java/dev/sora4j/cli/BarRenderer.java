package dev.sora4j.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * Draws one line of a live progress bar, {@code LABEL 40% [====>     ] STATUS 1:15}, within the
 * terminal's width. The percentage and the status are what a user needs, so they always stay:
 * as the terminal narrows the label is shortened, then dropped, then the bar, then the time.
 * (The library's own renderer cuts the line's end, where the status is.)
 */
final class BarRenderer implements ProgressBarRenderer {
  /** Redraws often enough to look live, rarely enough to cost nothing. */
  private static final int REDRAW_MILLIS = 200;
  /** The narrowest bar worth drawing, brackets included. */
  private static final int MIN_BAR = 12;
  /** The widest bar; more would only stretch the line. */
  private static final int MAX_BAR = 42;
  /** The shortest label worth showing, abbreviated. */
  private static final int MIN_LABEL = 10;
  private static final String ELLIPSIS = "...";

  /** The status until the first one is set: the bar draws once as soon as it is built. */
  private final String initialStatus;

  private BarRenderer(String initialStatus) {
    this.initialStatus = initialStatus;
  }

  /**
   * Starts a bar that redraws itself until closed, even while the progress stands still, so that
   * the clock ticks on. Its status is the progress state's extra message.
   *
   * @param max the total to reach, or -1 when unknown
   * @param status the status to show until the bar's extra message is set
   */
  static ProgressBar start(PrintStream out, int width, String label, long max, String status) {
    return new ProgressBarBuilder()
        .setTaskName(label)
        .setInitialMax(max)
        .setUpdateIntervalMillis(REDRAW_MILLIS)
        .continuousUpdate()
        .setRenderer(new BarRenderer(status))
        // An explicit width keeps the library from opening a JLine terminal (see Terminals.width);
        // one column less, so that the cursor never wraps to the next line.
        .setConsumer(new LastLineStays(out, width - 1))
        .build();
  }

  /**
   * Draws nothing once closed: closing the bar ends its line, but a redraw the bar's timer had
   * already begun may still arrive, and would glue the bar to what the command prints next.
   */
  private static final class LastLineStays extends ConsoleProgressBarConsumer {
    private boolean closed;

    LastLineStays(PrintStream out, int width) {
      super(out, width);
    }

    @Override
    public synchronized void accept(String line) {
      if (!closed) {
        super.accept(line);
      }
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        super.close();
        closed = true;
      }
    }
  }

  @Override
  public String render(ProgressState state, int maxLength) {
    long max = state.getMax();
    // a size the server did not say (a chunked download) has no percentage, only the bytes so far
    int percent = max <= 0 ? -1 : (int) Math.max(0, Math.min(100, state.getCurrent() * 100 / max));
    String message = state.getExtraMessage();
    String status = message == null || message.isEmpty() ? initialStatus : message;
    return line(state.getTaskName(), percent, status, state.getTotalElapsed().getSeconds(), maxLength);
  }

  /**
   * The line for these values, at most {@code width} characters unless the status alone is longer.
   *
   * @param percent 0 to 100, or -1 for none (the bar then shows no percentage and no bar)
   */
  static String line(String label, int percent, String status, long elapsedSeconds, int width) {
    String shownPercent = percent < 0 ? "" : percent + "%";
    String core = shownPercent + (status.isEmpty() || shownPercent.isEmpty() ? "" : " ") + status;
    String time = clock(elapsedSeconds);
    int room = width - core.length();
    boolean showTime = room >= time.length() + 1;
    if (showTime) {
      room -= time.length() + 1;
    }
    boolean showBar = percent >= 0 && room >= 1 + MIN_BAR;
    // the label takes what the narrowest bar leaves, and goes first when that is too little
    int labelRoom = room - (showBar ? 1 + MIN_BAR : 0) - 1;
    String shownLabel = labelRoom >= Math.min(MIN_LABEL, label.length()) ? abbreviate(label, labelRoom) : "";
    int barWidth = showBar ? Math.min(MAX_BAR, room - 1 - (shownLabel.isEmpty() ? 0 : shownLabel.length() + 1)) : 0;
    StringBuilder line = new StringBuilder();
    if (!shownLabel.isEmpty()) {
      line.append(shownLabel).append(' ');
    }
    line.append(shownPercent);
    if (barWidth > 0) {
      line.append(' ').append(bar(percent, barWidth));
    }
    if (!status.isEmpty()) {
      line.append(line.length() == 0 || line.charAt(line.length() - 1) == ' ' ? "" : " ").append(status);
    }
    if (showTime) {
      line.append(' ').append(time);
    }
    return line.toString();
  }

  private static String bar(int percent, int width) {
    int inner = width - 2;
    int filled = inner * percent / 100;
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < inner; i++) {
      // ASCII draws on every terminal and code page; block characters do not.
      bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
    }
    return bar.append(']').toString();
  }

  private static String abbreviate(String label, int width) {
    if (label.length() <= width) {
      return label;
    }
    return width <= ELLIPSIS.length() ? "" : label.substring(0, width - ELLIPSIS.length()) + ELLIPSIS;
  }

  /** Elapsed time as {@code 1:15} or {@code 1:02:03}. */
  static String clock(long seconds) {
    Duration elapsed = Duration.ofSeconds(seconds);
    long hours = elapsed.toHours();
    long minutes = elapsed.toMinutes() % 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
