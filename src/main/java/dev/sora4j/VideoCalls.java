package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoList;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;

/**
 * The calls of each operation: each checks its arguments and makes its calls in exactly one
 * place, so that the blocking, asynchronous and raw forms of {@link Videos} and
 * {@link VideosWithRawResponse} only choose how to run them.
 */
final class VideoCalls {
  private final VideosApi api;
  private final Moshi moshi;
  private final ClientConfig config;
  final CallExecutor executor;

  VideoCalls(VideosApi api, Moshi moshi, ClientConfig config, CallExecutor executor) {
    this.api = api;
    this.moshi = moshi;
    this.config = config;
    this.executor = executor;
  }

  /** One operation ready to send: what it is, for the retry policy, and how to make each attempt's call. */
  static final class Prepared<T> {
    final Operation operation;
    final CallFactory<T> calls;

    Prepared(Operation operation, CallFactory<T> calls) {
      this.operation = operation;
      this.calls = calls;
    }
  }

  Prepared<Video> create(VideoCreateRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.CREATE,
        headers -> api.createVideo(headers, request.toRequestBody(moshi, config.defaultModel)));
  }

  Prepared<Video> remix(String videoId, VideoRemixRequest request) {
    Requests.checkPathSegment("videoId", videoId);
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.REMIX, headers -> api.createVideoRemix(headers, videoId, request.toRequestBody(moshi)));
  }

  Prepared<Video> edit(VideoEditRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.EDIT, headers -> api.createVideoEdit(headers, request.toRequestBody(moshi)));
  }

  Prepared<Video> extend(VideoExtendRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.EXTEND, headers -> api.createVideoExtend(headers, request.toRequestBody(moshi)));
  }

  Prepared<Video> retrieve(String videoId) {
    Requests.checkPathSegment("videoId", videoId);
    return new Prepared<>(Operation.RETRIEVE, headers -> api.getVideo(headers, videoId));
  }

  Prepared<VideoList> list(VideoListRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.LIST,
        headers -> api.listVideos(headers, request.limitOrNull(), request.orderOrNull(), request.afterOrNull()));
  }

  Prepared<DeletedVideo> delete(String videoId) {
    Requests.checkPathSegment("videoId", videoId);
    return new Prepared<>(Operation.DELETE, headers -> api.deleteVideo(headers, videoId));
  }

  Prepared<VideoCharacter> createCharacter(CharacterCreateRequest request) {
    Requests.checkNotNull("request", request);
    return new Prepared<>(Operation.CREATE_CHARACTER,
        headers -> api.createVideoCharacter(headers, request.toRequestBody(moshi)));
  }

  Prepared<VideoCharacter> retrieveCharacter(String characterId) {
    Requests.checkPathSegment("characterId", characterId);
    return new Prepared<>(Operation.RETRIEVE_CHARACTER, headers -> api.getVideoCharacter(headers, characterId));
  }

  Prepared<ResponseBody> content(String videoId, VideoContentVariant variant) {
    Requests.checkPathSegment("videoId", videoId);
    VideoContentVariant chosen = variant == null ? VideoContentVariant.VIDEO : variant;
    if (chosen == VideoContentVariant.UNKNOWN) {
      throw new IllegalArgumentException("variant: must be VIDEO, THUMBNAIL or SPRITESHEET, was UNKNOWN");
    }
    return new Prepared<>(Operation.DOWNLOAD_CONTENT, headers -> api.retrieveVideoContent(headers, videoId, chosen));
  }

  <T> RawResponse<T> send(Prepared<T> prepared, RequestOptions options) {
    return executor.execute(prepared.operation, Requests.checkNotNull("options", options), prepared.calls);
  }

  <T> CompletableFuture<RawResponse<T>> sendRawAsync(Prepared<T> prepared, RequestOptions options) {
    return executor.executeAsync(prepared.operation, Requests.checkNotNull("options", options), prepared.calls);
  }

  /** The body's future; cancelling it cancels the call in flight and any retry it waits for. */
  <T> CompletableFuture<T> sendAsync(Prepared<T> prepared, RequestOptions options) {
    CompletableFuture<RawResponse<T>> response = sendRawAsync(prepared, options);
    CompletableFuture<T> body = response.thenApply(RawResponse::body);
    body.whenComplete((value, failure) -> {
      if (body.isCancelled()) {
        response.cancel(true);
      }
    });
    return body;
  }

  /** The checks of a wait for this job, each with these options and cut to the time the wait has left. */
  Poller.Check<RawResponse<Video>> checks(String videoId, RequestOptions options) {
    Prepared<Video> check = retrieve(videoId);
    Requests.checkNotNull("requestOptions", options);
    return (id, within) -> executor.execute(check.operation, options, check.calls, within);
  }

  /** The checks of an asynchronous wait, as {@link #checks} for blocking ones. */
  Poller.Check<CompletableFuture<RawResponse<Video>>> asyncChecks(String videoId, RequestOptions options) {
    Prepared<Video> check = retrieve(videoId);
    Requests.checkNotNull("requestOptions", options);
    return (id, within) -> executor.executeAsync(check.operation, options, check.calls, within);
  }

  /** Resumes a broken download of this content, by {@link RangeResume}'s rules. */
  Downloads.Resume resumeOf(RawResponse<ResponseBody> first, String videoId, VideoContentVariant variant,
      RequestOptions options) {
    return new RangeResume(first, withRange -> send(content(videoId, variant), withRange), options,
        config.maxDownloadResumes);
  }
}
