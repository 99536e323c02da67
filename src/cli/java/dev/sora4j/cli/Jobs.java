package dev.sora4j.cli;

import dev.sora4j.PollTimeoutException;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What happens after a job is started (create, remix, edit, extend) or named ({@code wait}):
 * print it, or wait for it with a progress display, then print the final job or save its
 * content. A failed job ends the command with exit code 1 and its error code and message.
 */
final class Jobs {
  private final SoraCommand root;
  private final ApiSession session;

  Jobs(SoraCommand root, ApiSession session) {
    this.root = root;
    this.session = session;
  }

  /** Reports a job just started, waiting for it first when the options ask for that. */
  int started(Video video, JobOptions options) {
    if (!options.waits()) {
      root.output().video(video);
      return Main.OK;
    }
    // Said before waiting, so that the id is on screen whatever ends the wait (Ctrl-C, a
    // closed terminal, a kill); an emulated job ends with this process, so there is no resuming.
    root.output().note("started " + video.id());
    if (!session.usesEmulator()) {
      root.output().note("to wait for it again: " + resumeCommand(video.id()));
    }
    return waitFor(video.id(), options.save, options.timeout);
  }

  /** Waits for a job to finish, then prints it or saves its content. */
  int waitFor(String videoId, SaveOptions save, TimeoutOption timeout) {
    Video done;
    try {
      done = poll(videoId, timeout);
    } catch (PollTimeoutException e) {
      Video last = e.video();
      root.err.println(root.secrets.redact("error: gave up waiting for " + videoId + " after "
          + Converters.DurationConverter.format(timeout.timeout)
          + (last == null ? ", before it was seen" : ", still " + Output.statusOf(last)) + "; "
          + (session.usesEmulator() ? "the emulator's job ends with this command"
              : "the job goes on: " + resumeCommand(videoId))));
      return Main.TIMED_OUT;
    }
    Output output = root.output();
    if (done.status() != VideoStatus.COMPLETED) {
      if (output.json()) {
        output.video(done);
      }
      String outcome = done.status() == VideoStatus.FAILED || done.error().isPresent()
          ? "failed: " + done.error().map(Output::describe).orElse("no error given")
          : "ended " + Output.statusName(done) + " without content";
      root.err.println(root.secrets.redact("error: video " + done.id() + " " + outcome));
      return Main.FAILED;
    }
    if (save.output == null) {
      output.video(done);
      return Main.OK;
    }
    long bytes = download(done.id(), save.variantOrDefault(), save.output);
    if (output.json()) {
      output.video(done);
      output.savedNote(save.output, bytes);
    } else {
      output.saved(save.output, bytes);
    }
    return Main.OK;
  }

  long download(String videoId, VideoContentVariant variant, Path target) {
    DownloadProgress progress = session.downloads();
    if (progress == null) {
      session.videos().downloadContent(videoId, variant, target);
    } else {
      progress.watch(String.valueOf(target.getFileName()));
      try {
        session.videos().downloadContent(videoId, variant, target);
      } finally {
        progress.finish();
      }
    }
    try {
      return Files.size(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + target, e);
    }
  }

  private static String resumeCommand(String videoId) {
    return "sora4j wait " + videoId;
  }

  private Video poll(String videoId, TimeoutOption timeout) {
    // Ctrl-C ends the wait, not the job: say how to pick it up again (an emulated job ends with
    // this process, so there is nothing to resume).
    Thread resumeHint = session.usesEmulator() ? null : new Thread(() -> {
      PrintStream err = root.err;
      err.println();
      err.println("stopped waiting; the job goes on. Wait again with: " + resumeCommand(videoId));
      err.flush();
    }, "sora4j-resume-hint");
    if (resumeHint != null) {
      Runtime.getRuntime().addShutdownHook(resumeHint);
    }
    try (ProgressDisplay progress = ProgressDisplay.forRoot(root)) {
      return session.videos().poll(videoId, timeout.pollOptions().progressListener(progress::update).build());
    } finally {
      if (resumeHint != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(resumeHint);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is already exiting and the hint is being printed
        }
      }
    }
  }
}
