// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import dev.sora4j.model.*;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The Retrofit interface of the Videos operations, one method per operation of the contract.
 *
 * <p>Paths are relative, so a base URL's path prefix (such as {@code /v1/} or
 * {@code /openai/v1/}) is kept. An operation with a request body takes it as a ready
 * {@link RequestBody}: the contract accepts several encodings for most bodies, and the caller
 * picks one.
 */
interface VideosApi {

  /**
   * Start a video generation job ({@code POST videos}, operation {@code createVideo}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param body the request body, encoded as one of: {@code multipart/form-data}, {@code application/json}
   * @return the call; its body is a {@link Video}
   */
  @Headers("Accept: application/json")
  @POST("videos")
  Call<Video> createVideo(@HeaderMap Map<String, String> headers, @Body RequestBody body);

  /**
   * Create a character ({@code POST videos/characters}, operation {@code createVideoCharacter}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param body the request body, encoded as one of: {@code multipart/form-data}
   * @return the call; its body is a {@link VideoCharacter}
   */
  @Headers("Accept: application/json")
  @POST("videos/characters")
  Call<VideoCharacter> createVideoCharacter(@HeaderMap Map<String, String> headers, @Body RequestBody body);

  /**
   * Edit a video ({@code POST videos/edits}, operation {@code createVideoEdit}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param body the request body, encoded as one of: {@code multipart/form-data}, {@code application/json}
   * @return the call; its body is a {@link Video}
   */
  @Headers("Accept: application/json")
  @POST("videos/edits")
  Call<Video> createVideoEdit(@HeaderMap Map<String, String> headers, @Body RequestBody body);

  /**
   * Extend a video ({@code POST videos/extensions}, operation {@code createVideoExtend}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param body the request body, encoded as one of: {@code multipart/form-data}, {@code application/json}
   * @return the call; its body is a {@link Video}
   */
  @Headers("Accept: application/json")
  @POST("videos/extensions")
  Call<Video> createVideoExtend(@HeaderMap Map<String, String> headers, @Body RequestBody body);

  /**
   * Remix a video ({@code POST videos/{video_id}/remix}, operation {@code createVideoRemix}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param videoId The id of the video job, e.g. `video_123`.
   * @param body the request body, encoded as one of: {@code multipart/form-data}, {@code application/json}
   * @return the call; its body is a {@link Video}
   */
  @Headers("Accept: application/json")
  @POST("videos/{video_id}/remix")
  Call<Video> createVideoRemix(@HeaderMap Map<String, String> headers, @Path("video_id") String videoId, @Body RequestBody body);

  /**
   * Delete a video job ({@code DELETE videos/{video_id}}, operation {@code deleteVideo}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param videoId The id of the video job, e.g. `video_123`.
   * @return the call; its body is a {@link DeletedVideo}
   */
  @Headers("Accept: application/json")
  @DELETE("videos/{video_id}")
  Call<DeletedVideo> deleteVideo(@HeaderMap Map<String, String> headers, @Path("video_id") String videoId);

  /**
   * Get a video job ({@code GET videos/{video_id}}, operation {@code getVideo}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param videoId The id of the video job, e.g. `video_123`.
   * @return the call; its body is a {@link Video}
   */
  @Headers("Accept: application/json")
  @GET("videos/{video_id}")
  Call<Video> getVideo(@HeaderMap Map<String, String> headers, @Path("video_id") String videoId);

  /**
   * Get a character ({@code GET videos/characters/{character_id}}, operation {@code getVideoCharacter}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param characterId The id of the character.
   * @return the call; its body is a {@link VideoCharacter}
   */
  @Headers("Accept: application/json")
  @GET("videos/characters/{character_id}")
  Call<VideoCharacter> getVideoCharacter(@HeaderMap Map<String, String> headers, @Path("character_id") String characterId);

  /**
   * List video jobs ({@code GET videos}, operation {@code listVideos}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param limit Maximum number of jobs on the page (0 to 100). The server picks a default when omitted. (optional, null to omit)
   * @param order Sort order by creation time. (optional, null to omit)
   * @param after Pagination cursor. The `last_id` of the previous page; the page starts after that job. (optional, null to omit)
   * @return the call; its body is a {@link VideoList}
   */
  @Headers("Accept: application/json")
  @GET("videos")
  Call<VideoList> listVideos(@HeaderMap Map<String, String> headers, @Query("limit") Integer limit, @Query("order") VideoListOrder order, @Query("after") String after);

  /**
   * Download a video's content ({@code GET videos/{video_id}/content}, operation {@code retrieveVideoContent}).
   *
   * @param headers headers of this call only, such as {@code Idempotency-Key}; may be empty
   * @param videoId The id of the video job, e.g. `video_123`.
   * @param variant Which asset to download. `video` when omitted. (optional, null to omit)
   * @return the call; its body is the streamed content
   */
  @Headers("Accept: video/mp4, image/webp, image/jpeg, application/json")
  @Streaming
  @GET("videos/{video_id}/content")
  Call<ResponseBody> retrieveVideoContent(@HeaderMap Map<String, String> headers, @Path("video_id") String videoId, @Query("variant") VideoContentVariant variant);
}
