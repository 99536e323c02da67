package dev.sora4j;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Whether the client is closed, and the asynchronous results it has not settled yet. Closing the
 * client drops the scheduled retries and checks those results wait for, so {@link #close()} fails
 * them first: a future of a closed client always completes.
 */
final class PendingCalls {
  /** The results not yet completed, each with the exception that fails it on close; guarded by this. */
  private final Map<CompletableFuture<?>, Supplier<? extends VideosException>> pending = new IdentityHashMap<>();
  /** Guarded by this. */
  private boolean closed;

  synchronized boolean isClosed() {
    return closed;
  }

  /**
   * Keeps {@code result} until it completes, so that {@link #close()} can fail it; when the client
   * is already closed, fails it at once.
   *
   * @param onClose makes the exception that tells why the result failed
   */
  <T> CompletableFuture<T> track(CompletableFuture<T> result, Supplier<? extends VideosException> onClose) {
    boolean open;
    synchronized (this) {
      open = !closed;
      if (open) {
        pending.put(result, onClose);
      }
    }
    if (!open) {
      result.completeExceptionally(onClose.get());
      return result;
    }
    result.whenComplete((value, failure) -> forget(result));
    return result;
  }

  private synchronized void forget(CompletableFuture<?> result) {
    pending.remove(result);
  }

  /** Marks the client closed and fails every pending result; later calls to {@link #track} fail at once. */
  void close() {
    List<Map.Entry<CompletableFuture<?>, Supplier<? extends VideosException>>> toFail;
    synchronized (this) {
      closed = true;
      toFail = new ArrayList<>(pending.entrySet());
      pending.clear();
    }
    // Outside the lock: completing runs the results' dependants, which may call back into the client.
    for (Map.Entry<CompletableFuture<?>, Supplier<? extends VideosException>> entry : toFail) {
      entry.getKey().completeExceptionally(entry.getValue().get());
    }
  }
}
