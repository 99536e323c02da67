package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The operations of the Videos API: start jobs (create, remix, edit, extend), wait for them,
 * download their content, list, delete, and manage characters. Every operation has a blocking
 * form and an asynchronous {@code ...Async} form returning a {@link CompletableFuture}, each with
 * an overload taking {@link RequestOptions} for that call; {@link #withRawResponse()} gives the
 * HTTP status and headers with the parsed body.
 *
 * <p>Obtained from {@link VideosClient#videos()}; thread-safe. Invalid arguments are rejected
 * before anything is sent, naming the parameter: a null, blank or unusable id with an
 * {@link IllegalArgumentException}, a null request, options object, target or stream with a
 * {@link NullPointerException}; failed calls throw (or complete the future with) a
 * {@link VideosException}. Once the client is closed, calls fail, and so do the futures still
 * pending.
 */
public final class Videos extends WaitsAndDownloads {
  private final WithRawResponse raw;

  /**
   * @param downloads runs the copies of asynchronous downloads, off the HTTP client's threads
   */
  Videos(VideosApi api, Moshi moshi, ClientConfig config, CallExecutor executor, Poller poller, Executor downloads,
      PendingCalls pending) {
    super(new VideoCalls(api, moshi, config, executor), poller, downloads, pending);
    this.raw = new WithRawResponse(calls);
  }

  // ---- create ----------------------------------------------------------------------------

  /**
   * Starts a video job. The request carries an {@code Idempotency-Key}, and is retried only where
   * the server cannot have started a job, so a retry never bills twice.
   *
   * @param request what to generate
   * @return the new job, usually {@code queued}
   */
  public Video create(VideoCreateRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * Starts a video job with options for this call.
   *
   * @param request what to generate
   * @param options this call's options
   * @return the new job, usually {@code queued}
   */
  public Video create(VideoCreateRequest request, RequestOptions options) {
    return calls.send(calls.create(request), options).body();
  }

  /**
   * Starts a video job without blocking.
   *
   * @param request what to generate
   * @return a future of the new job
   */
  public CompletableFuture<Video> createAsync(VideoCreateRequest request) {
    return createAsync(request, RequestOptions.defaults());
  }

  /**
   * Starts a video job without blocking, with options for this call.
   *
   * @param request what to generate
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> createAsync(VideoCreateRequest request, RequestOptions options) {
    return calls.sendAsync(calls.create(request), options);
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
    return remix(videoId, request, RequestOptions.defaults());
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
    return calls.send(calls.remix(videoId, request), options).body();
  }

  /**
   * Starts a remix job without blocking.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> remixAsync(String videoId, VideoRemixRequest request) {
    return remixAsync(videoId, request, RequestOptions.defaults());
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
    return calls.sendAsync(calls.remix(videoId, request), options);
  }

  /**
   * Starts a job that edits an existing or uploaded video.
   *
   * @param request the video and the prompt
   * @return the new job
   */
  public Video edit(VideoEditRequest request) {
    return edit(request, RequestOptions.defaults());
  }

  /**
   * Starts an edit job with options for this call.
   *
   * @param request the video and the prompt
   * @param options this call's options
   * @return the new job
   */
  public Video edit(VideoEditRequest request, RequestOptions options) {
    return calls.send(calls.edit(request), options).body();
  }

  /**
   * Starts an edit job without blocking.
   *
   * @param request the video and the prompt
   * @return a future of the new job
   */
  public CompletableFuture<Video> editAsync(VideoEditRequest request) {
    return editAsync(request, RequestOptions.defaults());
  }

  /**
   * Starts an edit job without blocking, with options for this call.
   *
   * @param request the video and the prompt
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> editAsync(VideoEditRequest request, RequestOptions options) {
    return calls.sendAsync(calls.edit(request), options);
  }

  /**
   * Starts a job that extends a video; the result's {@code seconds} is the stitched total.
   *
   * @param request the video, the prompt and the added duration
   * @return the new job
   */
  public Video extend(VideoExtendRequest request) {
    return extend(request, RequestOptions.defaults());
  }

  /**
   * Starts an extend job with options for this call.
   *
   * @param request the video, the prompt and the added duration
   * @param options this call's options
   * @return the new job
   */
  public Video extend(VideoExtendRequest request, RequestOptions options) {
    return calls.send(calls.extend(request), options).body();
  }

  /**
   * Starts an extend job without blocking.
   *
   * @param request the video, the prompt and the added duration
   * @return a future of the new job
   */
  public CompletableFuture<Video> extendAsync(VideoExtendRequest request) {
    return extendAsync(request, RequestOptions.defaults());
  }

  /**
   * Starts an extend job without blocking, with options for this call.
   *
   * @param request the video, the prompt and the added duration
   * @param options this call's options
   * @return a future of the new job
   */
  public CompletableFuture<Video> extendAsync(VideoExtendRequest request, RequestOptions options) {
    return calls.sendAsync(calls.extend(request), options);
  }

  // ---- reading and deleting ---------------------------------------------------------------

  /**
   * Fetches a job.
   *
   * @param videoId the job's id
   * @return the job as it is now
   */
  public Video retrieve(String videoId) {
    return retrieve(videoId, RequestOptions.defaults());
  }

  /**
   * Fetches a job with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the job as it is now
   */
  public Video retrieve(String videoId, RequestOptions options) {
    return calls.send(calls.retrieve(videoId), options).body();
  }

  /**
   * Fetches a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the job
   */
  public CompletableFuture<Video> retrieveAsync(String videoId) {
    return retrieveAsync(videoId, RequestOptions.defaults());
  }

  /**
   * Fetches a job without blocking, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return a future of the job
   */
  public CompletableFuture<Video> retrieveAsync(String videoId, RequestOptions options) {
    return calls.sendAsync(calls.retrieve(videoId), options);
  }

  /**
   * Fetches one page of jobs.
   *
   * @param request limit, order and cursor
   * @return the page; pass its {@code lastId} as the next request's {@code after}
   */
  public VideoList list(VideoListRequest request) {
    return list(request, RequestOptions.defaults());
  }

  /**
   * Fetches one page of jobs with options for this call.
   *
   * @param request limit, order and cursor
   * @param options this call's options
   * @return the page; pass its {@code lastId} as the next request's {@code after}
   */
  public VideoList list(VideoListRequest request, RequestOptions options) {
    return calls.send(calls.list(request), options).body();
  }

  /**
   * Fetches one page of jobs without blocking.
   *
   * @param request limit, order and cursor
   * @return a future of the page
   */
  public CompletableFuture<VideoList> listAsync(VideoListRequest request) {
    return listAsync(request, RequestOptions.defaults());
  }

  /**
   * Fetches one page of jobs without blocking, with options for this call.
   *
   * @param request limit, order and cursor
   * @param options this call's options
   * @return a future of the page
   */
  public CompletableFuture<VideoList> listAsync(VideoListRequest request, RequestOptions options) {
    return calls.sendAsync(calls.list(request), options);
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
    return listAll(request, RequestOptions.defaults());
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
    return delete(videoId, RequestOptions.defaults());
  }

  /**
   * Deletes a job and its content, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the deletion's confirmation
   */
  public DeletedVideo delete(String videoId, RequestOptions options) {
    return calls.send(calls.delete(videoId), options).body();
  }

  /**
   * Deletes a job without blocking.
   *
   * @param videoId the job's id
   * @return a future of the confirmation
   */
  public CompletableFuture<DeletedVideo> deleteAsync(String videoId) {
    return deleteAsync(videoId, RequestOptions.defaults());
  }

  /**
   * Deletes a job without blocking, with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return a future of the confirmation
   */
  public CompletableFuture<DeletedVideo> deleteAsync(String videoId, RequestOptions options) {
    return calls.sendAsync(calls.delete(videoId), options);
  }

  // ---- characters -------------------------------------------------------------------------

  /**
   * Uploads a character, to be referred to in later prompts.
   *
   * @param request the character's name and video
   * @return the stored character
   */
  public VideoCharacter createCharacter(CharacterCreateRequest request) {
    return createCharacter(request, RequestOptions.defaults());
  }

  /**
   * Uploads a character with options for this call.
   *
   * @param request the character's name and video
   * @param options this call's options
   * @return the stored character
   */
  public VideoCharacter createCharacter(CharacterCreateRequest request, RequestOptions options) {
    return calls.send(calls.createCharacter(request), options).body();
  }

  /**
   * Uploads a character without blocking.
   *
   * @param request the character's name and video
   * @return a future of the stored character
   */
  public CompletableFuture<VideoCharacter> createCharacterAsync(CharacterCreateRequest request) {
    return createCharacterAsync(request, RequestOptions.defaults());
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
    return calls.sendAsync(calls.createCharacter(request), options);
  }

  /**
   * Fetches a character.
   *
   * @param characterId the character's id
   * @return the character
   */
  public VideoCharacter retrieveCharacter(String characterId) {
    return retrieveCharacter(characterId, RequestOptions.defaults());
  }

  /**
   * Fetches a character with options for this call.
   *
   * @param characterId the character's id
   * @param options this call's options
   * @return the character
   */
  public VideoCharacter retrieveCharacter(String characterId, RequestOptions options) {
    return calls.send(calls.retrieveCharacter(characterId), options).body();
  }

  /**
   * Fetches a character without blocking.
   *
   * @param characterId the character's id
   * @return a future of the character
   */
  public CompletableFuture<VideoCharacter> retrieveCharacterAsync(String characterId) {
    return retrieveCharacterAsync(characterId, RequestOptions.defaults());
  }

  /**
   * Fetches a character without blocking, with options for this call.
   *
   * @param characterId the character's id
   * @param options this call's options
   * @return a future of the character
   */
  public CompletableFuture<VideoCharacter> retrieveCharacterAsync(String characterId, RequestOptions options) {
    return calls.sendAsync(calls.retrieveCharacter(characterId), options);
  }

  // ---- raw responses ----------------------------------------------------------------------

  /**
   * Returns the view of these operations that also gives the HTTP status and headers (such as
   * {@code x-request-id}). Name its type {@link VideosWithRawResponse}.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The raw-response view under the name it had before it became {@link VideosWithRawResponse}.
   *
   * @deprecated name the type {@link VideosWithRawResponse}; this one stays so that code naming
   *     {@code Videos.WithRawResponse} keeps compiling
   */
  @Deprecated
  public static final class WithRawResponse extends VideosWithRawResponse {
    WithRawResponse(VideoCalls calls) {
      super(calls);
    }
  }
}
