package dev.sora4j;

import java.util.concurrent.TimeUnit;

/**
 * Pauses the calling thread: the one way the executor waits between attempts and the poller
 * between checks, so that tests can record the pauses instead of taking them.
 */
interface Sleeper {
  /** The real pause, which an interrupt ends early. */
  Sleeper SYSTEM = TimeUnit.NANOSECONDS::sleep;

  void sleep(long nanos) throws InterruptedException;
}
