package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.contract.WireContract;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What gateways send outside the provider's habits, met by the facade: statuses, pages, ids, media types. */
class GatewayToleranceTest {
  private static final String KEY = "sk-gateway-test-key";

  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final WireContract contract = new WireContract();
  private VideosClient client;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = VideosClient.builder().apiKey(KEY).baseUrl(server.url("/v1").toString()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static String video(String id, String status, String progress) {
    return "{\"id\":\"" + id + "\",\"object\":\"video\",\"model\":\"openai/sora-2\",\"status\":\"" + status
        + "\",\"progress\":" + progress + ",\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";
  }

  private void respond(String json) {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json).build());
  }

  private void respondOffContract(String json, String why) {
    server.enqueue(contract.offContract(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(json).build(), why));
  }

  private static PollOptions quickly(List<String> seen) {
    return PollOptions.builder().interval(Duration.ofMillis(1))
        .progressListener(v -> seen.add(v.rawStatus() + " " + v.progress())).build();
  }

  @Test
  void unknownStatusesAreNotFinalAndTheDisplayShowsTheirText() {
    respondOffContract(video("video_1", "submitted", "0"), "a relay's first status");
    respondOffContract(video("video_1", "processing", "42.5"), "LiteLLM's status and Bifrost's float progress");
    respond(video("video_1", "completed", "100"));
    List<String> seen = new ArrayList<>();

    Video done = client.videos().poll("video_1", quickly(seen));

    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(seen).containsExactly("submitted 0", "processing 42", "completed 100");
  }

  @Test
  void cancelledExpiredAnErrorAndNamedStatusesEndTheWait() {
    respondOffContract(video("video_1", "cancelled", "10"), "a gateway's cancelled job");
    respondOffContract(video("video_2", "expired", "100"), "a gateway's expired job");
    respondOffContract(video("video_3", "processing", "50").replace("\"seconds\":\"4\"",
        "\"seconds\":\"4\",\"error\":{\"code\":\"upstream\",\"message\":\"Veo failed\"}"), "an error on a running status");
    respondOffContract(video("video_4", "succeeded", "100"), "a relay's own final status");

    assertThat(client.videos().poll("video_1", quickly(new ArrayList<>())).rawStatus()).isEqualTo("cancelled");
    assertThat(client.videos().poll("video_2", quickly(new ArrayList<>())).rawStatus()).isEqualTo("expired");
    assertThatThrownBy(() -> client.videos().poll("video_3", quickly(new ArrayList<>()).toBuilder().failOnError(true).build()))
        .isInstanceOf(JobFailedException.class).hasMessage("video job video_3 failed: upstream: Veo failed");
    assertThat(client.videos().poll("video_4", quickly(new ArrayList<>()).toBuilder().finalStatuses("succeeded").build())
        .rawStatus()).isEqualTo("succeeded");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aPageWithoutHasMoreIsFollowedByItsLastIdUntilAnEmptyPage() throws Exception {
    respondOffContract("{\"object\":\"list\",\"data\":[" + video("video_3", "completed", "100") + ","
        + video("video_2", "completed", "100") + "]}", "Bifrost leaves out has_more, first_id and last_id");
    respondOffContract("{\"object\":\"list\",\"data\":[" + video("video_1", "completed", "100") + "]}", "the same");
    respondOffContract("{\"object\":\"list\",\"data\":[]}", "the same");

    List<String> ids = new ArrayList<>();
    for (Video video : client.videos().listAll(VideoListRequest.firstPage())) {
      ids.add(video.id());
    }

    assertThat(ids).containsExactly("video_3", "video_2", "video_1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/videos");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/videos?after=video_2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/videos?after=video_1");
  }

  @Test
  void aServerThatRepeatsItsCursorEndsTheIterationWithAClearError() {
    String page = "{\"object\":\"list\",\"data\":[" + video("video_2", "completed", "100") + "],\"first_id\":\"video_2\","
        + "\"last_id\":\"video_2\",\"has_more\":true}";
    respond(page);
    respond(page);

    List<String> ids = new ArrayList<>();
    assertThatThrownBy(() -> client.videos().listAll(VideoListRequest.firstPage()).forEach(v -> ids.add(v.id())))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("the server sent the cursor after=video_2 again");
    assertThat(ids).containsExactly("video_2", "video_2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void base64IdsTravelAsOnePathSegmentAndDotsAreRefused() throws Exception {
    String id = "video_bGl0ZWxsbTpvcGVuYWk+/vZGVsX2lk==";
    respond(video(id, "queued", "0"));

    assertThat(client.videos().retrieve(id).id()).isEqualTo(id);
    assertThat(server.takeRequest().getUrl().pathSegments()).containsExactly("v1", "videos", id);
    assertThatThrownBy(() -> client.videos().retrieve("..")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("videoId: must not be \"..\", which a URL resolves as a folder instead of an id");
    assertThatThrownBy(() -> client.videos().delete(".")).hasMessageStartingWith("videoId: must not be \".\"");
    assertThatThrownBy(() -> client.videos().retrieveCharacter("..")).hasMessageStartingWith("characterId:");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void contentWithTheWrongMediaTypeStillDownloads() {
    server.enqueue(contract.offContract(new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/octet-stream").body("WEBP").build(), "a relay's media type"));
    server.enqueue(contract.offContract(new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4")
        .setHeader("Content-Disposition", "attachment").body("JPEG").build(), "LiteLLM answers every variant as video/mp4"));
    ByteArrayOutputStream thumbnail = new ByteArrayOutputStream();
    ByteArrayOutputStream spritesheet = new ByteArrayOutputStream();

    client.videos().downloadContent("video_1", VideoContentVariant.THUMBNAIL, thumbnail);
    client.videos().downloadContent("video_1", VideoContentVariant.SPRITESHEET, spritesheet);

    assertThat(thumbnail.toString()).isEqualTo("WEBP");
    assertThat(spritesheet.toString()).isEqualTo("JPEG");
  }
}
