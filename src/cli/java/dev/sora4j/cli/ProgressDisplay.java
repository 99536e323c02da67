package dev.sora4j.cli;

import dev.sora4j.model.Video;

/**
 * Shows a job's progress while the command waits for it: a live bar on a terminal, else one
 * plain line per change. Fed by the poller's progress listener, which calls it once when the job
 * is first seen and again whenever its status or progress changes.
 */
interface ProgressDisplay extends AutoCloseable {
  void update(Video video);

  /** Ends the display (the bar's last state stays on screen); the command then prints its result. */
  @Override
  void close();

  static ProgressDisplay forRoot(SoraCommand root) {
    Output output = root.output();
    if (root.terminal && !output.json()) {
      return new BarProgress(root.out, Terminals.width(root.env));
    }
    return new PlainProgress(output.humanStream());
  }
}
