package dev.sora4j;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;

/**
 * The one place that sets how many requests a client runs at once. OkHttp's default of 5 per host
 * makes a user's hundred asynchronous calls to one API wait in line twenty deep; sora4j allows as
 * many to one host as the official SDK does.
 */
final class ConcurrencyLimits {
  /** The most requests under way at once, to all hosts. */
  static final int DEFAULT_MAX_REQUESTS = 128;
  /** The most requests under way at once to one host: the official Java SDK's figure. */
  static final int DEFAULT_MAX_REQUESTS_PER_HOST = 64;

  private ConcurrencyLimits() {
  }

  static void check(int total, int perHost) {
    if (total < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests: total must be at least 1, was " + total);
    }
    if (perHost < 1 || perHost > total) {
      throw new IllegalArgumentException("maxConcurrentRequests: perHost must be between 1 and total ("
          + total + "), was " + perHost);
    }
  }

  /**
   * A dispatcher with these limits, whose idle threads are daemons and end after a minute, as
   * OkHttp's own are, so a client that is never closed does not keep the JVM alive.
   */
  static Dispatcher dispatcher(int total, int perHost) {
    ThreadPoolExecutor threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<Runnable>(), runnable -> {
          Thread thread = new Thread(runnable, "sora4j-http");
          thread.setDaemon(true);
          return thread;
        });
    Dispatcher dispatcher = new Dispatcher(threads);
    dispatcher.setMaxRequests(total);
    dispatcher.setMaxRequestsPerHost(perHost);
    return dispatcher;
  }
}
