package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.Headers;
import okhttp3.ResponseBody;

/**
 * The operations of {@link Videos} that outlast one request and response: waiting for a job
 * (a chain of checks, run by {@link Poller}) and downloading its content (a stream to a file or a
 * caller, run by {@link Downloads}). {@link Videos} is their only subclass; they are documented
 * there, as its own methods.
 */
abstract class WaitsAndDownloads {
  final VideoCalls calls;
  private final Poller poller;
  private final Executor downloads;
  private final PendingCalls pending;

  /**
   * @param downloads runs the copies of asynchronous downloads, off the HTTP client's threads
   */
  WaitsAndDownloads(VideoCalls calls, Poller poller, Executor downloads, PendingCalls pending) {
    this.calls = calls;
    this.poller = poller;
    this.downloads = downloads;
    this.pending = pending;
  }

  // ---- waits ------------------------------------------------------------------------------

  /**
   * Waits until a job leaves {@code queued} and {@code in_progress}, honouring the server's
   * {@code openai-poll-after-ms} hint.
   *
   * @param videoId the job's id
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @return the job in its final state ({@code completed}, or {@code failed} with its error)
   * @throws PollTimeoutException if the overall timeout passes first
   * @throws JobFailedException if the job failed and {@link PollOptions} asks for an exception
   */
  public Video poll(String videoId, PollOptions options) {
    return poll(videoId, options, RequestOptions.defaults());
  }

  /**
   * Waits for a job, with options for each of its checks (headers, timeout, retries). A check's
   * timeout is further cut to the time left to wait.
   *
   * @param videoId the job's id
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @param requestOptions the options of each check
   * @return the job in its final state
   * @throws PollTimeoutException if the overall timeout passes first
   * @throws JobFailedException if the job failed and {@link PollOptions} asks for an exception
   */
  public Video poll(String videoId, PollOptions options, RequestOptions requestOptions) {
    Requests.checkNotNull("requestOptions", requestOptions);
    return pollFrom(videoId, null, options, requestOptions);
  }

  /**
   * Waits for a job whose state the caller already holds, as returned by a create or a retrieve:
   * that state counts as the first check, so no request is sent for a job already final, and the
   * first check goes out one interval later.
   *
   * @param job the job as last seen
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @return the job in its final state
   * @throws PollTimeoutException if the overall timeout passes first
   * @throws JobFailedException if the job failed and {@link PollOptions} asks for an exception
   */
  public Video poll(Video job, PollOptions options) {
    RawResponse<Video> known = knownState(job);
    return pollFrom(job.id(), known, options, RequestOptions.defaults());
  }

  /**
   * Waits without parking a thread for a job whose state the caller already holds, as
   * {@link #poll(Video, PollOptions)} does; cancelling the future stops the waiting.
   *
   * @param job the job as last seen
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @return a future of the job in its final state
   */
  public CompletableFuture<Video> pollAsync(Video job, PollOptions options) {
    RawResponse<Video> known = knownState(job);
    return pollAsyncFrom(job.id(), known, options, RequestOptions.defaults());
  }

  /** A job the caller holds, as if it had just been fetched without a poll-after hint. */
  private static RawResponse<Video> knownState(Video job) {
    Requests.checkNotNull("job", job);
    Requests.checkNotBlank("job.id", job.id());
    return new RawResponse<>(job, 200, Headers.of());
  }

  /** Every wait goes through here: from the state the caller knows, or with null, from a first check. */
  private Video pollFrom(String videoId, RawResponse<Video> known, PollOptions options,
      RequestOptions requestOptions) {
    Poller.Check<RawResponse<Video>> checks = calls.checks(videoId, requestOptions);
    return poller.poll(videoId, Requests.checkNotNull("options", options), checks, known);
  }

  /** Every asynchronous wait goes through here, as {@link #pollFrom} for blocking ones. */
  private CompletableFuture<Video> pollAsyncFrom(String videoId, RawResponse<Video> known, PollOptions options,
      RequestOptions requestOptions) {
    Poller.Check<CompletableFuture<RawResponse<Video>>> checks = calls.asyncChecks(videoId, requestOptions);
    return poller.pollAsync(videoId, Requests.checkNotNull("options", options), checks, known);
  }

