package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.sora4j.contract.WireContract;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The generated Retrofit interface on the wire: for each of the ten operations, the method, the
 * path (below a base URL with a path prefix), the query, the content type and the body.
 */
class VideosApiWireTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Map<String, String> NO_HEADERS = Collections.emptyMap();
  private static final String VIDEO_JSON = "{\"id\":\"video_123\",\"object\":\"video\",\"model\":\"sora-2\","
      + "\"status\":\"queued\",\"progress\":0,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";

  private final Moshi moshi = new Moshi.Builder().build();
  private final MockWebServer server = new MockWebServer();
  /** Every request and response below against openapi/videos.yaml; credentials are the facade's business. */
  @RegisterExtension
  final WireContract contract = WireContract.withoutCredentials();
  private VideosApi api;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    api = new Retrofit.Builder()
        .baseUrl(server.url("/openai/v1/"))
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(VideosApi.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void respond(String json) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json).build());
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request reached the server").isNotNull();
    return request;
  }

  private <T> RequestBody json(Class<T> type, T value) {
    return RequestBody.create(moshi.adapter(type).toJson(value), JSON);
  }

  @Test
  void createVideoSendsTheGivenMultipartBody() throws Exception {
    respond(VIDEO_JSON);
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "A calico cat playing a piano on stage")
        .addFormDataPart("model", "sora-2-pro")
        .addFormDataPart("input_reference", "cat.png", RequestBody.create(new byte[] {1, 2, 3}, MediaType.get("image/png")))
        .build();

    Video video = api.createVideo(NO_HEADERS, body).execute().body();

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/openai/v1/videos");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=" + body.boundary());
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    String sent = request.getBody().utf8();
    assertThat(sent).contains("Content-Disposition: form-data; name=\"prompt\"\r\n\r\nA calico cat playing a piano on stage")
        .contains("Content-Disposition: form-data; name=\"input_reference\"; filename=\"cat.png\"\r\nContent-Type: image/png");
    assertThat(video.id()).isEqualTo("video_123");
    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
  }

  @Test
  void createVideoSendsAJsonBody() throws Exception {
    respond(VIDEO_JSON);

    api.createVideo(NO_HEADERS, json(CreateVideoRequest.class,
        CreateVideoRequest.builder().prompt("a cat").model(VideoModel.SORA_2).build())).execute();

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"prompt\":\"a cat\",\"model\":\"sora-2\"}");
  }

  @Test
  void listVideosSendsOnlyTheGivenQueryParameters() throws Exception {
    respond("{\"object\":\"list\",\"data\":[" + VIDEO_JSON + "],\"first_id\":\"video_123\",\"last_id\":\"video_123\",\"has_more\":true}");
    respond("{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,\"has_more\":false}");

    VideoList page = api.listVideos(NO_HEADERS, 20, VideoListOrder.ASC, "video_100").execute().body();
    VideoList empty = api.listVideos(NO_HEADERS, null, null, null).execute().body();

    RecordedRequest first = taken();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getTarget()).isEqualTo("/openai/v1/videos?limit=20&order=asc&after=video_100");
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos");
    assertThat(page.data()).extracting(Video::id).containsExactly("video_123");
    assertThat(page.hasMore()).isTrue();
    assertThat(page.lastId()).contains("video_123");
    assertThat(empty.data()).isEmpty();
    assertThat(empty.lastId()).isEmpty();
  }

  @Test
  void getVideo() throws Exception {
    respond(VIDEO_JSON);

    Video video = api.getVideo(NO_HEADERS, "video_123").execute().body();

    RecordedRequest request = taken();
    assertThat(request.getRequestLine()).isEqualTo("GET /openai/v1/videos/video_123 HTTP/1.1");
    assertThat(request.getBodySize()).isZero();
    assertThat(video.id()).isEqualTo("video_123");
  }

  @Test
  void perCallHeadersAreSent() throws Exception {
    respond(VIDEO_JSON);

    api.createVideoRemix(Collections.singletonMap("Idempotency-Key", "key-1"), "video_1",
        json(RemixVideoRequest.class, RemixVideoRequest.builder().prompt("again").build())).execute();

    assertThat(taken().getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
  }

  @Test
  void idsAreEncodedAsOnePathSegment() throws Exception {
    respond(VIDEO_JSON);
    respond(VIDEO_JSON);

    api.getVideo(NO_HEADERS, "a/b?x=1").execute();
    api.getVideo(NO_HEADERS, "../files").execute();

    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos/a%2Fb%3Fx=1");
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos/..%2Ffiles");
  }

  @Test
  void deleteVideo() throws Exception {
    respond("{\"id\":\"video_123\",\"object\":\"video.deleted\",\"deleted\":true}");

    DeletedVideo deleted = api.deleteVideo(NO_HEADERS, "video_123").execute().body();

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/openai/v1/videos/video_123");
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.object()).isEqualTo(DeletedVideo.ObjectEnum.VIDEO_DELETED);
  }

  @Test
  void retrieveVideoContentStreamsTheBodyOfTheChosenVariant() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/webp")
        .body(new Buffer().write(new byte[] {'R', 'I', 'F', 'F'})).build());

    Response<ResponseBody> response = api.retrieveVideoContent(NO_HEADERS, "video_123", VideoContentVariant.THUMBNAIL).execute();

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/openai/v1/videos/video_123/content?variant=thumbnail");
    assertThat(request.getHeaders().get("Accept")).contains("video/mp4", "image/webp", "image/jpeg");
    try (ResponseBody body = response.body()) {
      assertThat(body.contentType()).isEqualTo(MediaType.get("image/webp"));
      assertThat(body.bytes()).containsExactly('R', 'I', 'F', 'F');
    }
  }

  @Test
  void createVideoRemix() throws Exception {
    respond(VIDEO_JSON.replace("\"seconds\":\"4\"", "\"seconds\":\"4\",\"remixed_from_video_id\":\"video_100\""));

    Video video = api.createVideoRemix(NO_HEADERS, "video_100",
        json(RemixVideoRequest.class, RemixVideoRequest.builder().prompt("at night").build())).execute().body();

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/openai/v1/videos/video_100/remix");
    assertThat(request.getBody().utf8()).isEqualTo("{\"prompt\":\"at night\"}");
    assertThat(video.remixedFromVideoId()).contains("video_100");
  }

  @Test
  void createVideoEdit() throws Exception {
    respond(VIDEO_JSON);

    api.createVideoEdit(NO_HEADERS, json(EditVideoRequest.class, EditVideoRequest.builder()
        .video(VideoReference.builder().id("video_100").build()).prompt("make it snow").build())).execute();

    RecordedRequest request = taken();
    assertThat(request.getRequestLine()).isEqualTo("POST /openai/v1/videos/edits HTTP/1.1");
    assertThat(request.getBody().utf8()).isEqualTo("{\"video\":{\"id\":\"video_100\"},\"prompt\":\"make it snow\"}");
  }

  @Test
  void createVideoExtend() throws Exception {
    respond(VIDEO_JSON.replace("\"seconds\":\"4\"", "\"seconds\":\"12\""));

    Video video = api.createVideoExtend(NO_HEADERS, json(ExtendVideoRequest.class, ExtendVideoRequest.builder()
        .video(VideoReference.builder().id("video_100").build()).prompt("keep going")
        .seconds(VideoSeconds.SECONDS_8).build())).execute().body();

    RecordedRequest request = taken();
    assertThat(request.getRequestLine()).isEqualTo("POST /openai/v1/videos/extensions HTTP/1.1");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"video\":{\"id\":\"video_100\"},\"prompt\":\"keep going\",\"seconds\":\"8\"}");
    assertThat(video.seconds()).isEqualTo(VideoSeconds.SECONDS_12);
  }

  @Test
  void createVideoCharacterSendsTheMultipartUpload() throws Exception {
    respond("{\"id\":\"char_1\",\"name\":\"Mochi\",\"created_at\":1712697600}");
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("name", "Mochi")
        .addFormDataPart("video", "mochi.mp4", RequestBody.create(new byte[] {0, 0, 0, 24}, MediaType.get("video/mp4")))
        .build();

    VideoCharacter character = api.createVideoCharacter(NO_HEADERS, body).execute().body();

    RecordedRequest request = taken();
    assertThat(request.getRequestLine()).isEqualTo("POST /openai/v1/videos/characters HTTP/1.1");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    assertThat(request.getBody().utf8()).contains("name=\"video\"; filename=\"mochi.mp4\"");
    assertThat(character.id()).contains("char_1");
    assertThat(character.name()).contains("Mochi");
    assertThat(character.createdAt()).isEqualTo(1712697600L);
  }

  @Test
  void getVideoCharacter() throws Exception {
    respond("{\"id\":\"char_1\",\"name\":null,\"created_at\":1}");

    VideoCharacter character = api.getVideoCharacter(NO_HEADERS, "char_1").execute().body();

    assertThat(taken().getRequestLine()).isEqualTo("GET /openai/v1/videos/characters/char_1 HTTP/1.1");
    assertThat(character.name()).isEmpty();
  }
}
