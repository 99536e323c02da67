package dev.sora4j.cli;

import java.util.concurrent.CountDownLatch;

/**
 * The one place a command serves in the foreground: {@code sora4j emulator} and
 * {@code sora4j webhook listen} run until Ctrl-C, or until the thread that runs them is
 * interrupted, then close what they serve and say so.
 */
final class Foreground {
  private Foreground() {
  }

  /**
   * Announces the server, then blocks until stopped and closes it.
   *
   * @param what names the server in the closing line, such as {@code emulator}
   */
  static void serveUntilStopped(SoraCommand root, String what, AutoCloseable server, Runnable announce) {
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C runs the shutdown hooks; the servers' threads are daemons, so this thread's waiting
    // is what keeps the JVM alive until then.
    Thread stopOnExit = new Thread(() -> {
      close(server);
      root.output().note(what + " stopped");
      root.out.flush();
      stopped.countDown();
    }, "sora4j-" + what + "-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      announce.run();
      root.out.flush();
      root.err.flush();
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // an embedding caller stopped us: close and return
      close(server);
      root.output().note(what + " stopped");
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it closes the server
      }
      close(server);
    }
  }

  private static void close(AutoCloseable server) {
    try {
      server.close();
    } catch (Exception e) {
      // closing twice or while stopping: nothing left to serve either way
    }
  }
}
