package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import dev.sora4j.contract.WireContract;
import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What fault injection found: oversized JSON, secrets in request ids and causes, doomed downloads. */
class HardeningTest {
  private static final String KEY = "sk-hardening-test-key";

  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final WireContract contract = new WireContract();
  private VideosClient client;

  @TempDir
  Path dir;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static String hugeVideo(long bytes) {
    StringBuilder prompt = new StringBuilder();
    while (prompt.length() < bytes) {
      prompt.append("a cat at the piano ");
    }
    return "{\"id\":\"video_1\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"queued\",\"progress\":0,"
        + "\"created_at\":1,\"size\":\"720x1280\",\"seconds\":\"4\",\"prompt\":\"" + prompt + "\"}";
  }

  @Test
  void aJsonBodyOverTheLimitFailsTypedInsteadOfBeingReadWhole() {
    server.enqueue(contract.offContract(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(hugeVideo(JsonBodyLimitInterceptor.MAX_JSON_BODY_BYTES + 1)).build(), "a body over the limit"));
    server.enqueue(contract.offContract(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(hugeVideo(JsonBodyLimitInterceptor.MAX_JSON_BODY_BYTES + 1), 64 * 1024).build(),
        "the same, without Content-Length"));

    assertThatThrownBy(() -> client.videos().retrieve("video_1")).isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("over the limit of " + JsonBodyLimitInterceptor.MAX_JSON_BODY_BYTES + " bytes")
        .hasMessageContaining("bytes announced");
    assertThatThrownBy(() -> client.videos().retrieve("video_1")).isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("over the limit");
  }

  @Test
  void aBodyUnderTheLimitIsRead() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(hugeVideo(1024 * 1024)).build());

    assertThat(client.videos().retrieve("video_1").prompt().get()).hasSizeGreaterThan(1024 * 1024);
  }

  @Test
  void aRequestIdEchoingTheKeyIsMasked() {
    server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_" + KEY)
        .body("{\"error\":{\"message\":\"No video\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}").build());

    assertThatThrownBy(() -> client.videos().retrieve("video_1")).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.requestId().get()).doesNotContain(KEY).startsWith("req_");
      assertThat(e.getMessage()).doesNotContain(KEY);
    });
  }

  @Test
  void aCauseEchoingTheKeyIsReplacedByAMaskedStandIn() {
    ErrorMapper errors = new ErrorMapper(new Moshi.Builder().build(), KEY);
    IOException cause = new IOException("proxy said: bad header api-key: " + KEY, new IllegalStateException(KEY));

    Throwable kept = errors.scrubbed(cause);

    assertThat(kept.getMessage()).isEqualTo("java.io.IOException: proxy said: bad header api-key: ***");
    assertThat(kept.getCause().getMessage()).doesNotContain(KEY).startsWith("java.lang.IllegalStateException");
    assertThat(kept.getStackTrace()).isEqualTo(cause.getStackTrace());
    IOException harmless = new IOException("connection reset");
    assertThat(errors.scrubbed(harmless)).isSameAs(harmless);
  }

  @Test
  void aDownloadToAMissingFolderFailsBeforeAnythingIsSent() {
    Path target = dir.resolve("missing").resolve("cat.mp4");

    assertThatThrownBy(() -> client.videos().downloadContent("video_1", VideoContentVariant.VIDEO, target))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target: the folder of " + target + " does not exist");
    assertThatThrownBy(() -> client.videos().downloadContentAsync("video_1", VideoContentVariant.VIDEO, dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target: " + dir + " is a folder");
    assertThat(server.getRequestCount()).isZero();
  }
}
