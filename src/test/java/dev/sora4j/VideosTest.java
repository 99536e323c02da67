package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sora4j.contract.WireContract;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoListOrder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every operation of the facade on the wire: method, path, query, headers, content type and body. */
class VideosTest {
  private static final String KEY = "sk-facade-test-key";
  private static final String VIDEO = "{\"id\":\"video_123\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"queued\","
      + "\"progress\":0,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";

  private final MockWebServer server = new MockWebServer();
  /** Every request the facade sends and every response served below, against openapi/videos.yaml. */
  @RegisterExtension
  final WireContract contract = new WireContract();
  private VideosClient client;
  private Videos videos;

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/openai/v1").toString())
        .organization("org-9").project("proj-9").build();
    videos = client.videos();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void respond(String json) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_1").body(json).build());
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request reached the server").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(request.getHeaders().get("OpenAI-Organization")).isEqualTo("org-9");
    assertThat(request.getHeaders().get("OpenAI-Project")).isEqualTo("proj-9");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("sora4j/");
    return request;
  }

  @Test
  void createSendsJsonWithTheDefaultsAndAnIdempotencyKey() throws Exception {
    respond(VIDEO);

    Video video = videos.create(VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage").build());

    RecordedRequest request = taken();
    assertThat(request.getRequestLine()).isEqualTo("POST /openai/v1/videos HTTP/1.1");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"prompt\":\"A calico cat playing a piano on stage\","
        + "\"model\":\"sora-2\",\"seconds\":\"4\",\"size\":\"720x1280\"}");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(video.id()).isEqualTo("video_123");
  }

  @Test
  void createWithAnUploadSendsEachMultipartPart() throws Exception {
    respond(VIDEO);
    Path image = Files.write(dir.resolve("frame.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    videos.create(VideoCreateRequest.builder().prompt("a cat").model("sora-2-pro").seconds(8).size("1792x1024")
        .inputReference(InputReference.ofFile(image)).build(),
        RequestOptions.builder().idempotencyKey("my-key-1").build());

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("my-key-1");
    String body = request.getBody().string(StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains("name=\"prompt\"\r\n\r\na cat\r\n")
        .contains("name=\"model\"\r\n\r\nsora-2-pro\r\n")
        .contains("name=\"seconds\"\r\n\r\n8\r\n")
        .contains("name=\"size\"\r\n\r\n1792x1024\r\n")
        .contains("name=\"input_reference\"; filename=\"frame.png\"\r\nContent-Type: image/png\r\n"
            + "\r\n\u0089PNG\r\n");
  }

  @Test
  void retrieveListDeleteAreReadsWithoutAKey() throws Exception {
    respond(VIDEO);
    respond("{\"object\":\"list\",\"data\":[" + VIDEO + "],\"first_id\":\"video_123\",\"last_id\":\"video_123\",\"has_more\":false}");
    respond("{\"id\":\"video_123\",\"object\":\"video.deleted\",\"deleted\":true}");

    videos.retrieve("video_123");
    videos.list(VideoListRequest.builder().limit(10).order(VideoListOrder.ASC).after("video_100").build());
    DeletedVideo deleted = videos.delete("video_123");

    RecordedRequest get = taken();
    assertThat(get.getRequestLine()).isEqualTo("GET /openai/v1/videos/video_123 HTTP/1.1");
    assertThat(get.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos?limit=10&order=asc&after=video_100");
    RecordedRequest delete = taken();
    assertThat(delete.getRequestLine()).isEqualTo("DELETE /openai/v1/videos/video_123 HTTP/1.1");
    assertThat(delete.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(deleted.deleted()).isTrue();
  }

  @Test
  void listAllFollowsTheCursorUntilHasMoreIsFalse() throws Exception {
    respond("{\"object\":\"list\",\"data\":[" + VIDEO.replace("video_123", "video_3") + "," + VIDEO.replace("video_123", "video_2")
        + "],\"first_id\":\"video_3\",\"last_id\":\"video_2\",\"has_more\":true}");
    respond("{\"object\":\"list\",\"data\":[" + VIDEO.replace("video_123", "video_1")
        + "],\"first_id\":\"video_1\",\"last_id\":\"video_1\",\"has_more\":false}");

    List<String> ids = new ArrayList<>();
    for (Video video : videos.listAll(VideoListRequest.builder().limit(2).build())) {
      ids.add(video.id());
    }

    assertThat(ids).containsExactly("video_3", "video_2", "video_1");
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos?limit=2");
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos?limit=2&after=video_2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAllFetchesNothingUntilIterated() {
    Iterable<Video> all = videos.listAll(VideoListRequest.firstPage());

    assertThat(all).isNotNull();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void remixEditAndExtendStartJobs() throws Exception {
    respond(VIDEO);
    respond(VIDEO);
    respond(VIDEO);
    Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});

    videos.remix("video_100", VideoRemixRequest.builder().prompt("at night").build());
    videos.edit(VideoEditRequest.builder().video(SourceVideo.ofId("video_100")).prompt("make it snow").build());
    videos.extend(VideoExtendRequest.builder().video(SourceVideo.ofFile(clip)).prompt("keep going").seconds(8).build());

    RecordedRequest remix = taken();
    assertThat(remix.getRequestLine()).isEqualTo("POST /openai/v1/videos/video_100/remix HTTP/1.1");
    assertThat(remix.getBody().utf8()).isEqualTo("{\"prompt\":\"at night\"}");
    assertThat(remix.getHeaders().get("Idempotency-Key")).isNotBlank();
    RecordedRequest edit = taken();
    assertThat(edit.getRequestLine()).isEqualTo("POST /openai/v1/videos/edits HTTP/1.1");
    assertThat(edit.getBody().utf8()).isEqualTo("{\"video\":{\"id\":\"video_100\"},\"prompt\":\"make it snow\"}");
    RecordedRequest extend = taken();
    assertThat(extend.getRequestLine()).isEqualTo("POST /openai/v1/videos/extensions HTTP/1.1");
    assertThat(extend.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    assertThat(extend.getBody().string(StandardCharsets.ISO_8859_1))
        .contains("name=\"prompt\"\r\n\r\nkeep going\r\n")
        .contains("name=\"seconds\"\r\n\r\n8\r\n")
        .contains("name=\"video\"; filename=\"clip.mp4\"\r\nContent-Type: video/mp4\r\n");
  }

  @Test
  void charactersAreUploadedAndRetrieved() throws Exception {
    respond("{\"id\":\"char_1\",\"name\":\"Mochi\",\"created_at\":1}");
    respond("{\"id\":\"char_1\",\"name\":\"Mochi\",\"created_at\":1}");
    Path clip = Files.write(dir.resolve("mochi.mp4"), new byte[] {0, 0, 0, 24});

    VideoCharacter created = videos.createCharacter(CharacterCreateRequest.builder().name("Mochi").video(clip).build());
    VideoCharacter fetched = videos.retrieveCharacter("char_1");

    RecordedRequest upload = taken();
    assertThat(upload.getRequestLine()).isEqualTo("POST /openai/v1/videos/characters HTTP/1.1");
    assertThat(upload.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(upload.getBody().string(StandardCharsets.ISO_8859_1))
        .contains("name=\"name\"\r\n\r\nMochi\r\n")
        .contains("name=\"video\"; filename=\"mochi.mp4\"\r\nContent-Type: video/mp4\r\n");
    assertThat(taken().getRequestLine()).isEqualTo("GET /openai/v1/videos/characters/char_1 HTTP/1.1");
    assertThat(created).isEqualTo(fetched);
  }

  @Test
  void contentIsDownloadedToAFileAStreamOrAnInputStream() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/webp").body("RIFFWEBP").build());
    }
    Path target = dir.resolve("thumb.webp");

    videos.downloadContent("video_123", VideoContentVariant.THUMBNAIL, target);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long copied = videos.downloadContent("video_123", VideoContentVariant.THUMBNAIL, out);
    byte[] read;
    try (InputStream in = videos.openContent("video_123", null)) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[4096];
      for (int n; (n = in.read(chunk)) != -1; ) {
        buffer.write(chunk, 0, n);
      }
      read = buffer.toByteArray();
    }

    assertThat(target).hasContent("RIFFWEBP");
    assertThat(copied).isEqualTo(8);
    assertThat(new String(read, StandardCharsets.US_ASCII)).isEqualTo("RIFFWEBP");
    RecordedRequest first = taken();
    assertThat(first.getTarget()).isEqualTo("/openai/v1/videos/video_123/content?variant=thumbnail");
    assertThat(first.getHeaders().get("Accept")).contains("image/webp");
    taken();
    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos/video_123/content?variant=video");
  }

  @Test
  void idsStayOnePathSegment() throws Exception {
    respond(VIDEO);

    videos.retrieve("../files?x=1");

    assertThat(taken().getTarget()).isEqualTo("/openai/v1/videos/..%2Ffiles%3Fx=1");
  }

  @Test
  void badArgumentsAreRejectedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> videos.retrieve(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("videoId: must not be blank");
    assertThatThrownBy(() -> videos.retrieveCharacter("")).hasMessage("characterId: must not be blank");
    assertThatThrownBy(() -> videos.remix(null, VideoRemixRequest.builder().prompt("x").build()))
        .hasMessage("videoId: must not be blank");
    assertThatThrownBy(() -> videos.openContent("video_1", VideoContentVariant.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("variant:");
    assertThatThrownBy(() -> videos.create(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("request");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncFormsCompleteWithTheResultOrTheTypedFailure() throws Exception {
    respond(VIDEO);
    server.enqueue(new MockResponse.Builder().code(404).setHeader("x-request-id", "req_404")
        .setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"message\":\"No such video\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}").build());

    assertThat(videos.retrieveAsync("video_123").get(5, TimeUnit.SECONDS).id()).isEqualTo("video_123");
    assertThatThrownBy(() -> videos.deleteAsync("video_404").join())
        .hasCauseInstanceOf(NotFoundException.class)
        .hasMessageContaining("req_404")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void rawResponsesCarryStatusAndRequestId() throws Exception {
    respond(VIDEO);

    RawResponse<Video> raw = videos.withRawResponse().retrieve("video_123", RequestOptions.defaults());

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).contains("req_1");
    assertThat(raw.body().id()).isEqualTo("video_123");
  }

  // ---- every operation takes per-call options, and the raw view mirrors them ---------------

  private static final String DONE = VIDEO.replace("\"queued\"", "\"completed\"");
  private static final String CHARACTER = "{\"id\":\"char_1\",\"name\":\"Mochi\",\"created_at\":1}";
  private static final String PAGE = "{\"object\":\"list\",\"data\":[" + DONE
      + "],\"first_id\":\"video_123\",\"last_id\":\"video_123\",\"has_more\":false}";

  /** Answers every operation by its method and path, so that calls may come in any order. */
  private void answerEveryOperation() {
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String body;
        if (path.endsWith("/content")) {
          return new MockResponse.Builder().code(200).setHeader("x-request-id", "req_1").body("RIFFWEBP").build();
        } else if (path.contains("/characters")) {
          body = CHARACTER;
        } else if ("DELETE".equals(request.getMethod())) {
          body = "{\"id\":\"video_123\",\"object\":\"video.deleted\",\"deleted\":true}";
        } else if ("GET".equals(request.getMethod()) && path.endsWith("/videos")) {
          body = PAGE;
        } else {
          body = DONE;
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .setHeader("x-request-id", "req_1").body(body).build();
      }
    }));
  }

  private List<RecordedRequest> allTaken() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    RecordedRequest request;
    while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
      requests.add(request);
    }
    return requests;
  }

  @Test
  void everyOperationSendsThisCallsOptions() throws Exception {
    answerEveryOperation();
    Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 24});
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-8").maxRetries(0).build();
    VideoCreateRequest create = VideoCreateRequest.builder().prompt("a cat").build();
    VideoRemixRequest remix = VideoRemixRequest.builder().prompt("at night").build();
    VideoEditRequest edit = VideoEditRequest.builder().video(SourceVideo.ofId("video_123")).prompt("snow").build();
    VideoExtendRequest extend = VideoExtendRequest.builder().video(SourceVideo.ofId("video_123")).prompt("on")
        .seconds(4).build();
    CharacterCreateRequest character = CharacterCreateRequest.builder().name("Mochi").video(clip).build();
    VideoListRequest page = VideoListRequest.firstPage();

    videos.create(create, options);
    videos.remix("video_123", remix, options);
    videos.edit(edit, options);
    videos.extend(extend, options);
    videos.retrieve("video_123", options);
    videos.list(page, options);
    videos.listAll(page, options).iterator().next();
    videos.delete("video_123", options);
    videos.createCharacter(character, options);
    videos.retrieveCharacter("char_1", options);
    videos.downloadContent("video_123", null, dir.resolve("a.mp4"), options);
    videos.downloadContent("video_123", null, new ByteArrayOutputStream(), options);
    videos.openContent("video_123", null, options).close();
    videos.poll("video_123", PollOptions.defaults(), options);
    int blocking = 14;
    CompletableFuture.allOf(
        videos.createAsync(create, options),
        videos.remixAsync("video_123", remix, options),
        videos.editAsync(edit, options),
        videos.extendAsync(extend, options),
        videos.retrieveAsync("video_123", options),
        videos.listAsync(page, options),
        videos.deleteAsync("video_123", options),
        videos.createCharacterAsync(character, options),
        videos.retrieveCharacterAsync("char_1", options),
        videos.downloadContentAsync("video_123", null, dir.resolve("b.mp4"), options),
        videos.pollAsync("video_123", PollOptions.defaults(), options)).get(5, TimeUnit.SECONDS);
    int async = 11;

    List<RecordedRequest> requests = allTaken();
    assertThat(requests).hasSize(blocking + async);
    assertThat(requests).allSatisfy(request -> assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-8"));
  }

  @Test
  void createAndPollUseTheOptionsForTheCreateAndItsHeadersForTheChecks() throws Exception {
    // The create answers queued, so that a check follows it.
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .setHeader("x-request-id", "req_1").setHeader("openai-poll-after-ms", "100")
            .body("POST".equals(request.getMethod()) ? VIDEO : DONE).build();
      }
    }));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-9").idempotencyKey("my-key-9")
        .maxRetries(0).build();
    VideoCreateRequest request = VideoCreateRequest.builder().prompt("a cat").build();

    videos.createAndPoll(request, PollOptions.defaults(), options);
    videos.createAndPollAsync(request, PollOptions.defaults(), options).get(5, TimeUnit.SECONDS);

    List<RecordedRequest> requests = allTaken();
    assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET", "POST", "GET");
    assertThat(requests).allSatisfy(r -> assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-9"));
    assertThat(requests.get(0).getHeaders().get("Idempotency-Key")).isEqualTo("my-key-9");
    assertThat(requests.get(1).getHeaders().get("Idempotency-Key")).isNull();
  }

  @Test
  @SuppressWarnings("deprecation")
  void noOptionsHaveOneSpellingAndTheOldOneStillWorks() {
    assertThat(RequestOptions.none()).isSameAs(RequestOptions.defaults());
    assertThat(RequestOptions.defaults().timeout()).isEmpty();
    assertThat(PollOptions.defaults().timeout()).isEqualTo(PollOptions.DEFAULT_TIMEOUT);
  }

  @Test
  @SuppressWarnings("deprecation")
  void theRawViewKeepsItsOldNameForCodeThatNamesIt() {
    // Code written against the view's first name must keep compiling, and get the same view.
    Videos.WithRawResponse raw = videos.withRawResponse();
    VideosWithRawResponse renamed = videos.withRawResponse();
    assertThat(raw).isSameAs(renamed);
  }

  @Test
  void theRawViewMirrorsEveryOperationThatReturnsABody() throws Exception {
    answerEveryOperation();
    Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 24});
    RequestOptions options = RequestOptions.builder().header("X-Trace", "raw").build();
    VideosWithRawResponse raw = videos.withRawResponse();
    VideoCreateRequest create = VideoCreateRequest.builder().prompt("a cat").build();
    VideoRemixRequest remix = VideoRemixRequest.builder().prompt("at night").build();
    VideoEditRequest edit = VideoEditRequest.builder().video(SourceVideo.ofId("video_123")).prompt("snow").build();
    VideoExtendRequest extend = VideoExtendRequest.builder().video(SourceVideo.ofId("video_123")).prompt("on")
        .seconds(4).build();
    CharacterCreateRequest character = CharacterCreateRequest.builder().name("Mochi").video(clip).build();

    List<RawResponse<?>> responses = Arrays.asList(
        raw.create(create), raw.create(create, options),
        raw.remix("video_123", remix), raw.remix("video_123", remix, options),
        raw.edit(edit), raw.edit(edit, options),
        raw.extend(extend), raw.extend(extend, options),
        raw.retrieve("video_123"), raw.retrieve("video_123", options),
        raw.list(VideoListRequest.firstPage()), raw.list(VideoListRequest.firstPage(), options),
        raw.delete("video_123"), raw.delete("video_123", options),
        raw.createCharacter(character), raw.createCharacter(character, options),
        raw.retrieveCharacter("char_1"), raw.retrieveCharacter("char_1", options));

    assertThat(responses).allSatisfy(response -> {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.requestId()).hasValue("req_1");
      assertThat(response.body()).isNotNull();
    });
    List<RecordedRequest> requests = allTaken();
    assertThat(requests).hasSize(18);
    for (int i = 0; i < requests.size(); i++) {
      assertThat(requests.get(i).getHeaders().get("X-Trace")).as("request %d", i).isEqualTo(i % 2 == 0 ? null : "raw");
    }
  }

  // ---- a job started without an id ---------------------------------------------------------

  @Test
  void aJobStartedWithoutAnIdFailsAsMalformedEvenWhenWaitingForIt() throws Exception {
    String noId = "{\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"queued\",\"progress\":0}";
    for (int i = 0; i < 2; i++) {
      server.enqueue(contract.offContract(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .setHeader("x-request-id", "req_1").body(noId).build(), "a job without the required id, created_at, size and seconds"));
    }
    VideoCreateRequest request = VideoCreateRequest.builder().prompt("a cat").build();

    Throwable blocking = catchThrowable(() -> videos.createAndPoll(request, PollOptions.defaults()));
    Throwable async = catchThrowable(() -> videos.createAndPollAsync(request, PollOptions.defaults()).get(5, TimeUnit.SECONDS))
        .getCause();

    for (Throwable failure : Arrays.asList(blocking, async)) {
      assertThat(failure).isInstanceOfSatisfying(MalformedResponseException.class, e -> {
        assertThat(e.jobMayExist()).isTrue();
        assertThat(e.requestId()).hasValue("req_1");
        assertThat(e.idempotencyKey()).isPresent();
      }).hasMessageStartingWith("create: the 200 response has no job id (request id req_1)");
    }
    assertThat(server.getRequestCount()).as("no check of a blank id").isEqualTo(2);
  }

  // ---- createAndPollAsync and cancelling ---------------------------------------------------

  @Test
  void cancellingCreateAndPollDuringTheCreateLetsTheCreateFinishAndStartsNoWait() throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    AtomicBoolean canceled = new AtomicBoolean();
    AtomicReference<IOException> failed = new AtomicReference<>();
    OkHttpClient own = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void canceled(Call call) {
        canceled.set(true);
      }

      @Override
      public void callEnd(Call call) {
        ended.countDown();
      }

      @Override
      public void callFailed(Call call, IOException e) {
        failed.set(e);
        ended.countDown();
      }
    }).build();
    try (VideosClient watched = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString())
        .httpClient(own).build()) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body(VIDEO).headersDelay(300, TimeUnit.MILLISECONDS).build());

      CompletableFuture<Video> done = watched.videos().createAndPollAsync(
          VideoCreateRequest.builder().prompt("a cat").build(), PollOptions.defaults());
      assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      done.cancel(true);

      assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(canceled).as("the create was not cancelled").isFalse();
      assertThat(failed.get()).isNull();
      Thread.sleep(200);
      assertThat(server.getRequestCount()).as("no check followed").isEqualTo(1);
    } finally {
      own.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void aWaitStartedAsTheResultIsCancelledIsCancelledToo() {
    CompletableFuture<Video> created = new CompletableFuture<>();
    AtomicReference<CompletableFuture<Video>> result = new AtomicReference<>();
    CompletableFuture<Video> wait = new CompletableFuture<>();

    // The race the chain must survive: the result is cancelled while the wait is being started.
    result.set(Poller.thenPoll(created, video -> {
      result.get().cancel(true);
      return wait;
    }));
    created.complete(null);

    assertThat(result.get()).isCancelled();
    assertThat(wait).isCancelled();
  }

  @Test
  void cancellingTheResultNeverCancelsTheCreateAndSkipsTheWait() {
    CompletableFuture<Video> created = new CompletableFuture<>();
    AtomicBoolean waitStarted = new AtomicBoolean();

    CompletableFuture<Video> result = Poller.thenPoll(created, video -> {
      waitStarted.set(true);
      return new CompletableFuture<>();
    });
    result.cancel(true);
    created.complete(null);

    assertThat(created).isNotCancelled();
    assertThat(waitStarted).isFalse();
  }

  // ---- asynchronous downloads ---------------------------------------------------------------

  /** Serves content whose body stalls after its first 64 KB, and videos at once. */
  private void serveStallingContent(CountDownLatch release) {
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().endsWith("/content")) {
          return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4")
              .body(new StallingBody(64 * 1024, release)).build();
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(VIDEO).build();
      }
    }));
  }

  private List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.collect(Collectors.toList());
    }
  }

  @Test
  void cancellingAnAsyncDownloadStopsTheCopyAndDeletesThePartialFile() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    serveStallingContent(release);
    Path folder = Files.createDirectory(dir.resolve("downloads"));
    Path target = folder.resolve("cat.mp4");
    try {
      CompletableFuture<Path> download = videos.downloadContentAsync("video_123", null, target);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (filesIn(folder).stream().noneMatch(file -> file.toFile().length() > 0) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(filesIn(folder)).as("a partial file is being written").hasSize(1);

      download.cancel(true);

      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (!filesIn(folder).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(filesIn(folder)).as("the copy stopped and removed its partial file").isEmpty();
      assertThat(download).isCancelled();
    } finally {
      release.countDown();
    }
  }

  @Test
  void slowAsyncDownloadsDoNotHoldUpOtherCallsToTheSameHost() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    serveStallingContent(release);
    List<CompletableFuture<Path>> downloads = new ArrayList<>();
    try {
      // OkHttp runs at most five calls per host at once: as many downloads as that.
      for (int i = 0; i < 5; i++) {
        downloads.add(videos.downloadContentAsync("video_123", null, dir.resolve("cat" + i + ".mp4")));
      }
      for (int i = 0; i < 5; i++) {
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      }

      Video video = videos.retrieveAsync("video_123").get(3, TimeUnit.SECONDS);

      assertThat(video.id()).isEqualTo("video_123");
      assertThat(downloads).allSatisfy(download -> assertThat(download).isNotDone());
    } finally {
      downloads.forEach(download -> download.cancel(true));
      release.countDown();
    }
  }

  // ---- the wait's timeout bounds its checks --------------------------------------------------

  @Test
  void aWaitOnAServerThatHangsEndsSoonAfterItsTimeout() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(contract.offContract(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build(),
          "a server that hangs before answering"));
    }
    PollOptions options = PollOptions.builder().timeout(Duration.ofMillis(200)).build();
    long start = System.nanoTime();

    Throwable blocking = catchThrowable(() -> videos.poll("video_123", options));
    Throwable async = catchThrowable(() -> videos.pollAsync("video_123", options).get(5, TimeUnit.SECONDS)).getCause();

    for (Throwable failure : Arrays.asList(blocking, async)) {
      assertThat(failure).isInstanceOfSatisfying(PollTimeoutException.class, e -> assertThat(e.video()).isNull())
          .hasMessageStartingWith("video job video_123 not seen after waiting 200 ms");
    }
    assertThat(System.nanoTime() - start).as("two waits of about a second each, not the 10-minute call timeout")
        .isLessThan(TimeUnit.SECONDS.toNanos(4));
  }
}
