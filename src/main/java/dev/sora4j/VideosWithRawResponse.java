package dev.sora4j;

import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoList;

/**
 * The operations of {@link Videos} that return a parsed body, returning it with the HTTP response
 * it came in (status and headers, such as {@code x-request-id}). Each behaves exactly as the
 * {@link Videos} method of the same name. Obtained from {@link Videos#withRawResponse()};
 * thread-safe.
 */
public class VideosWithRawResponse {
  private final VideoCalls calls;

  /** Not for subclassing outside the library: only {@link Videos} makes one. */
  VideosWithRawResponse(VideoCalls calls) {
    this.calls = calls;
  }

  /**
   * Starts a video job.
   *
   * @param request what to generate
   * @return the new job with its response
   */
  public RawResponse<Video> create(VideoCreateRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * Starts a video job with options for this call.
   *
   * @param request what to generate
   * @param options this call's options
   * @return the new job with its response
   */
  public RawResponse<Video> create(VideoCreateRequest request, RequestOptions options) {
    return calls.send(calls.create(request), options);
  }

  /**
   * Starts a remix job.
   *
   * @param videoId the video to remix
   * @param request the new prompt
   * @return the new job with its response
   */
  public RawResponse<Video> remix(String videoId, VideoRemixRequest request) {
    return remix(videoId, request, RequestOptions.defaults());
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
    return calls.send(calls.remix(videoId, request), options);
  }

  /**
   * Starts an edit job.
   *
   * @param request the video and the prompt
   * @return the new job with its response
   */
  public RawResponse<Video> edit(VideoEditRequest request) {
    return edit(request, RequestOptions.defaults());
  }

  /**
   * Starts an edit job with options for this call.
   *
   * @param request the video and the prompt
   * @param options this call's options
   * @return the new job with its response
   */
  public RawResponse<Video> edit(VideoEditRequest request, RequestOptions options) {
    return calls.send(calls.edit(request), options);
  }

  /**
   * Starts an extend job.
   *
   * @param request the video, the prompt and the added duration
   * @return the new job with its response
   */
  public RawResponse<Video> extend(VideoExtendRequest request) {
    return extend(request, RequestOptions.defaults());
  }

  /**
   * Starts an extend job with options for this call.
   *
   * @param request the video, the prompt and the added duration
   * @param options this call's options
   * @return the new job with its response
   */
  public RawResponse<Video> extend(VideoExtendRequest request, RequestOptions options) {
    return calls.send(calls.extend(request), options);
  }

  /**
   * Fetches a job.
   *
   * @param videoId the job's id
   * @return the job with its response
   */
  public RawResponse<Video> retrieve(String videoId) {
    return retrieve(videoId, RequestOptions.defaults());
  }

  /**
   * Fetches a job with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the job with its response
   */
  public RawResponse<Video> retrieve(String videoId, RequestOptions options) {
    return calls.send(calls.retrieve(videoId), options);
  }

  /**
   * Fetches one page of jobs.
   *
   * @param request limit, order and cursor
   * @return the page with its response
   */
  public RawResponse<VideoList> list(VideoListRequest request) {
    return list(request, RequestOptions.defaults());
  }

  /**
   * Fetches one page of jobs with options for this call.
   *
   * @param request limit, order and cursor
   * @param options this call's options
   * @return the page with its response
   */
  public RawResponse<VideoList> list(VideoListRequest request, RequestOptions options) {
    return calls.send(calls.list(request), options);
  }

  /**
   * Deletes a job.
   *
   * @param videoId the job's id
   * @return the confirmation with its response
   */
  public RawResponse<DeletedVideo> delete(String videoId) {
    return delete(videoId, RequestOptions.defaults());
  }

  /**
   * Deletes a job with options for this call.
   *
   * @param videoId the job's id
   * @param options this call's options
   * @return the confirmation with its response
   */
  public RawResponse<DeletedVideo> delete(String videoId, RequestOptions options) {
    return calls.send(calls.delete(videoId), options);
  }

  /**
   * Uploads a character.
   *
   * @param request the character's name and video
   * @return the stored character with its response
   */
  public RawResponse<VideoCharacter> createCharacter(CharacterCreateRequest request) {
    return createCharacter(request, RequestOptions.defaults());
  }

  /**
   * Uploads a character with options for this call.
   *
   * @param request the character's name and video
   * @param options this call's options
   * @return the stored character with its response
   */
  public RawResponse<VideoCharacter> createCharacter(CharacterCreateRequest request, RequestOptions options) {
    return calls.send(calls.createCharacter(request), options);
  }

  /**
   * Fetches a character.
   *
   * @param characterId the character's id
   * @return the character with its response
   */
  public RawResponse<VideoCharacter> retrieveCharacter(String characterId) {
    return retrieveCharacter(characterId, RequestOptions.defaults());
  }

  /**
   * Fetches a character with options for this call.
   *
   * @param characterId the character's id
   * @param options this call's options
   * @return the character with its response
   */
  public RawResponse<VideoCharacter> retrieveCharacter(String characterId, RequestOptions options) {
    return calls.send(calls.retrieveCharacter(characterId), options);
  }
}
