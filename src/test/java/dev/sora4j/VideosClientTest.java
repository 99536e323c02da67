package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sora4j.contract.WireContract;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoModel;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Configuring a client: the builder's rules, the environment, and the headers every request gets. */
class VideosClientTest {
  private static final String KEY = "sk-test-secret-0123456789";
  private static final String VIDEO = "{\"id\":\"video_123\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"queued\","
      + "\"progress\":0,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";

  private final MockWebServer server = new MockWebServer();
  /** Every request the configured clients send and every response served below, against openapi/videos.yaml. */
  @RegisterExtension
  final WireContract contract = new WireContract();

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aMissingKeyFromTheEnvironmentNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_BASE_URL", "http://127.0.0.1:1/v1");

    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OPENAI_API_KEY");
    assertThatThrownBy(() -> VideosClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void theEnvironmentSetsKeyBaseUrlOrganizationAndProject() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", server.url("/openai/v1").toString());
    env.put("OPENAI_ORG_ID", "org-1");
    env.put("OPENAI_PROJECT_ID", "proj-1");

    try (VideosClient client = VideosClient.builder().fromEnv(env).build()) {
      assertThat(client.baseUrl()).isEqualTo(server.url("/openai/v1/").toString());
      RecordedRequest request = sendThrough(client);
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
      assertThat(request.getHeaders().get("OpenAI-Organization")).isEqualTo("org-1");
      assertThat(request.getHeaders().get("OpenAI-Project")).isEqualTo("proj-1");
    }
  }

