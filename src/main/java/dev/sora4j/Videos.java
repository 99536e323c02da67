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
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ResponseBody;

/**
 * The operations of the Videos API: start jobs (create, remix, edit, extend), wait for them,
 * download their content, list, delete, and manage characters. Every operation has a blocking
 * form and an asynchronous {@code ...Async} form returning a {@link CompletableFuture}, and
 * accepts {@link RequestOptions} for one call.
 *
 * <p>Obtained from {@link VideosClient#videos()}; thread-safe. Invalid arguments are rejected
 * with an {@link IllegalArgumentException} naming the field before anything is sent; failed calls
 * throw (or complete the future with) a {@link VideosException}.
 */
public final class Videos {
  private final VideosApi api;
  private final Moshi moshi;
  private final ClientConfig config;
  private final CallExecutor executor;
  private final Poller poller;
  private final Raw raw = new Raw();

  Videos(VideosApi api, Moshi moshi, ClientConfig config, CallExecutor executor, ScheduledExecutorService scheduler) {
    this.api = api;
    this.moshi = moshi;
    this.config = config;
    this.executor = executor;
    this.poller = new Poller(scheduler);
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
    return raw.create(request, options).body();
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
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.CREATE, options,
        headers -> api.createVideo(headers, request.toRequestBody(moshi, config.defaultModel))));
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
    requireId("videoId", videoId);
    requireNonNull("options", options);
    return poller.poll(videoId, options, id -> executor.execute(Operation.RETRIEVE, RequestOptions.none(),
        headers -> api.getVideo(headers, id)));
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
    requireId("videoId", videoId);
    requireNonNull("options", options);
    return poller.pollAsync(videoId, options, id -> executor.executeAsync(Operation.RETRIEVE, RequestOptions.none(),
        headers -> api.getVideo(headers, id)));
  }

  /**
   * Starts a job and waits for its final state.
   *
   * @param request what to generate
   * @param options how to wait
   * @return the job in its final state
   */
  public Video createAndPoll(VideoCreateRequest request, PollOptions options) {
    requireNonNull("options", options);
    return poll(create(request).id(), options);
  }

  /**
   * Starts a job and waits for its final state without blocking.
   *
   * @param request what to generate
   * @param options how to wait
   * @return a future of the job in its final state; cancelling it stops the waiting, not the job
   */
  public CompletableFuture<Video> createAndPollAsync(VideoCreateRequest request, PollOptions options) {
    requireNonNull("options", options);
    CompletableFuture<Video> created = createAsync(request);
    AtomicReference<CompletableFuture<Video>> polling = new AtomicReference<>();
    CompletableFuture<Video> done = created.thenCompose(video -> {
      CompletableFuture<Video> poll = pollAsync(video.id(), options);
      polling.set(poll);
      return poll;
    });
    done.whenComplete((video, failure) -> {
      if (done.isCancelled()) {
        created.cancel(true);
        CompletableFuture<Video> poll = polling.get();
        if (poll != null) {
          poll.cancel(true);
        }
      }
    });
    return done;
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
    requireId("videoId", videoId);
    requireNonNull("request", request);
    return executor.execute(Operation.REMIX, options,
        headers -> api.createVideoRemix(headers, videoId, request.toRequestBody(moshi, config.defaultModel))).body();
  }

  /**
   * Starts a remix job without blocking.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> remixAsync(String videoId, VideoRemixRequest request) {
    requireId("videoId", videoId);
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.REMIX, RequestOptions.none(),
        headers -> api.createVideoRemix(headers, videoId, request.toRequestBody(moshi, config.defaultModel))));
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
    requireNonNull("request", request);
    return executor.execute(Operation.EDIT, options,
        headers -> api.createVideoEdit(headers, request.toRequestBody(moshi, config.defaultModel))).body();
  }

  /**
   * Starts an edit job without blocking.
   *
   * @param request the video and the prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> editAsync(VideoEditRequest request) {
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.EDIT, RequestOptions.none(),
        headers -> api.createVideoEdit(headers, request.toRequestBody(moshi, config.defaultModel))));
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
    requireNonNull("request", request);
    return executor.execute(Operation.EXTEND, options,
        headers -> api.createVideoExtend(headers, request.toRequestBody(moshi, config.defaultModel))).body();
  }

  /**
   * Starts an extend job without blocking.
   *
   * @param request the video, the prompt and the added duration
   * @return a future of the new job
   */
  public CompletableFuture<Video> extendAsync(VideoExtendRequest request) {
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.EXTEND, RequestOptions.none(),
        headers -> api.createVideoExtend(headers, request.toRequestBody(moshi, config.defaultModel))));
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
    return raw.retrieve(videoId, options).body();
  }

  /**
   * Fetches a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the job
   */
  public CompletableFuture<Video> retrieveAsync(String videoId) {
    requireId("videoId", videoId);
    return bodyOf(executor.executeAsync(Operation.RETRIEVE, RequestOptions.none(),
        headers -> api.getVideo(headers, videoId)));
  }

  /**
   * Fetches one page of jobs.
   *
   * @param request limit, order and cursor
   * @return the page; pass its {@code lastId} as the next request's {@code after}
   */
  public VideoList list(VideoListRequest request) {
    return raw.list(request, RequestOptions.none()).body();
  }

  /**
   * Fetches one page of jobs without blocking.
   *
   * @param request limit, order and cursor
   * @return a future of the page
   */
  public CompletableFuture<VideoList> listAsync(VideoListRequest request) {
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.LIST, RequestOptions.none(),
        headers -> api.listVideos(headers, request.limitOrNull(), request.orderOrNull(), request.afterOrNull())));
  }

  /**
   * Iterates over every job, fetching each page only when the iteration reaches it and stopping
   * after the page whose {@code has_more} is false.
   *
   * @param request the first page's limit, order and cursor
   * @return a lazy iterable; each iteration starts again from the first page
   */
  public Iterable<Video> listAll(VideoListRequest request) {
    requireNonNull("request", request);
    return () -> new PageIterator(request);
  }

  /**
   * Deletes a job and its content.
   *
   * @param videoId the job's id
   * @return the deletion's confirmation
   */
  public DeletedVideo delete(String videoId) {
    return raw.delete(videoId, RequestOptions.none()).body();
  }

  /**
   * Deletes a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the confirmation
   */
  public CompletableFuture<DeletedVideo> deleteAsync(String videoId) {
    requireId("videoId", videoId);
    return bodyOf(executor.executeAsync(Operation.DELETE, RequestOptions.none(),
        headers -> api.deleteVideo(headers, videoId)));
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
    requireNonNull("request", request);
    return executor.execute(Operation.CREATE_CHARACTER, options,
        headers -> api.createVideoCharacter(headers, request.toRequestBody(moshi, config.defaultModel))).body();
  }

  /**
   * Uploads a character without blocking.
   *
   * @param request the character's name and video
   * @return a future of the stored character
   */
  public CompletableFuture<VideoCharacter> createCharacterAsync(CharacterCreateRequest request) {
    requireNonNull("request", request);
    return bodyOf(executor.executeAsync(Operation.CREATE_CHARACTER, RequestOptions.none(),
        headers -> api.createVideoCharacter(headers, request.toRequestBody(moshi, config.defaultModel))));
  }

  /**
   * Fetches a character.
   *
   * @param characterId the character's id
   * @return the character
   */
  public VideoCharacter retrieveCharacter(String characterId) {
    requireId("characterId", characterId);
    return executor.execute(Operation.RETRIEVE_CHARACTER, RequestOptions.none(),
        headers -> api.getVideoCharacter(headers, characterId)).body();
  }

  /**
   * Fetches a character without blocking.
   *
   * @param characterId the character's id
   * @return a future of the character
   */
  public CompletableFuture<VideoCharacter> retrieveCharacterAsync(String characterId) {
    requireId("characterId", characterId);
    return bodyOf(executor.executeAsync(Operation.RETRIEVE_CHARACTER, RequestOptions.none(),
        headers -> api.getVideoCharacter(headers, characterId)));
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
    requireNonNull("target", target);
    return Downloads.toFile(openContentBody(videoId, variant), target);
  }

  /**
   * Downloads a finished job's content to a file without blocking the caller's thread; the body
   * is written by the HTTP client's thread that received it. Cancelling the future stops the
   * download only until the body starts arriving.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @param target the file to write
   * @return a future of {@code target}
   */
  public CompletableFuture<Path> downloadContentAsync(String videoId, VideoContentVariant variant, Path target) {
    requireNonNull("target", target);
    return openContentBodyAsync(videoId, variant).thenApply(body -> Downloads.toFile(body, target));
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
    requireNonNull("out", out);
    return Downloads.toStream(openContentBody(videoId, variant), out);
  }

  /**
   * Opens a finished job's content as a stream; the caller must close it.
   *
   * @param videoId the job's id
   * @param variant which asset
   * @return the content, read from the network as it is consumed
   */
  public InputStream openContent(String videoId, VideoContentVariant variant) {
    return Downloads.open(openContentBody(videoId, variant));
  }

  private ResponseBody openContentBody(String videoId, VideoContentVariant variant) {
    requireId("videoId", videoId);
    VideoContentVariant chosen = variant == null ? VideoContentVariant.VIDEO : variant;
    return executor.execute(Operation.DOWNLOAD_CONTENT, RequestOptions.none(),
        headers -> api.retrieveVideoContent(headers, videoId, chosen)).body();
  }

  private CompletableFuture<ResponseBody> openContentBodyAsync(String videoId, VideoContentVariant variant) {
    requireId("videoId", videoId);
    VideoContentVariant chosen = variant == null ? VideoContentVariant.VIDEO : variant;
    return bodyOf(executor.executeAsync(Operation.DOWNLOAD_CONTENT, RequestOptions.none(),
        headers -> api.retrieveVideoContent(headers, videoId, chosen)));
  }

  // ---- raw responses ----------------------------------------------------------------------

  /**
   * Returns the view of these operations that also gives the HTTP status and headers (such as
   * {@code x-request-id}).
   *
   * @return the raw-response view
   */
  public Raw withRawResponse() {
    return raw;
  }

  /** The operations that return the HTTP response with the parsed body. */
  public final class Raw {
    private Raw() {
    }

    /**
     * Starts a video job.
     *
     * @param request what to generate
     * @param options this call's options
     * @return the new job with its response
     */
    public RawResponse<Video> create(VideoCreateRequest request, RequestOptions options) {
      requireNonNull("request", request);
      return executor.execute(Operation.CREATE, options,
          headers -> api.createVideo(headers, request.toRequestBody(moshi, config.defaultModel)));
    }

    /**
     * Fetches a job.
     *
     * @param videoId the job's id
     * @param options this call's options
     * @return the job with its response
     */
    public RawResponse<Video> retrieve(String videoId, RequestOptions options) {
      requireId("videoId", videoId);
      return executor.execute(Operation.RETRIEVE, options, headers -> api.getVideo(headers, videoId));
    }

    /**
     * Fetches one page of jobs.
     *
     * @param request limit, order and cursor
     * @param options this call's options
     * @return the page with its response
     */
    public RawResponse<VideoList> list(VideoListRequest request, RequestOptions options) {
      requireNonNull("request", request);
      return executor.execute(Operation.LIST, options,
          headers -> api.listVideos(headers, request.limitOrNull(), request.orderOrNull(), request.afterOrNull()));
    }

    /**
     * Deletes a job.
     *
     * @param videoId the job's id
     * @param options this call's options
     * @return the confirmation with its response
     */
    public RawResponse<DeletedVideo> delete(String videoId, RequestOptions options) {
      requireId("videoId", videoId);
      return executor.execute(Operation.DELETE, options, headers -> api.deleteVideo(headers, videoId));
    }
  }

  /** Fetches the next page only when the current one is used up. */
  private final class PageIterator implements Iterator<Video> {
    private VideoListRequest next;
    private Iterator<Video> page = java.util.Collections.<Video>emptyList().iterator();

    PageIterator(VideoListRequest first) {
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && next != null) {
        VideoList list = list(next);
        page = list.data().iterator();
        String lastId = list.lastId().orElse(null);
        boolean more = Boolean.TRUE.equals(list.hasMore()) && lastId != null && !list.data().isEmpty();
        next = more ? next.withAfter(lastId) : null;
      }
      return page.hasNext();
    }

    @Override
    public Video next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }

  /** The body's future; cancelling it cancels the call in flight and any retry it waits for. */
  private static <T> CompletableFuture<T> bodyOf(CompletableFuture<RawResponse<T>> response) {
    CompletableFuture<T> body = response.thenApply(RawResponse::body);
    body.whenComplete((value, failure) -> {
      if (body.isCancelled()) {
        response.cancel(true);
      }
    });
    return body;
  }

  static void requireId(String name, String id) {
    if (id == null || id.trim().isEmpty()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
  }

  private static void requireNonNull(String name, Object value) {
    Objects.requireNonNull(value, name + ": must not be null");
  }
}
