package dev.sora4j;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import retrofit2.Call;

/**
 * Streams content bodies to files and streams through a fixed-size buffer, so a video is never
 * held whole in memory. {@code toFile} and {@code toStream} always close the body, {@code open}
 * hands that duty to the caller with the stream. A body shorter or longer than its
 * {@code Content-Length} counts as a failed download.
 */
final class Downloads {
  /** The most bytes held at once: the fixed buffer the body moves through, large enough to keep calls few. */
  private static final long CHUNK = 256 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Downloads() {
  }

  /**
   * Writes the body to a temporary file next to {@code target} and moves it into place only once
   * every byte arrived and reached the disk, the way {@code ResponseTransformer.toFile} does in
   * the AWS SDK. On any failure the temporary file is deleted and {@code target} is untouched.
   */
  static Path toFile(ResponseBody body, Path target) {
    return toFile(body, target, null);
  }

  /** Fetches the rest of a body from a byte offset, to resume a download that broke off. */
  interface Resume {
    /**
     * Returns the body from {@code offset} on, or null when the download cannot be resumed (no
     * resumes left, the server does not serve ranges, or it answered otherwise).
     */
    ResponseBody from(long offset);
  }

  /**
   * Like {@link #toFile(ResponseBody, Path)}, but when the body breaks off (a network failure or
   * an early end), asks {@code resume} for the rest and appends it to the same temporary file.
   */
  static Path toFile(ResponseBody body, Path target, Resume resume) {
    try (ResponseBody closing = body) {
      Objects.requireNonNull(target, "target");
      if (Files.isDirectory(target)) {
        throw new VideosException("cannot download to " + target + ": it is a directory", null);
      }
      Path temporary = createTemporaryFile(target);
      String destination = target + " (through " + temporary.getFileName() + ")";
      boolean moved = false;
      try {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
          BufferedSink sink = Okio.buffer(Okio.sink(Channels.newOutputStream(channel)));
          copyResuming(closing, sink, channel, destination, resume);
          flush(sink, destination);
          // Without this a crash right after the rename could leave a complete-looking empty file.
          channel.force(true);
        } catch (IOException e) {
          throw localFailure(destination, e);
        }
        moveIntoPlace(temporary, target);
        moved = true;
        return target;
      } finally {
        if (!moved) {
          deleteQuietly(temporary);
        }
      }
    }
  }

  /**
   * Downloads to a file without blocking, as {@link #toFile(ResponseBody, Path, Resume)} does, the
   * body being written by a thread of {@code copies} (never by the HTTP client's, which would hold
   * up other calls to the same host meanwhile).
   *
   * <p>Cancelling the result stops the download at any point: before the response, the call is
   * cancelled; during the copy, the connection is closed, the copy fails and the temporary file is
   * deleted. Closing the client does the same, through {@code pending}.
   *
   * @param calls makes each attempt's call
   * @param send sends through the call factory it is given, with the call's retries
   * @param resumeOf how to fetch the rest of the body that answered first
   */
  static CompletableFuture<Path> toFileAsync(CallFactory<ResponseBody> calls,
      Function<CallFactory<ResponseBody>, CompletableFuture<RawResponse<ResponseBody>>> send,
      Function<RawResponse<ResponseBody>, Resume> resumeOf, Path target, Executor copies, PendingCalls pending) {
    // The call of the latest attempt: cancelling it is the thread-safe way to stop a copy that is
    // reading its body on another thread (it closes the connection under the reader).
    AtomicReference<Call<ResponseBody>> latest = new AtomicReference<>();
    CompletableFuture<RawResponse<ResponseBody>> response = send.apply(headers -> {
      Call<ResponseBody> call = calls.newCall(headers);
      latest.set(call);
      return call;
    });
    CompletableFuture<Path> result = new CompletableFuture<>();
    // Closing the client stops the download through this signal rather than by failing the result:
    // the result completes only once the copy has ended and its temporary file is gone.
    CompletableFuture<Void> stop = new CompletableFuture<>();
    AtomicReference<Throwable> closedBy = new AtomicReference<>();
    response.whenComplete((raw, failure) -> {
      if (failure != null) {
        Throwable closing = closedBy.get();
        result.completeExceptionally(closing != null ? closing : Futures.unwrap(failure));
        return;
      }
      ResponseBody body = raw.body();
      if (result.isDone()) {
        body.close();
        return;
      }
      try {
        Resume resume = resumeOf.apply(raw);
        copies.execute(() -> copyInBackground(body, target, resume, result, closedBy));
      } catch (RejectedExecutionException e) {
        body.close();
        result.completeExceptionally(new VideosException(
            "downloadContent: client closed before the download to " + target + " started", null));
      }
    });
    // Tracked after the response is wired, so that a client already closed reports the call's own
    // "not sent" failure rather than an unfinished download.
    pending.track(stop, () -> new VideosException(
        "downloadContent: client closed before the download to " + target + " finished", null));
    stop.whenComplete((ignored, closing) -> {
      if (closing != null) {
        closedBy.set(closing);
        stopDownload(response, latest);
      }
    });
    result.whenComplete((path, failure) -> {
      stop.complete(null);
      if (failure != null) {
        stopDownload(response, latest);
      }
    });
    return result;
  }

  private static void stopDownload(CompletableFuture<?> response, AtomicReference<Call<ResponseBody>> latest) {
    response.cancel(true);
    Call<ResponseBody> call = latest.get();
    if (call != null) {
      call.cancel();
    }
  }

  private static void copyInBackground(ResponseBody body, Path target, Resume resume, CompletableFuture<Path> result,
      AtomicReference<Throwable> closedBy) {
    if (result.isDone()) {
      body.close();
      return;
    }
    try {
      result.complete(toFile(body, target, resume));
    } catch (RuntimeException | Error e) {
      Throwable closing = closedBy.get();
      result.completeExceptionally(closing != null ? closing : e);
    }
  }

  /**
   * Checks, before anything is sent, that a download can land at {@code target}: its folder
   * exists and is a folder, and the target is not one. A job's content is worth not fetching in
   * vain (and a slow download would only fail at its end).
   *
   * @throws IllegalArgumentException naming the target and what is wrong
   */
  static void checkTarget(Path target) {
    Requests.checkNotNull("target", target);
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("target: the folder of " + target + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("target: " + target + " is a folder");
    }
    if (!Files.isWritable(folder)) {
      throw new IllegalArgumentException("target: the folder of " + target + " is not writable");
    }
  }

  /** Copies the body, then each rest that {@code resume} fetches after a break, into the channel's sink. */
  private static void copyResuming(ResponseBody first, BufferedSink sink, FileChannel channel, String destination,
      Resume resume) throws IOException {
    ResponseBody current = first;
    try {
      while (true) {
        try {
          copy(current, sink, destination);
          return;
        } catch (ConnectionException broken) {
          // What arrived before the break is good: write it out, and ask for the rest after it.
          flush(sink, destination);
          ResponseBody rest = resume == null || first.contentLength() < 0 ? null : resume.from(channel.size());
          if (rest == null) {
            throw broken;
          }
          if (current != first) {
            current.close();
          }
          current = rest;
        }
      }
    } finally {
      if (current != first) {
        current.close();
      }
    }
  }

  /** Copies the body into {@code out}, which is flushed but not closed; returns the byte count. */
  static long toStream(ResponseBody body, OutputStream out) {
    try (ResponseBody closing = body) {
      Objects.requireNonNull(out, "out");
      BufferedSink sink = Okio.buffer(Okio.sink(out));
      long count = copy(closing, sink, "the output stream");
      flush(sink, "the output stream");
      return count;
    }
  }

  /**
   * Returns the body as a stream; closing it closes the body. Its read errors stay
   * {@link IOException}s, as callers of an {@link InputStream} expect; a body that ends before its
   * {@code Content-Length} fails its last read with one that says how many bytes are missing.
   */
  static InputStream open(ResponseBody body) {
    return new LengthCheckingInputStream(body);
  }

  /** Moves the body through one reusable buffer, telling network failures from local ones. */
  private static long copy(ResponseBody body, BufferedSink sink, String destination) {
    long expected = body.contentLength();
    BufferedSource source = body.source();
    // Reading straight into the sink's buffer moves okio segments instead of copying bytes; the
    // two calls stay apart so a network failure is never mistaken for a local one.
    Buffer chunk = sink.getBuffer();
    long count = 0;
    while (true) {
      long read;
      try {
        read = source.read(chunk, CHUNK);
      } catch (IOException e) {
        throw networkFailure(e, expected, count);
      }
      if (read == -1) {
        break;
      }
      count += read;
      try {
        sink.emit();
      } catch (IOException e) {
        throw localFailure(destination, e);
      }
    }
    if (expected >= 0 && count != expected) {
      throw new ConnectionException("download incomplete: expected " + expected + " bytes, got " + count, null, false, null);
    }
    return count;
  }

  private static void flush(BufferedSink sink, String destination) {
    try {
      sink.flush();
    } catch (IOException e) {
      throw localFailure(destination, e);
    }
  }

  /** Creates {@code .<name>.<random>.part} beside the target, so the final rename stays on one file system. */
  private static Path createTemporaryFile(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    String name = target.getFileName() == null ? "download" : target.getFileName().toString();
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      Path candidate = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong() >>> 1) + ".part");
      try {
        // CREATE_NEW rather than createTempFile: the finished file gets the folder's usual
        // permissions, not createTempFile's owner-only ones.
        Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        last = e;
      } catch (IOException e) {
        throw localFailure(folder.toString(), e);
      }
    }
    throw localFailure(folder.toString(), last);
  }

  private static void moveIntoPlace(Path temporary, Path target) {
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw localFailure(target.toString(), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing better to do: the download's own failure is what the caller needs to see.
    }
  }

  private static VideosException localFailure(String where, IOException cause) {
    return new VideosException("cannot write " + where + ": " + cause, cause);
  }

  static ConnectionException networkFailure(IOException cause, long expected, long received) {
    String progress = expected >= 0
        ? "expected " + expected + " bytes, got " + received
        : "got " + received + " bytes";
    // One judge of "timeout" for the whole library: the retry policy's.
    if (RetryPolicy.classify(cause).timeout) {
      return new VideosTimeoutException("download timed out (" + progress + "): " + cause, cause, false, null);
    }
    return new ConnectionException("download failed mid-body (" + progress + "): " + cause, cause, false, null);
  }

  /** Counts what passes so that an early end of the body is reported instead of looking like success. */
  private static final class LengthCheckingInputStream extends FilterInputStream {
    private final ResponseBody body;
    private final long expected;
    private long count;

    LengthCheckingInputStream(ResponseBody body) {
      super(body.byteStream());
      this.body = body;
      this.expected = body.contentLength();
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value == -1) {
        checkComplete();
      } else {
        count++;
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read == -1) {
        checkComplete();
      } else {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      body.close();
    }

    private void checkComplete() throws IOException {
      if (expected >= 0 && count != expected) {
        throw new IOException("download incomplete: expected " + expected + " bytes, got " + count);
      }
    }
  }
}