  @Test
  void everyRequestNamesSora4jAndItsVersion() throws Exception {
    try (VideosClient client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).build()) {
      RecordedRequest request = sendThrough(client);

      assertThat(request.getHeaders().get("User-Agent")).matches("sora4j/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .+\\)");
      assertThat(request.getHeaders().get("OpenAI-Organization")).isNull();
    }
  }

  @Test
  void azureStyleSendsTheKeyInTheApiKeyHeaderAndDefaultHeadersGoEverywhere() throws Exception {
    try (VideosClient client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/openai/v1").toString())
        .authStyle(AuthStyle.API_KEY_HEADER).defaultHeader("x-ms-client", "tests").build()) {
      RecordedRequest request = sendThrough(client);

      assertThat(request.getHeaders().get("api-key")).isEqualTo(KEY);
      assertThat(request.getHeaders().get("Authorization")).isNull();
      assertThat(request.getHeaders().get("x-ms-client")).isEqualTo("tests");
    }
  }

  @Test
  void builderRejectsBadSettingsByName() {
    assertThatThrownBy(() -> VideosClient.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl:");
    assertThatThrownBy(() -> VideosClient.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxRetries:");
    assertThatThrownBy(() -> VideosClient.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout:");
    assertThatThrownBy(() -> VideosClient.builder().defaultModel(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theKeyNeverShowsInToString() {
    VideosClient.Builder builder = VideosClient.builder().apiKey(KEY).defaultModel(VideoModel.SORA_2_PRO);
    try (VideosClient client = builder.build()) {
      assertThat(builder.toString()).doesNotContain(KEY);
      assertThat(client.toString()).doesNotContain(KEY).contains("api.openai.com/v1/");
    }
  }

  @Test
  void aCallersOwnHttpClientIsUsedAndLeftRunning() throws Exception {
    OkHttpClient own = new OkHttpClient.Builder().addInterceptor(chain ->
        chain.proceed(chain.request().newBuilder().header("x-own-client", "yes").build())).build();

    VideosClient client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).httpClient(own).build();
    RecordedRequest request = sendThrough(client);
    client.close();

    assertThat(request.getHeaders().get("x-own-client")).isEqualTo("yes");
    assertThat(own.dispatcher().executorService().isShutdown()).isFalse();
  }

  // ---- settings that would reach a header -------------------------------------------------

  @Test
  void aKeyWithALineBreakOrASpaceIsRejectedWithoutShowingIt() {
    for (AuthStyle style : AuthStyle.values()) {
      assertThatThrownBy(() -> VideosClient.builder().apiKey(KEY + "\n").authStyle(style).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("apiKey: has a line feed at index " + KEY.length() + " of " + (KEY.length() + 1))
          .hasMessageNotContaining(KEY)
          .hasNoCause();
    }
    assertThatThrownBy(() -> VideosClient.builder().apiKey("sk-abc def").build())
        .hasMessageStartingWith("apiKey: has a space at index 6").hasMessageNotContaining("sk-abc");
    assertThatThrownBy(() -> VideosClient.builder().apiKey("sk-caf\u00e9").build())
        .hasMessageStartingWith("apiKey: has a non-ASCII character at index 6");
  }

  @Test
  void aKeyFromTheEnvironmentNamesItsVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY + "\r\n");

    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env).build())
        .hasMessageStartingWith("apiKey (from OPENAI_API_KEY): has a carriage return at index " + KEY.length())
        .hasMessageNotContaining(KEY);
  }

  @Test
  void organizationProjectAndDefaultHeadersAreCheckedWithoutShowingTheirValues() {
    assertThatThrownBy(() -> VideosClient.builder().apiKey(KEY).organization("org-secret\n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization: the value has a line feed at index 10, which a header cannot carry"
            + " (the value is not shown)");
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_PROJECT_ID", "proj-secret\u0000");
    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env).build())
        .hasMessageStartingWith("project (from OPENAI_PROJECT_ID): the value has a control character at index 11")
        .hasMessageNotContaining("proj-secret");
    assertThatThrownBy(() -> VideosClient.builder().apiKey(KEY).defaultHeader("x-token", "tok-secret\r\n").build())
        .hasMessageStartingWith("defaultHeader x-token: the value has a carriage return at index 10")
        .hasMessageNotContaining("tok-secret")
        .hasNoCause();
    assertThatThrownBy(() -> VideosClient.builder().apiKey(KEY).defaultHeader("x token", "v").build())
        .hasMessageStartingWith("defaultHeader: the header name has a space at index 1");
    assertThatThrownBy(() -> RequestOptions.builder().header("x-token", "tok-secret\n"))
        .hasMessageStartingWith("header x-token: the value has a line feed at index 10")
        .hasMessageNotContaining("tok-secret");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("key-1\n"))
        .hasMessageStartingWith("idempotencyKey: the value has a line feed at index 5");
  }

  @Test
  void aBadBaseUrlFromTheEnvironmentNamesTheVariable() {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", KEY);
    env.put("OPENAI_BASE_URL", "localhost:4000/v1");

    assertThatThrownBy(() -> VideosClient.builder().fromEnv(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OPENAI_BASE_URL: must be an absolute http or https URL, was localhost:4000/v1");
  }

  // ---- closing ------------------------------------------------------------------------------

  @Test
  void closingEndsEveryPendingAsyncCall(@TempDir Path dir) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/content")) {
          return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4")
              .body(new StallingBody(1024, release)).build();
        }
        if (path.endsWith("/video_retry")) {
          return new MockResponse.Builder().code(503).setHeader("Content-Type", "application/json")
              .setHeader("retry-after-ms", "60000")
              .body("{\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\"}}").build();
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .setHeader("openai-poll-after-ms", "60000").body(VIDEO).build();
      }
    }));
    Path folder = Files.createDirectory(dir.resolve("downloads"));
    try {
      VideosClient client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).build();
      Videos videos = client.videos();
      CompletableFuture<Video> retrying = videos.retrieveAsync("video_retry");
      CompletableFuture<Video> waiting = videos.pollAsync("video_123", PollOptions.defaults());
      CompletableFuture<Path> downloading = videos.downloadContentAsync("video_123", null, folder.resolve("cat.mp4"));
      for (int i = 0; i < 3; i++) {
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
      }
      Thread.sleep(200); // the retry and the next check are scheduled, the download under way

      client.close();

      for (CompletableFuture<?> pending : Arrays.asList(retrying, waiting, downloading)) {
        Throwable failure = catchThrowable(() -> pending.get(2, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class);
        assertThat(failure.getCause()).isInstanceOf(VideosException.class).hasMessageContaining("client closed");
        assertThat(((VideosException) failure.getCause()).jobMayExist()).isFalse();
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (folderHasFiles(folder) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(folderHasFiles(folder)).as("the partial download was removed").isFalse();
    } finally {
      release.countDown();
    }
  }

  @Test
  void callsAfterCloseFailAtOnceAsNotSent() throws Exception {
    VideosClient client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).build();
    client.close();
    VideoCreateRequest request = VideoCreateRequest.builder().prompt("a cat").build();

    CompletableFuture<Video> async = client.videos().createAsync(request);
    CompletableFuture<Video> waited = client.videos().createAndPollAsync(request, PollOptions.defaults());
    Throwable blocking = catchThrowable(() -> client.videos().create(request));

    assertThat(async).isCompletedExceptionally();
    assertThat(waited).isCompletedExceptionally();
    for (Throwable failure : Arrays.asList(catchThrowable(async::join).getCause(), catchThrowable(waited::join).getCause(),
        blocking)) {
      assertThat(failure).isExactlyInstanceOf(VideosException.class).hasMessage("create: client closed; the request was not sent");
      assertThat(((VideosException) failure).jobMayExist()).isFalse();
    }
    assertThat(server.getRequestCount()).isZero();
    client.close(); // a second close does nothing
  }

  private static boolean folderHasFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    }
  }

  /** Fetches one video through the client and returns what the server received. */
  private RecordedRequest sendThrough(VideosClient client) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(VIDEO).build());
    assertThat(client.videos().retrieve("video_123").id()).isEqualTo("video_123");
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded).isNotNull();
    assertThat(recorded.getUrl().encodedPath()).endsWith("/videos/video_123");
    return recorded;
  }
}
