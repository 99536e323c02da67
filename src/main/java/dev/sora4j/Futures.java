package dev.sora4j;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What the library's chains of futures share. */
final class Futures {
  private Futures() {
  }

  /**
   * The failure inside a future's wrappers: a dependant's failure arrives wrapped in a
   * {@link CompletionException}, and the caller should see the {@link VideosException} itself.
   */
  static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
