package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoList;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The operations of the Videos API: start jobs (create, remix, edit, extend), wait for them,
 * download their content, list, delete, and manage characters. Every operation has a blocking
 * form and an asynchronous {@code ...Async} form returning a {@link CompletableFuture}, each with
 * an overload taking {@link RequestOptions} for that call; {@link #withRawResponse()} gives the
 * HTTP status and headers with the parsed body.
 *
 * <p>Obtained from {@link VideosClient#videos()}; thread-safe. Invalid arguments are rejected
 * with an {@link IllegalArgumentException} (a null one with a {@link NullPointerException})
 * naming the parameter before anything is sent; failed calls throw (or complete the future with) a
 * {@link VideosException}. Once the client is closed, calls fail, and so do the futures still
 * pending.
 */
public final class Videos {
  private final VideosApi api;
  private final Moshi moshi;
  private final ClientConfig config;
  private final CallExecutor executor;
  private final Poller poller;
  private final Executor downloads;
  private final PendingCalls pending;
  private final WithRawResponse raw = new WithRawResponse();

  /**
   * @param downloads runs the copies of asynchronous downloads, off the HTTP client's threads
   */
  Videos(VideosApi api, Moshi moshi, ClientConfig config, CallExecutor executor, Poller poller, Executor downloads,
      PendingCalls pending) {
    this.api = api;
    this.moshi = moshi;
    this.config = config;
    this.executor = executor;
    this.poller = poller;
    this.downloads = downloads;
    this.pending = pending;
  }

  // ---- the calls of each operation --------------------------------------------------------
  // Each operation checks its arguments and makes its calls in exactly one place; the blocking,
  // asynchronous and raw forms below only choose how to run them.

  /** One operation ready to send: what it is, for the retry policy, and how to make each attempt's call. */
  private static final class Prepared<T> {
    final Operation operation;
    final CallFactory<T> calls;

    Prepared(Operation operation, CallFactory<T> calls) {
      this.operation = operation;
      this.calls = calls;
    }
  }

  private Prepared<Video> createCall(VideoCreateRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.CREATE,
        headers -> api.createVideo(headers, request.toRequestBody(moshi, config.defaultModel)));
  }

  private Prepared<Video> remixCall(String videoId, VideoRemixRequest request) {
    Requests.checkPathSegment("videoId", videoId);
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.REMIX, headers -> api.createVideoRemix(headers, videoId, request.toRequestBody(moshi)));
  }

  private Prepared<Video> editCall(VideoEditRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.EDIT, headers -> api.createVideoEdit(headers, request.toRequestBody(moshi)));
  }

  private Prepared<Video> extendCall(VideoExtendRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.EXTEND, headers -> api.createVideoExtend(headers, request.toRequestBody(moshi)));
  }

  private Prepared<Video> retrieveCall(String videoId) {
    Requests.checkPathSegment("videoId", videoId);
    return new Prepared<>(Operation.RETRIEVE, headers -> api.getVideo(headers, videoId));
  }

  private Prepared<VideoList> listCall(VideoListRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.LIST,
        headers -> api.listVideos(headers, request.limitOrNull(), request.orderOrNull(), request.afterOrNull()));
  }

  private Prepared<DeletedVideo> deleteCall(String videoId) {
    Requests.checkPathSegment("videoId", videoId);
    return new Prepared<>(Operation.DELETE, headers -> api.deleteVideo(headers, videoId));
  }

  private Prepared<VideoCharacter> createCharacterCall(CharacterCreateRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.CREATE_CHARACTER,
        headers -> api.createVideoCharacter(headers, request.toRequestBody(moshi)));
  }

  private Prepared<VideoCharacter> retrieveCharacterCall(String characterId) {
    Requests.checkPathSegment("characterId", characterId);
    return new Prepared<>(Operation.RETRIEVE_CHARACTER, headers -> api.getVideoCharacter(headers, characterId));
  }

  private Prepared<ResponseBody> contentCall(String videoId, VideoContentVariant variant) {
    Requests.checkPathSegment("videoId", videoId);
    VideoContentVariant chosen = variant == null ? VideoContentVariant.VIDEO : variant;
    if (chosen == VideoContentVariant.UNKNOWN) {
      throw new IllegalArgumentException("variant: must be VIDEO, THUMBNAIL or SPRITESHEET, was UNKNOWN");
    }
    return new Prepared<>(Operation.DOWNLOAD_CONTENT, headers -> api.retrieveVideoContent(headers, videoId, chosen));
  }

  private <T> RawResponse<T> send(Prepared<T> prepared, RequestOptions options) {
    return executor.execute(prepared.operation, Requests.checkNotNull("options", options), prepared.calls);
  }

  /** The body's future; cancelling it cancels the call in flight and any retry it waits for. */
  private <T> CompletableFuture<T> sendAsync(Prepared<T> prepared, RequestOptions options) {
    CompletableFuture<RawResponse<T>> response =
        executor.executeAsync(prepared.operation, Requests.checkNotNull("options", options), prepared.calls);
    CompletableFuture<T> body = response.thenApply(RawResponse::body);
    body.whenComplete((value, failure) -> {
      if (body.isCancelled()) {
        response.cancel(true);
      }
    });
    return body;
  }

  // ---- create and wait --------------------------------------------------------------------

  /**
   * Starts a video job. The request carries an {@code Idempotency-Key}, and is retried only where
   * the server cannot have started a job, so a retry never bills twice.
   *
   * @param request what to generate
   * @return the new job, usually {@code queued}
   */
  public Video create(VideoCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Starts a video job with options for this call.
   *
   * @param request what to generate
   * @param options this call's options
   * @return the new job, usually {@code queued}
   */
  public Video create(VideoCreateRequest request, RequestOptions options) {
    return send(createCall(request), options).body();
  }

  /**
   * Starts a video job without blocking.
   *
   * @param request what to generate
   * @return a future of the new job
   */
  public CompletableFuture<Video> createAsync(VideoCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Starts a video job without blocking, with options for this call.
   *
   * @param request what to generate
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> createAsync(VideoCreateRequest request, RequestOptions options) {
    return sendAsync(createCall(request), options);
  }

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
    return poll(videoId, options, RequestOptions.none());
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
    return pollFrom(job.id(), known, options, RequestOptions.none());
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
    return pollAsyncFrom(job.id(), known, options, RequestOptions.none());
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
    Prepared<Video> check = retrieveCall(videoId);
    Requests.checkNotNull("options", options);
    return poller.poll(videoId, options,
        (id, within) -> executor.execute(check.operation, requestOptions, check.calls, within), known);
  }

  /** Every asynchronous wait goes through here, as {@link #pollFrom} for blocking ones. */
  private CompletableFuture<Video> pollAsyncFrom(String videoId, RawResponse<Video> known, PollOptions options,
      RequestOptions requestOptions) {
    Prepared<Video> check = retrieveCall(videoId);
    Requests.checkNotNull("options", options);
    return poller.pollAsync(videoId, options,
        (id, within) -> executor.executeAsync(check.operation, requestOptions, check.calls, within), known);
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
    return pollAsync(videoId, options, RequestOptions.none());
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
    return createAndPoll(request, options, RequestOptions.none());
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
    RawResponse<Video> created = send(createCall(request), requestOptions);
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
    return createAndPollAsync(request, options, RequestOptions.none());
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
        executor.executeAsync(Operation.CREATE, requestOptions, createCall(request).calls);
    return thenPoll(created, raw -> pollAsyncFrom(raw.body().id(), raw, options, polling));
  }

  /**
   * Chains a wait onto a create. Cancelling (or otherwise completing) the result never cancels the
   * create, only skips the wait once the create is done, or cancels the wait once it runs.
   */
  static <C> CompletableFuture<Video> thenPoll(CompletableFuture<C> created,
      Function<C, CompletableFuture<Video>> startPolling) {
    CompletableFuture<Video> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<Video>> polling = new AtomicReference<>();
    created.whenComplete((video, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      if (result.isDone()) {
        return;
      }
      CompletableFuture<Video> poll;
      try {
        poll = startPolling.apply(video);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        return;
      }
      polling.set(poll);
      // The result may have ended after the check above and before polling was set, when the
      // result's own handler found nothing to cancel: either that handler or this check sees the other.
      if (result.isDone()) {
        poll.cancel(true);
        return;
      }
      poll.whenComplete((done, error) -> {
        if (error != null) {
          result.completeExceptionally(unwrap(error));
        } else {
          result.complete(done);
        }
      });
    });
    result.whenComplete((video, failure) -> {
      CompletableFuture<Video> poll = polling.get();
      if (poll != null) {
        poll.cancel(true);
      }
    });
    return result;
  }

  // ---- other job-starting operations -----------------------------------------------------

  /**
   * Starts a new job that remixes a completed video with a new prompt.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @return the new job
   */
  public Video remix(String videoId, VideoRemixRequest request) {
    return remix(videoId, request, RequestOptions.none());
  }

  /**
   * Starts a remix job with options for this call.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @param options this call's options
   * @return the new job
   */
  public Video remix(String videoId, VideoRemixRequest request, RequestOptions options) {
    return send(remixCall(videoId, request), options).body();
  }

  /**
   * Starts a remix job without blocking.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> remixAsync(String videoId, VideoRemixRequest request) {
    return remixAsync(videoId, request, RequestOptions.none());
  }

  /**
   * Starts a remix job without blocking, with options for this call.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> remixAsync(String videoId, VideoRemixRequest request, RequestOptions options) {
    return sendAsync(remixCall(videoId, request), options);
  }

  /**
   * Starts a job that edits an existing or uploaded video.
   *
   * @param request the video and the prompt
   * @return the new job
   */
  public Video edit(VideoEditRequest request) {
    return edit(request, RequestOptions.none());
  }

  /**
   * Starts an edit job with options for this call.
   *
   * @param request the video and the prompt
   * @param options this call's options
   * @return the new job
   */
  public Video edit(VideoEditRequest request, RequestOptions options) {
    return send(editCall(request), options).body();
  }

  /**
   * Starts an edit job without blocking.
   *
   * @param request the video and the prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> editAsync(VideoEditRequest request) {
    return editAsync(request, RequestOptions.none());
  }

  /**
   * Starts an edit job without blocking, with options for this call.
   *
   * @param request the video and the prompt
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> editAsync(VideoEditRequest request, RequestOptions options) {
    return sendAsync(editCall(request), options);
  }

  /**
   * Starts a job that extends a video; the result's {@code seconds} is the stitched total.
   *
   * @param request the video, the prompt and the added duration
   * @return the new job
   */
  public Video extend(VideoExtendRequest request) {
    return extend(request, RequestOptions.none());
  }

  /**
   * Starts an extend job with options for this call.
   *
   * @param request the video, the prompt and the added duration
   * @param options this call's options
   * @return the new job
   */
  public Video extend(VideoExtendRequest request, RequestOptions options) {
    return send(extendCall(request), options).body();
  }

  /**
   * Starts an extend job without blocking.
   *
   * @param request the video, the prompt and the added duration
   * @return a future of the new job
   */
  public CompletableFuture<Video> extendAsync(VideoExtendRequest request) {
    return extendAsync(request, RequestOptions.none());
  }

  /**
   * Starts an extend job without blocking, with options for this call.
   *
   * @param request the video, the prompt and the added duration
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> extendAsync(VideoExtendRequest request, RequestOptions options) {
    return sendAsync(extendCall(request), options);
  }

  // ---- reading and deleting ---------------------------------------------------------------

  /**
   * Fetches a job.
   *
   * @param videoId the job's id
   * @return the job as it is now
   */
  public Video retrieve(String videoId) {
    return retrieve(videoId, RequestOptions.none());
  }

  /**
   * Fetches a job with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the job as it is now
   */
  public Video retrieve(String videoId, RequestOptions options) {
    return send(retrieveCall(videoId), options).body();
  }

  /**
   * Fetches a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the job
   */
  public CompletableFuture<Video> retrieveAsync(String videoId) {
    return retrieveAsync(videoId, RequestOptions.none());
  }

  /**
   * Fetches a job without blocking, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return a future of the job
   */
  public CompletableFuture<Video> retrieveAsync(String videoId, RequestOptions options) {
    return sendAsync(retrieveCall(videoId), options);
  }

  /**
   * Fetches one page of jobs.
   *
   * @param request limit, order and cursor
   * @return the page; pass its {@code lastId} as the next request's {@code after}
   */
  public VideoList list(VideoListRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * Fetches one page of jobs with options for this call.
   *
   * @param request limit, order and cursor
   * @param options this call's options
   * @return the page; pass its {@code lastId} as the next request's {@code after}
   */
  public VideoList list(VideoListRequest request, RequestOptions options) {
    return send(listCall(request), options).body();
  }

  /**
   * Fetches one page of jobs without blocking.
   *
   * @param request limit, order and cursor
   * @return a future of the page
   */
  public CompletableFuture<VideoList> listAsync(VideoListRequest request) {
    return listAsync(request, RequestOptions.none());
  }

  /**
   * Fetches one page of jobs without blocking, with options for this call.
   *
   * @param request limit, order and cursor
   * @param options this call's options
   * @return a future of the page
   */
  public CompletableFuture<VideoList> listAsync(VideoListRequest request, RequestOptions options) {
    return sendAsync(listCall(request), options);
  }

  /**
   * Iterates over every job, fetching each page only when the iteration reaches it and stopping
   * after the page whose {@code has_more} is false. A page without {@code has_more} (some
   * gateways leave it out) is followed with {@code after} set to its last id until a page comes
   * back empty; a server that sends a cursor it sent before ends the iteration with a
   * {@link MalformedResponseException} instead of looping forever.
   *
   * @param request the first page's limit, order and cursor
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public Iterable<Video> listAll(VideoListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Iterates over every job, with options for each page's call.
   *
   * @param request the first page's limit, order and cursor
   * @param options the options of each page's call
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public Iterable<Video> listAll(VideoListRequest request, RequestOptions options) {
    Requests.checkNotNull("request", request);
    Requests.checkNotNull("options", options);
    return () -> new Pages(request, page -> list(page, options));
  }

  /**
   * Deletes a job and its content.
   *
   * @param videoId the job's id
   * @return the deletion's confirmation
   */
  public DeletedVideo delete(String videoId) {
    return delete(videoId, RequestOptions.none());
  }

  /**
   * Deletes a job and its content, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the deletion's confirmation
   */
  public DeletedVideo delete(String videoId, RequestOptions options) {
    return send(deleteCall(videoId), options).body();
  }

  /**
   * Deletes a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the confirmation
   */
  public CompletableFuture<DeletedVideo> deleteAsync(String videoId) {
    return deleteAsync(videoId, RequestOptions.none());
  }

  /**
   * Deletes a job without blocking, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return a future of the confirmation
   */
  public CompletableFuture<DeletedVideo> deleteAsync(String videoId, RequestOptions options) {
    return sendAsync(deleteCall(videoId), options);
  }

  // ---- characters -------------------------------------------------------------------------

  /**
   * Uploads a character, to be referred to in later prompts.
   *
   * @param request the character's name and video
   * @return the stored character
   */
  public VideoCharacter createCharacter(CharacterCreateRequest request) {
    return createCharacter(request, RequestOptions.none());
  }

  /**
   * Uploads a character with options for this call.
   *
   * @param request the character's name and video
   * @param options this call's options
   * @return the stored character
   */
  public VideoCharacter createCharacter(CharacterCreateRequest request, RequestOptions options) {
    return send(createCharacterCall(request), options).body();
  }

  /**
   * Uploads a character without blocking.
   *
   * @param request the character's name and video
   * @return a future of the stored character
   */
  public CompletableFuture<VideoCharacter> createCharacterAsync(CharacterCreateRequest request) {
    return createCharacterAsync(request, RequestOptions.none());
  }

  /**
   * Uploads a character without blocking, with options for this call.
   *
   * @param request the character's name and video
   * @param options this call's options
   * @return a future of the stored character
   */
  public CompletableFuture<VideoCharacter> createCharacterAsync(CharacterCreateRequest request,
      RequestOptions options) {
    return sendAsync(createCharacterCall(request), options);
  }

  /**
   * Fetches a character.
   *
   * @param characterId the character's id
   * @return the character
   */
  public VideoCharacter retrieveCharacter(String characterId) {
    return retrieveCharacter(characterId, RequestOptions.none());
  }

  /**
   * Fetches a character with options for this call.
   *
   * @param characterId the character's id
   * @param options this call's options
   * @return the character
   */
  public VideoCharacter retrieveCharacter(String characterId, RequestOptions options) {
    return send(retrieveCharacterCall(characterId), options).body();
  }

  /**
   * Fetches a character without blocking.
   *
   * @param characterId the character's id
   * @return a future of the character
   */
  public CompletableFuture<VideoCharacter> retrieveCharacterAsync(String characterId) {
    return retrieveCharacterAsync(characterId, RequestOptions.none());
  }

  /**
   * Fetches a character without blocking, with options for this call.
   *
   * @param characterId the character's id
   * @param options this call's options
   * @return a future of the character
   */
  public CompletableFuture<VideoCharacter> retrieveCharacterAsync(String characterId, RequestOptions options) {
    return sendAsync(retrieveCharacterCall(characterId), options);
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
    return downloadContent(videoId, variant, target, RequestOptions.none());
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
    RawResponse<ResponseBody> first = send(contentCall(videoId, variant), options);
    return Downloads.toFile(first.body(), target, resumeOf(first, videoId, variant, options));
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
    return downloadContentAsync(videoId, variant, target, RequestOptions.none());
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
    Prepared<ResponseBody> prepared = contentCall(videoId, variant);
    Requests.checkNotNull("options", options);
    // The call of the latest attempt: cancelling it is the thread-safe way to stop a copy that is
    // reading its body on another thread (it closes the connection under the reader).
    AtomicReference<Call<ResponseBody>> latest = new AtomicReference<>();
    CompletableFuture<RawResponse<ResponseBody>> response = executor.executeAsync(prepared.operation, options,
        headers -> {
          Call<ResponseBody> call = prepared.calls.newCall(headers);
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
        result.completeExceptionally(closing != null ? closing : unwrap(failure));
        return;
      }
      ResponseBody body = raw.body();
      if (result.isDone()) {
        body.close();
        return;
      }
      try {
        Downloads.Resume resume = resumeOf(raw, videoId, variant, options);
        downloads.execute(() -> copy(body, target, resume, result, closedBy));
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

  /** Resumes a broken download of this content, by {@link RangeResume}'s rules. */
  private Downloads.Resume resumeOf(RawResponse<ResponseBody> first, String videoId, VideoContentVariant variant,
      RequestOptions options) {
    return new RangeResume(first, withRange -> send(contentCall(videoId, variant), withRange), options,
        config.maxDownloadResumes);
  }

  private static void copy(ResponseBody body, Path target, Downloads.Resume resume, CompletableFuture<Path> result,
      AtomicReference<Throwable> closedBy) {
    if (result.isDone()) {
      body.close();
      return;
    }
    try {
      result.complete(Downloads.toFile(body, target, resume));
    } catch (RuntimeException | Error e) {
      Throwable closing = closedBy.get();
      result.completeExceptionally(closing != null ? closing : e);
    }
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
    return downloadContent(videoId, variant, out, RequestOptions.none());
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
    return Downloads.toStream(send(contentCall(videoId, variant), options).body(), out);
  }

  /**
   * Opens a finished job's content as a stream; the caller must close it.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @return the content, read from the network as it is consumed
   */
  public InputStream openContent(String videoId, VideoContentVariant variant) {
    return openContent(videoId, variant, RequestOptions.none());
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
    return Downloads.open(send(contentCall(videoId, variant), options).body());
  }

  // ---- raw responses ----------------------------------------------------------------------

  /**
   * Returns the view of these operations that also gives the HTTP status and headers (such as
   * {@code x-request-id}).
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The operations that return a parsed body, returning it with the HTTP response it came in.
   * Each behaves exactly as the {@link Videos} method of the same name.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * Starts a video job.
     *
     * @param request what to generate
     * @return the new job with its response
     */
    public RawResponse<Video> create(VideoCreateRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * Starts a video job with options for this call.
     *
     * @param request what to generate
     * @param options this call's options
     * @return the new job with its response
     */
    public RawResponse<Video> create(VideoCreateRequest request, RequestOptions options) {
      return send(createCall(request), options);
    }

    /**
     * Starts a remix job.
     *
     * @param videoId the video to remix
     * @param request the new prompt
     * @return the new job with its response
     */
    public RawResponse<Video> remix(String videoId, VideoRemixRequest request) {
      return remix(videoId, request, RequestOptions.none());
    }

    /**
     * Starts a remix job with options for this call.
     *
     * @param videoId the video to remix
     * @param request the new prompt
     * @param options this call's options
     * @return the new job with its response
     */
    public RawResponse<Video> remix(String videoId, VideoRemixRequest request, RequestOptions options) {
      return send(remixCall(videoId, request), options);
    }

    /**
     * Starts an edit job.
     *
     * @param request the video and the prompt
     * @return the new job with its response
     */
    public RawResponse<Video> edit(VideoEditRequest request) {
      return edit(request, RequestOptions.none());
    }

    /**
     * Starts an edit job with options for this call.
     *
     * @param request the video and the prompt
     * @param options this call's options
     * @return the new job with its response
     */
    public RawResponse<Video> edit(VideoEditRequest request, RequestOptions options) {
      return send(editCall(request), options);
    }

    /**
     * Starts an extend job.
     *
     * @param request the video, the prompt and the added duration
     * @return the new job with its response
     */
    public RawResponse<Video> extend(VideoExtendRequest request) {
      return extend(request, RequestOptions.none());
    }

    /**
     * Starts an extend job with options for this call.
     *
     * @param request the video, the prompt and the added duration
     * @param options this call's options
     * @return the new job with its response
     */
    public RawResponse<Video> extend(VideoExtendRequest request, RequestOptions options) {
      return send(extendCall(request), options);
    }

    /**
     * Fetches a job.
     *
     * @param videoId the job's id
     * @return the job with its response
     */
    public RawResponse<Video> retrieve(String videoId) {
      return retrieve(videoId, RequestOptions.none());
    }

    /**
     * Fetches a job with options for this call.
     *
     * @param videoId the job's id
     * @param options this call's options
     * @return the job with its response
     */
    public RawResponse<Video> retrieve(String videoId, RequestOptions options) {
      return send(retrieveCall(videoId), options);
    }

    /**
     * Fetches one page of jobs.
     *
     * @param request limit, order and cursor
     * @return the page with its response
     */
    public RawResponse<VideoList> list(VideoListRequest request) {
      return list(request, RequestOptions.none());
    }

    /**
     * Fetches one page of jobs with options for this call.
     *
     * @param request limit, order and cursor
     * @param options this call's options
     * @return the page with its response
     */
    public RawResponse<VideoList> list(VideoListRequest request, RequestOptions options) {
      return send(listCall(request), options);
    }

    /**
     * Deletes a job.
     *
     * @param videoId the job's id
     * @return the confirmation with its response
     */
    public RawResponse<DeletedVideo> delete(String videoId) {
      return delete(videoId, RequestOptions.none());
    }

    /**
     * Deletes a job with options for this call.
     *
     * @param videoId the job's id
     * @param options this call's options
     * @return the confirmation with its response
     */
    public RawResponse<DeletedVideo> delete(String videoId, RequestOptions options) {
      return send(deleteCall(videoId), options);
    }

    /**
     * Uploads a character.
     *
     * @param request the character's name and video
     * @return the stored character with its response
     */
    public RawResponse<VideoCharacter> createCharacter(CharacterCreateRequest request) {
      return createCharacter(request, RequestOptions.none());
    }

    /**
     * Uploads a character with options for this call.
     *
     * @param request the character's name and video
     * @param options this call's options
     * @return the stored character with its response
     */
    public RawResponse<VideoCharacter> createCharacter(CharacterCreateRequest request, RequestOptions options) {
      return send(createCharacterCall(request), options);
    }

    /**
     * Fetches a character.
     *
     * @param characterId the character's id
     * @return the character with its response
     */
    public RawResponse<VideoCharacter> retrieveCharacter(String characterId) {
      return retrieveCharacter(characterId, RequestOptions.none());
    }

    /**
     * Fetches a character with options for this call.
     *
     * @param characterId the character's id
     * @param options this call's options
     * @return the character with its response
     */
    public RawResponse<VideoCharacter> retrieveCharacter(String characterId, RequestOptions options) {
      return send(retrieveCharacterCall(characterId), options);
    }
  }

  /** A dependant's failure arrives wrapped; the caller should see the VideosException itself. */
  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }
}