  /**
   * Waits for a job without parking a thread: each check is scheduled, and cancelling the
   * future stops the waiting.
   *
   * @param videoId the job's id
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @return a future of the job in its final state
   */
  public CompletableFuture<Video> pollAsync(String videoId, PollOptions options) {
    return pollAsync(videoId, options, RequestOptions.defaults());
  }

  /**
   * Waits for a job without parking a thread, with options for each of its checks.
   *
   * @param videoId the job's id
   * @param options interval, overall timeout, progress callback, and whether failure throws
   * @param requestOptions the options of each check
   * @return a future of the job in its final state
   */
  public CompletableFuture<Video> pollAsync(String videoId, PollOptions options, RequestOptions requestOptions) {
    Requests.checkNotNull("requestOptions", requestOptions);
    return pollAsyncFrom(videoId, null, options, requestOptions);
  }

  /**
   * Starts a job and waits for its final state.
   *
   * @param request what to generate
   * @param options how to wait
   * @return the job in its final state
   */
  public Video createAndPoll(VideoCreateRequest request, PollOptions options) {
    return createAndPoll(request, options, RequestOptions.defaults());
  }

  /**
   * Starts a job and waits for its final state, with options for the create. The checks that
   * follow send the same headers and use the same timeout, but keep the client's retry budget.
   *
   * @param request what to generate
   * @param options how to wait
   * @param requestOptions the create's options
   * @return the job in its final state
   */
  public Video createAndPoll(VideoCreateRequest request, PollOptions options, RequestOptions requestOptions) {
    Requests.checkNotNull("options", options);
    Requests.checkNotNull("requestOptions", requestOptions);
    // The create's answer is the first check: its state and poll-after hint start the wait.
    RawResponse<Video> created = calls.send(calls.create(request), requestOptions);
    return pollFrom(created.body().id(), created, options, requestOptions.forPolling());
  }

  /**
   * Starts a job and waits for its final state without blocking.
   *
   * @param request what to generate
   * @param options how to wait
   * @return a future of the job in its final state; see
   *     {@link #createAndPollAsync(VideoCreateRequest, PollOptions, RequestOptions)} for cancelling
   */
  public CompletableFuture<Video> createAndPollAsync(VideoCreateRequest request, PollOptions options) {
    return createAndPollAsync(request, options, RequestOptions.defaults());
  }

  /**
   * Starts a job and waits for its final state without blocking, with options for the create
   * (the checks that follow send its headers and use its timeout).
   *
   * <p>Cancelling the future stops the waiting, never the job. Cancelled while the create request
   * is under way, it lets that request finish rather than abort it, since the server may already
   * be starting the job, and then starts no waiting; the future only reports the cancellation, so
   * to find such a job later send your own {@link RequestOptions.Builder#idempotencyKey(String)}
   * and repeat the request with it, or look among the newest videos.
   *
   * @param request what to generate
   * @param options how to wait
   * @param requestOptions the create's options
   * @return a future of the job in its final state
   */
  public CompletableFuture<Video> createAndPollAsync(VideoCreateRequest request, PollOptions options,
      RequestOptions requestOptions) {
    Requests.checkNotNull("options", options);
    Requests.checkNotNull("requestOptions", requestOptions);
    RequestOptions polling = requestOptions.forPolling();
    CompletableFuture<RawResponse<Video>> created =
        calls.sendRawAsync(calls.create(request), requestOptions);
    return Poller.thenPoll(created, raw -> pollAsyncFrom(raw.body().id(), raw, options, polling));
  }

  // ---- content ----------------------------------------------------------------------------

  /**
   * Downloads a finished job's content to a file. The body is streamed to a temporary file in
   * the target's folder and moved into place only once complete (checked against
   * {@code Content-Length}); on any failure the temporary file is deleted and the target is left
   * as it was.
   *
   * @param videoId the job's id
   * @param variant {@code VIDEO} (MP4), {@code THUMBNAIL} (WebP) or {@code SPRITESHEET} (JPEG)
   * @param target the file to write; its folder must exist
   * @return {@code target}
   */
  public Path downloadContent(String videoId, VideoContentVariant variant, Path target) {
    return downloadContent(videoId, variant, target, RequestOptions.defaults());
  }

