package dev.sora4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.emulator.VideosEmulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator keeps the contract: every operation, answered and refused, is driven with plain
 * OkHttp, and each request and response is validated against openapi/videos.yaml.
 */
class EmulatorConformanceTest {
  private static final String KEY = "sk-conformance";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private final SteppingClock clock = new SteppingClock();
  private final VideosEmulator emulator = VideosEmulator.builder().clock(clock).requiredApiKey(KEY).start();
  private final OkHttpClient http = new OkHttpClient();
  private final ContractValidator contract = ContractValidator.get();

  @AfterEach
  void close() {
    emulator.close();
  }

  /** A clock the test moves forward, so jobs finish when the test says so. */
  private static final class SteppingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private Request.Builder to(String path) {
    return new Request.Builder().url(emulator.baseUrl() + path).header("Authorization", "Bearer " + KEY);
  }

  /** Sends the request, validates it and its response, and returns the status and body. */
  private Exchange send(Request request) throws IOException {
    assertConforms(request);
    return sendBreakingTheContract(request);
  }

  private void assertConforms(Request request) throws IOException {
    Buffer sent = new Buffer();
    if (request.body() != null) {
      request.body().writeTo(sent);
    }
    assertThat(contract.requestViolations(request.method(), request.url(), request.headers().newBuilder()
        .set("Content-Type", request.body() == null || request.body().contentType() == null ? "" : request.body().contentType().toString())
        .build(), sent.readByteString())).as("request %s %s", request.method(), request.url()).isEmpty();
  }

  /** Sends a request that may itself break the contract (to provoke a 400); validates the response. */
  private Exchange sendBreakingTheContract(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      String contentType = response.header("Content-Type", "");
      String text = contentType.startsWith("application/json") ? body.string() : "(binary body)";
      HttpUrl url = request.url();
      contract.validateResponse(request.method(), url.encodedPath(), response.code(), response.headers(), text);
      assertThat(response.header("x-request-id")).as("x-request-id of %s", url).isNotBlank();
      return new Exchange(response.code(), text);
    }
  }

  private static final class Exchange {
    final int status;
    final String body;

    Exchange(int status, String body) {
      this.status = status;
      this.body = body;
    }

    String id() {
      Matcher id = ID.matcher(body);
      assertThat(id.find()).as("an id in %s", body).isTrue();
      return id.group(1);
    }
  }

  private static RequestBody json(String json) {
    return RequestBody.create(json, JSON);
  }

  private static RequestBody file(String mediaType) {
    return RequestBody.create(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'}, MediaType.get(mediaType));
  }

  private String completedVideo() throws IOException {
    String id = send(to("videos").post(json("{\"prompt\":\"a cat\",\"seconds\":\"4\"}")).build()).id();
    clock.advance(Duration.ofMinutes(10));
    assertThat(send(to("videos/" + id).get().build()).body).contains("\"completed\"");
    return id;
  }

  @Test
  void everyOperationAnswersAsTheContractSays() throws IOException {
    String queued = send(to("videos").post(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "a cat").addFormDataPart("model", "sora-2").addFormDataPart("seconds", "8")
        .addFormDataPart("size", "1280x720").addFormDataPart("input_reference[image_url]", "https://example.com/cat.png")
        .build()).build()).id();
    assertThat(send(to("videos/" + queued).get().build()).status).isEqualTo(200);

    String source = completedVideo();
    for (String variant : new String[] {"video", "thumbnail", "spritesheet"}) {
      assertThat(send(to("videos/" + source + "/content?variant=" + variant).get().build()).status).isEqualTo(200);
    }
    assertThat(send(to("videos?limit=2&order=asc").get().build()).status).isEqualTo(200);
    send(to("videos/" + source + "/remix").post(json("{\"prompt\":\"at sunset\"}")).build()).id();
    send(to("videos/edits").post(json("{\"video\":{\"id\":\"" + source + "\"},\"prompt\":\"drums\"}")).build()).id();
    send(to("videos/edits").post(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "drums").addFormDataPart("video", "clip.mp4", file("video/mp4")).build()).build()).id();
    send(to("videos/extensions").post(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("video[id]", source).addFormDataPart("prompt", "a bow").addFormDataPart("seconds", "8")
        .build()).build()).id();
    String character = send(to("videos/characters").post(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("name", "Mochi").addFormDataPart("video", "mochi.mp4", file("video/mp4")).build()).build()).id();
    assertThat(send(to("videos/characters/" + character).get().build()).status).isEqualTo(200);
    assertThat(send(to("videos/" + source).delete().build()).status).isEqualTo(200);
  }

  @Test
  void refusalsAreErrorEnvelopesWithTheirStatus() throws IOException {
    assertThat(sendBreakingTheContract(to("videos").post(json("{\"prompt\":\"\"}")).build()).status).as("empty prompt").isEqualTo(400);
    assertThat(send(to("videos").post(json("{\"prompt\":\"a cat\"}")).header("Authorization", "Bearer sk-wrong").build())
        .status).as("wrong key").isEqualTo(401);
    assertThat(send(to("videos/video_missing").get().build()).status).isEqualTo(404);
    assertThat(send(to("videos/video_missing").delete().build()).status).isEqualTo(404);
    assertThat(send(to("videos/characters/char_missing").get().build()).status).isEqualTo(404);
    String queued = send(to("videos").post(json("{\"prompt\":\"a cat\"}")).build()).id();
    assertThat(send(to("videos/" + queued + "/content").get().build()).status).as("content not ready").isEqualTo(409);
    assertThat(send(to("videos/" + queued + "/remix").post(json("{\"prompt\":\"again\"}")).build()).status)
        .as("remix of an unfinished job").isIn(400, 409);
    assertThat(send(to("videos/extensions").post(json("{\"video\":{\"id\":\"video_missing\"},\"prompt\":\"a bow\",\"seconds\":\"4\"}"))
        .build()).status).isEqualTo(404);
  }
}
