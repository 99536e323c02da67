package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.contract.WireContract;
import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every auth style, the query parameters and the headers of the configuration reach the API's origin and no other. */
class CredentialsStayOnTheirOriginTest {
  private static final String KEY = "sk-origin-test-key";
  /** The configured header names and a value each; none of them may reach the second origin. */
  private static final List<String> CONFIGURED = Arrays.asList("Authorization", "api-key", "x-litellm-api-key",
      "OpenAI-Organization", "OpenAI-Project", "x-tenant");

  private final MockWebServer api = new MockWebServer();
  private final MockWebServer cdn = new MockWebServer();
  /**
   * Checks the requests against the spec, apart from what gateways add beyond it on purpose:
   * Azure's {@code api-version} query parameter.
   */
  @RegisterExtension
  final WireContract contract = WireContract.withoutCredentials().ignoringQueryParameter("api-version");

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    contract.watch(api);
    api.start(InetAddress.getByName("127.0.0.1"), 0);
    cdn.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    api.close();
    cdn.close();
  }

  private VideosClient client(Consumer<VideosClient.Builder> auth) {
    VideosClient.Builder builder = VideosClient.builder().apiKey(KEY).baseUrl(api.url("/openai/v1").toString())
        .organization("org-1").project("proj-1").defaultHeader("x-tenant", "t-1").defaultQuery("api-version", "preview");
    auth.accept(builder);
    return builder.build();
  }

  private void redirectContentTo(String location) {
    api.enqueue(contract.offContract(new MockResponse.Builder().code(302).setHeader("Location", location).build(),
        "a gateway answers content with a redirect to a signed URL"));
  }

  @Test
  void aDownloadRedirectedToAnotherOriginCarriesNoConfiguredHeaderOrQueryOfAnyAuthStyle() throws Exception {
    Map<AuthStyle, Consumer<VideosClient.Builder>> styles = new HashMap<>();
    styles.put(AuthStyle.BEARER, b -> b.authStyle(AuthStyle.BEARER));
    styles.put(AuthStyle.API_KEY_HEADER, b -> b.authStyle(AuthStyle.API_KEY_HEADER));
    styles.put(AuthStyle.CUSTOM_HEADER, b -> b.authHeader("x-litellm-api-key"));
    styles.put(AuthStyle.NONE, b -> b.authStyle(AuthStyle.NONE));
    for (Map.Entry<AuthStyle, Consumer<VideosClient.Builder>> style : styles.entrySet()) {
      redirectContentTo(cdn.url("/signed/video.mp4?sig=abc").toString());
      cdn.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
          .body("MP4 bytes").build());
      Path target = dir.resolve(style.getKey() + ".mp4");

      try (VideosClient client = client(style.getValue())) {
        client.videos().downloadContent("video_1", VideoContentVariant.VIDEO, target);
      }

      RecordedRequest first = api.takeRequest();
      RecordedRequest second = cdn.takeRequest();
      assertThat(first.getTarget()).isEqualTo("/openai/v1/videos/video_1/content?variant=video&api-version=preview");
      assertThat(first.getHeaders().get("OpenAI-Project")).isEqualTo("proj-1");
      assertThat(second.getTarget()).as(style.getKey().name()).isEqualTo("/signed/video.mp4?sig=abc");
      for (String name : CONFIGURED) {
        assertThat(second.getHeaders().get(name)).as(style.getKey() + ": " + name).isNull();
      }
      assertThat(second.getHeaders().toString()).doesNotContain(KEY);
      assertThat(new String(Files.readAllBytes(target), StandardCharsets.UTF_8)).isEqualTo("MP4 bytes");
    }
  }

  @Test
  void aSameOriginRedirectKeepsTheCredentials() throws Exception {
    redirectContentTo(api.url("/openai/v1/videos/video_2/content?variant=video").toString());
    api.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4").body("MP4").build());

    try (VideosClient client = client(b -> b.authStyle(AuthStyle.API_KEY_HEADER))) {
      client.videos().downloadContent("video_1", VideoContentVariant.VIDEO, dir.resolve("same.mp4"));
    }

    api.takeRequest();
    Headers headers = api.takeRequest().getHeaders();
    assertThat(headers.get("api-key")).isEqualTo(KEY);
    assertThat(headers.get("OpenAI-Organization")).isEqualTo("org-1");
    assertThat(headers.get("x-tenant")).isEqualTo("t-1");
  }

  @Test
  void eachAuthStyleSendsTheKeyItsWay() throws Exception {
    Map<String, String> sent = new HashMap<>();
    String[][] styles = {{"BEARER", "Authorization", "Bearer " + KEY}, {"API_KEY_HEADER", "api-key", KEY},
        {"CUSTOM_HEADER", "Authorization", KEY}};
    for (String[] style : styles) {
      api.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"id\":\"v\",\"deleted\":true,\"object\":\"video.deleted\"}").build());
      try (VideosClient client = client(b -> b.authStyle(AuthStyle.valueOf(style[0])))) {
        client.videos().delete("v");
      }
      Headers headers = api.takeRequest().getHeaders();
      sent.put(style[0], headers.get(style[1]));
    }
    api.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":\"v\",\"deleted\":true,\"object\":\"video.deleted\"}").build());
    try (VideosClient client = VideosClient.builder().authStyle(AuthStyle.NONE).baseUrl(api.url("/v1").toString()).build()) {
      client.videos().delete("v");
    }
    Headers none = api.takeRequest().getHeaders();

    assertThat(sent).containsEntry("BEARER", "Bearer " + KEY).containsEntry("API_KEY_HEADER", KEY)
        .containsEntry("CUSTOM_HEADER", KEY);
    assertThat(none.get("Authorization")).isNull();
    assertThat(none.get("api-key")).isNull();
  }

  @Test
  void azureVariablesConfigureKeyHeaderEndpointAndApiVersion() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("AZURE_OPENAI_API_KEY", KEY);
    env.put("AZURE_OPENAI_ENDPOINT", api.url("/").toString());
    env.put("OPENAI_API_VERSION", "2025-04-01-preview");
    api.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"id\":\"v\",\"deleted\":true,\"object\":\"video.deleted\"}").build());

    try (VideosClient client = VideosClient.builder().fromEnv(env).build()) {
      assertThat(client.baseUrl()).isEqualTo(api.url("/openai/v1/").toString());
      client.videos().delete("v");
    }

    RecordedRequest request = api.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/openai/v1/videos/v?api-version=2025-04-01-preview");
    assertThat(request.getHeaders().get("api-key")).isEqualTo(KEY);
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }
}
