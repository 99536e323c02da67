package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.model.VideoModel;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configuring a client: the builder's rules, the environment, and the headers every request gets. */
class VideosClientTest {
  private static final String KEY = "sk-test-secret-0123456789";

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
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

  /** Fetches one video through the client and returns what the server received. */
  private RecordedRequest sendThrough(VideosClient client) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":\"video_123\",\"object\":\"video\",\"status\":\"queued\"}").build());
    assertThat(client.videos().retrieve("video_123").id()).isEqualTo("video_123");
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded).isNotNull();
    assertThat(recorded.getUrl().encodedPath()).endsWith("/videos/video_123");
    return recorded;
  }
}