  /**
   * Downloads a finished job's content to a file, with options for this call. A download has no
   * whole-call timeout unless these options set one; the read timeout bounds each silence.
   *
   * @param videoId the job's id
   * @param variant which asset; null for {@code VIDEO}
   * @param target the file to write; its folder must exist
   * @param options this call's options
   * @return {@code target}
   */
  public Path downloadContent(String videoId, VideoContentVariant variant, Path target, RequestOptions options) {
    Downloads.checkTarget(target);
    RawResponse<ResponseBody> first = calls.send(calls.content(videoId, variant), options);
    return Downloads.toFile(first.body(), target, calls.resumeOf(first, videoId, variant, options));
  }

  /**
   * Downloads a finished job's content to a file without blocking.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @param target the file to write
   * @return a future of {@code target}; see
   *     {@link #downloadContentAsync(String, VideoContentVariant, Path, RequestOptions)}
   */
  public CompletableFuture<Path> downloadContentAsync(String videoId, VideoContentVariant variant, Path target) {
    return downloadContentAsync(videoId, variant, target, RequestOptions.defaults());
  }

  /**
   * Downloads a finished job's content to a file without blocking, with options for this call.
   * The body is written by a thread of the client's own (never by the HTTP client's, which would
   * hold up other calls to the same host meanwhile), to a temporary file moved into place once
   * complete, as {@link #downloadContent(String, VideoContentVariant, Path)} does.
   *
   * <p>Cancelling the future stops the download at any point: before the response, the call is
   * cancelled; during the copy, the connection is closed, the copy fails and the temporary file is
   * deleted. Closing the client does the same.
   *
   * @param videoId the job's id
   * @param variant which asset; null for {@code VIDEO}
   * @param target the file to write; its folder must exist
   * @param options this call's options
   * @return a future of {@code target}
   */
  public CompletableFuture<Path> downloadContentAsync(String videoId, VideoContentVariant variant, Path target,
      RequestOptions options) {
    Downloads.checkTarget(target);
    VideoCalls.Prepared<ResponseBody> content = calls.content(videoId, variant);
    Requests.checkNotNull("options", options);
    return Downloads.toFileAsync(content.calls,
        tracked -> calls.sendRawAsync(new VideoCalls.Prepared<>(content.operation, tracked), options),
        first -> calls.resumeOf(first, videoId, variant, options), target, downloads, pending);
  }

  /**
   * Streams a finished job's content into a stream, which is not closed.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @param out where the bytes go
   * @return the number of bytes written
   */
  public long downloadContent(String videoId, VideoContentVariant variant, OutputStream out) {
    return downloadContent(videoId, variant, out, RequestOptions.defaults());
  }

  /**
   * Streams a finished job's content into a stream, which is not closed, with options for this
   * call.
   *
   * @param videoId the job's id
   * @param variant which asset; null for {@code VIDEO}
   * @param out where the bytes go
   * @param options this call's options
   * @return the number of bytes written
   */
  public long downloadContent(String videoId, VideoContentVariant variant, OutputStream out, RequestOptions options) {
    Requests.checkNotNull("out", out);
    return Downloads.toStream(calls.send(calls.content(videoId, variant), options).body(), out);
  }

  /**
   * Opens a finished job's content as a stream; the caller must close it.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @return the content, read from the network as it is consumed
   */
  public InputStream openContent(String videoId, VideoContentVariant variant) {
    return openContent(videoId, variant, RequestOptions.defaults());
  }

  /**
   * Opens a finished job's content as a stream, with options for this call; the caller must close
   * it. A timeout in the options bounds the reading of the stream too.
   *
   * @param videoId the job's id
   * @param variant which asset; null for {@code VIDEO}
   * @param options this call's options
   * @return the content, read from the network as it is consumed
   */
  public InputStream openContent(String videoId, VideoContentVariant variant, RequestOptions options) {
    return Downloads.open(calls.send(calls.content(videoId, variant), options).body());
  }
}
