package dev.sora4j.emulator;

import static dev.sora4j.emulator.EmulatorHttp.json;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideoStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every operation of the contract against the emulator, on the wire: the happy path, the shape
 * of each response, and the errors each bad request gets. Time is a hand-moved clock.
 */
@Timeout(20)
class VideosEmulatorOperationsTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final VideosEmulator emulator = VideosEmulator.builder().clock(clock).start();
  private final EmulatorHttp http = new EmulatorHttp(emulator);

  @AfterEach
  void close() {
    emulator.close();
  }

  private void finishJobs() {
    clock.advance(Duration.ofSeconds(3));
  }

  private Video completedVideo(String prompt) {
    Video video = http.create(prompt);
    finishJobs();
    return http.get("videos/" + video.id()).as(Video.class);
  }

  private static MultipartBody.Builder multipart() {
    return new MultipartBody.Builder().setType(MultipartBody.FORM);
  }

  private static RequestBody file(int size) {
    return RequestBody.create(new byte[size], EmulatorHttp.OCTET_STREAM);
  }

  // ---- create -----------------------------------------------------------------------------

  @Test
  void createFromJsonAppliesTheDefaultsAndSendsEveryKey() {
    EmulatorHttp.Reply reply = http.postJson("videos", json("prompt", "A calico cat playing a piano on stage"));

    assertThat(reply.code).isEqualTo(200);
    assertThat(reply.headers.get("x-request-id")).startsWith("req_");
    assertThat(reply.headers.get("openai-poll-after-ms")).isEqualTo("300");
    Video video = reply.as(Video.class);
    assertThat(video.id()).startsWith("video_");
    assertThat(video.object()).isEqualTo(Video.ObjectEnum.VIDEO);
    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(video.progress()).isZero();
    assertThat(video.model()).isEqualTo(VideoModel.SORA_2);
    assertThat(video.size()).isEqualTo(VideoSize.SIZE_720X1280);
    assertThat(video.seconds()).isEqualTo(VideoSeconds.SECONDS_4);
    assertThat(video.createdAt()).isEqualTo(START.getEpochSecond());
    assertThat(video.prompt()).hasValue("A calico cat playing a piano on stage");
    // the provider sends every key, the nullable ones as null
    assertThat(reply.text()).contains("\"completed_at\":null", "\"expires_at\":null",
        "\"remixed_from_video_id\":null", "\"error\":null");
  }

  @Test
  void createFromMultipartTakesEveryFieldAndOpenValues() {
    Video video = http.postMultipart("videos", multipart()
        .addFormDataPart("prompt", "Waves breaking on a rocky shore")
        .addFormDataPart("model", "veo-3.1-generate-preview")
        .addFormDataPart("seconds", "6")
        .addFormDataPart("size", "1920x1080")
        .addFormDataPart("input_reference", "shore.png", file(1000))
        .build()).as(Video.class);

    assertThat(video.model().value()).isEqualTo("veo-3.1-generate-preview");
    assertThat(video.seconds().value()).isEqualTo("6");
    assertThat(video.size().value()).isEqualTo("1920x1080");
    assertThat(video.prompt()).hasValue("Waves breaking on a rocky shore");
  }

  @Test
  void createTakesAReferenceObjectInEitherEncoding() {
    Map<String, String> fileId = Collections.singletonMap("file_id", "file-123");
    Map<String, String> imageUrl = Collections.singletonMap("image_url", "data:image/png;base64,iVBORw0KGgo=");
    assertThat(http.postJson("videos", json("prompt", "p", "input_reference", fileId)).code).isEqualTo(200);
    assertThat(http.postJson("videos", json("prompt", "p", "input_reference", imageUrl)).code).isEqualTo(200);
    assertThat(http.postMultipart("videos", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("input_reference[image_url]", "https://example.com/images/sailboat.png")
        .build()).code).isEqualTo(200);
  }

  @Test
  void createRefusesABadPrompt() {
    ErrorEnvelope missing = http.postJson("videos", json("model", "sora-2")).error(400);
    assertThat(missing.param()).hasValue("prompt");
    assertThat(missing.code()).hasValue("missing_required_parameter");
    assertThat(missing.type()).isEqualTo("invalid_request_error");

    ErrorEnvelope empty = http.postJson("videos", json("prompt", "")).error(400);
    assertThat(empty.param()).hasValue("prompt");
    assertThat(empty.code()).hasValue("string_below_min_length");

    StringBuilder longPrompt = new StringBuilder();
    for (int i = 0; i < 32_001; i++) {
      longPrompt.append('x');
    }
    ErrorEnvelope tooLong = http.postJson("videos", json("prompt", longPrompt.toString())).error(400);
    assertThat(tooLong.param()).hasValue("prompt");
    assertThat(tooLong.code()).hasValue("string_above_max_length");
    assertThat(http.postJson("videos", json("prompt", longPrompt.substring(1))).code).isEqualTo(200);

    ErrorEnvelope number = http.postJson("videos", json("prompt", 42)).error(400);
    assertThat(number.param()).hasValue("prompt");
    assertThat(number.code()).hasValue("invalid_type");
  }

  @Test
  void createRefusesUnknownAndMalformedFields() {
    ErrorEnvelope unknown = http.postJson("videos", json("prompt", "p", "quality", "high")).error(400);
    assertThat(unknown.param()).hasValue("quality");
    assertThat(unknown.code()).hasValue("unknown_parameter");

    assertThat(http.postJson("videos", json("prompt", "p", "seconds", 8)).error(400).param()).hasValue("seconds");
    assertThat(http.postJson("videos", json("prompt", "p", "seconds", "eight")).error(400).param()).hasValue("seconds");
    assertThat(http.postJson("videos", json("prompt", "p", "size", "big")).error(400).param()).hasValue("size");
    assertThat(http.postJson("videos", "{\"prompt\": ").error(400).code()).hasValue("invalid_json");
    assertThat(http.postJson("videos", "[]").error(400).code()).hasValue("invalid_json");
    assertThat(http.send(http.request("videos").post(RequestBody.create("prompt=p",
        MediaType.get("application/x-www-form-urlencoded")))).error(400).code())
        .hasValue("invalid_content_type");
  }

  @Test
  void createRequiresExactlyOneKindOfReference() {
    Map<String, String> both = new HashMap<>();
    both.put("file_id", "file-123");
    both.put("image_url", "https://example.com/a.png");
    ErrorEnvelope twoKeys = http.postJson("videos", json("prompt", "p", "input_reference", both)).error(400);
    assertThat(twoKeys.param()).hasValue("input_reference");

    ErrorEnvelope noKey = http.postJson("videos", json("prompt", "p", "input_reference", Collections.emptyMap())).error(400);
    assertThat(noKey.param()).hasValue("input_reference");

    ErrorEnvelope fileAndObject = http.postMultipart("videos", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("input_reference", "a.png", file(10))
        .addFormDataPart("input_reference[file_id]", "file-123")
        .build()).error(400);
    assertThat(fileAndObject.param()).hasValue("input_reference");

    ErrorEnvelope text = http.postJson("videos", json("prompt", "p", "input_reference", "file-123")).error(400);
    assertThat(text.param()).hasValue("input_reference");
    assertThat(text.code()).hasValue("invalid_type");

    ErrorEnvelope otherKey = http.postJson("videos", json("prompt", "p", "input_reference",
        Collections.singletonMap("url", "https://example.com/a.png"))).error(400);
    assertThat(otherKey.param()).hasValue("input_reference[url]");

    ErrorEnvelope notAUrl = http.postJson("videos", json("prompt", "p", "input_reference",
        Collections.singletonMap("image_url", "sailboat.png"))).error(400);
    assertThat(notAUrl.param()).hasValue("input_reference[image_url]");
  }

  @Test
  void createAcceptsAnImageUrlUpToTheLimitOnly() {
    StringBuilder url = new StringBuilder("data:image/png;base64,");
    while (url.length() < 20_971_520) {
      url.append('A');
    }
    Map<String, String> atLimit = Collections.singletonMap("image_url", url.toString());
    assertThat(http.postJson("videos", json("prompt", "p", "input_reference", atLimit)).code).isEqualTo(200);

    Map<String, String> overLimit = Collections.singletonMap("image_url", url.append('A').toString());
    ErrorEnvelope tooLong = http.postJson("videos", json("prompt", "p", "input_reference", overLimit)).error(400);
    assertThat(tooLong.param()).hasValue("input_reference[image_url]");
    assertThat(tooLong.code()).hasValue("string_above_max_length");
  }

  // ---- get: the job's life ----------------------------------------------------------------

  @Test
  void aJobIsQueuedThenInProgressThenCompleted() {
    Video created = http.create("A calico cat playing a piano on stage");
    String path = "videos/" + created.id();

    clock.advance(Duration.ofMillis(200));
    assertThat(http.get(path).as(Video.class).status()).isEqualTo(VideoStatus.QUEUED);

    clock.advance(Duration.ofMillis(1_100)); // 1.3 s of 3 s
    EmulatorHttp.Reply running = http.get(path);
    assertThat(running.headers.get("openai-poll-after-ms")).isEqualTo("300");
    Video inProgress = running.as(Video.class);
    assertThat(inProgress.status()).isEqualTo(VideoStatus.IN_PROGRESS);
    assertThat(inProgress.progress()).isEqualTo(43);
    assertThat(inProgress.completedAt()).isEmpty();

    clock.advance(Duration.ofMillis(1_000));
    assertThat(http.get(path).as(Video.class).progress()).isEqualTo(76);

    clock.advance(Duration.ofMillis(700));
    Video completed = http.get(path).as(Video.class);
    assertThat(completed.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(completed.progress()).isEqualTo(100);
    assertThat(completed.completedAt()).hasValue(START.getEpochSecond() + 3);
    assertThat(completed.expiresAt()).hasValue(START.getEpochSecond() + 3 + 3_600);
    assertThat(completed.error()).isEmpty();
    assertThat(completed.createdAt()).isEqualTo(created.createdAt());
  }

  @Test
  void getOfAnUnknownVideoIs404() {
    ErrorEnvelope error = http.get("videos/video_999").error(404);
    assertThat(error.message()).isEqualTo("No video found with id 'video_999'.");
    assertThat(error.type()).isEqualTo("invalid_request_error");
    assertThat(error.param()).hasValue("video_id");
    assertThat(error.code()).isEmpty();
  }

  // ---- delete -----------------------------------------------------------------------------

  @Test
  void deleteRemovesTheJob() {
    Video video = http.create("p");

    DeletedVideo deleted = http.delete("videos/" + video.id()).as(DeletedVideo.class);

    assertThat(deleted.object()).isEqualTo(DeletedVideo.ObjectEnum.VIDEO_DELETED);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo(video.id());
    assertThat(http.get("videos/" + video.id()).error(404).param()).hasValue("video_id");
    assertThat(http.delete("videos/" + video.id()).error(404).param()).hasValue("video_id");
    assertThat(http.get("videos").text()).doesNotContain(video.id());
  }

  // ---- remix ------------------------------------------------------------------------------

  @Test
  void remixStartsANewJobFromACompletedOne() {
    Video source = http.postJson("videos", json("prompt", "p", "model", "sora-2-pro", "seconds", "8",
        "size", "1024x1792")).as(Video.class);
    finishJobs();

    EmulatorHttp.Reply reply = http.postJson("videos/" + source.id() + "/remix",
        json("prompt", "The same scene, but under warm sunset light"));
    Video remix = reply.as(Video.class);

    assertThat(reply.headers.get("openai-poll-after-ms")).isNotNull();
    assertThat(remix.id()).isNotEqualTo(source.id());
    assertThat(remix.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(remix.remixedFromVideoId()).hasValue(source.id());
    assertThat(remix.prompt()).hasValue("The same scene, but under warm sunset light");
    assertThat(remix.model()).isEqualTo(VideoModel.SORA_2_PRO);
    assertThat(remix.seconds()).isEqualTo(VideoSeconds.SECONDS_8);
    assertThat(remix.size()).isEqualTo(VideoSize.SIZE_1024X1792);

    Video multipartRemix = http.postMultipart("videos/" + source.id() + "/remix",
        multipart().addFormDataPart("prompt", "again").build()).as(Video.class);
    assertThat(multipartRemix.remixedFromVideoId()).hasValue(source.id());
  }

  @Test
  void remixNeedsAnExistingCompletedSourceAndAPrompt() {
    assertThat(http.postJson("videos/video_999/remix", json("prompt", "p")).error(404).param()).hasValue("video_id");

    Video running = http.create("p");
    ErrorEnvelope notReady = http.postJson("videos/" + running.id() + "/remix", json("prompt", "p")).error(409);
    assertThat(notReady.code()).hasValue("video_not_ready");
    assertThat(notReady.message()).contains(running.id(), "queued");

    finishJobs();
    assertThat(http.postJson("videos/" + running.id() + "/remix", json("model", "sora-2")).error(400).param())
        .hasValue("model"); // only prompt is a remix field
    assertThat(http.postJson("videos/" + running.id() + "/remix", json()).error(400).param()).hasValue("prompt");
  }

  // ---- edit -------------------------------------------------------------------------------

  @Test
  void editTakesTheSourceByIdOrAsAFile() {
    Video source = completedVideo("p");

    Video byJson = http.postJson("videos/edits", json("prompt", "Replace the piano with a drum kit",
        "video", Collections.singletonMap("id", source.id()))).as(Video.class);
    assertThat(byJson.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(byJson.prompt()).hasValue("Replace the piano with a drum kit");
    assertThat(byJson.remixedFromVideoId()).isEmpty();
    assertThat(byJson.seconds()).isEqualTo(source.seconds());

    Video byIdPart = http.postMultipart("videos/edits", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("video[id]", source.id())
        .build()).as(Video.class);
    assertThat(byIdPart.id()).isNotEqualTo(byJson.id());

    Video byFile = http.postMultipart("videos/edits", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("video", "clip.mp4", file(2_000))
        .build()).as(Video.class);
    assertThat(byFile.status()).isEqualTo(VideoStatus.QUEUED);
  }

  @Test
  void editRefusesAMissingOrDoubleOrUnknownSource() {
    Video source = completedVideo("p");
    assertThat(http.postJson("videos/edits", json("prompt", "p")).error(400).param()).hasValue("video");
    assertThat(http.postJson("videos/edits", json("video", Collections.singletonMap("id", source.id())))
        .error(400).param()).hasValue("prompt");
    assertThat(http.postMultipart("videos/edits", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("video[id]", source.id())
        .addFormDataPart("video", "clip.mp4", file(10))
        .build()).error(400).param()).hasValue("video");
    assertThat(http.postJson("videos/edits", json("prompt", "p", "video", source.id())).error(400).code())
        .hasValue("invalid_type");
    assertThat(http.postMultipart("videos/edits", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("video", "clip.mp4", file(0))
        .build()).error(400).param()).hasValue("video");
    assertThat(http.postJson("videos/edits", json("prompt", "p", "video", Collections.singletonMap("id", "video_999")))
        .error(404).param()).hasValue("video[id]");
  }

  // ---- extend -----------------------------------------------------------------------------

  @Test
  void extendAddsTheRequestedSecondsToTheSource() {
    Video source = http.postJson("videos", json("prompt", "p", "seconds", "8")).as(Video.class);
    finishJobs();

    Video extended = http.postJson("videos/extensions", json("prompt", "The cat finishes the song and takes a bow",
        "seconds", "8", "video", Collections.singletonMap("id", source.id()))).as(Video.class);
    assertThat(extended.seconds().value()).isEqualTo("16");

    finishJobs();
    Video again = http.postMultipart("videos/extensions", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("seconds", "4")
        .addFormDataPart("video[id]", extended.id())
        .build()).as(Video.class);
    assertThat(again.seconds().value()).isEqualTo("20");

    Video fromUpload = http.postMultipart("videos/extensions", multipart()
        .addFormDataPart("prompt", "p")
        .addFormDataPart("seconds", "8")
        .addFormDataPart("video", "clip.mp4", file(100))
        .build()).as(Video.class);
    assertThat(fromUpload.seconds().value()).isEqualTo("12"); // an upload counts as 4 s
  }

  @Test
  void extendRequiresVideoPromptAndSeconds() {
    Video source = completedVideo("p");
    Map<String, String> video = Collections.singletonMap("id", source.id());
    assertThat(http.postJson("videos/extensions", json("prompt", "p", "video", video)).error(400).param())
        .hasValue("seconds");
    assertThat(http.postJson("videos/extensions", json("seconds", "4", "video", video)).error(400).param())
        .hasValue("prompt");
    assertThat(http.postJson("videos/extensions", json("prompt", "p", "seconds", "4")).error(400).param())
        .hasValue("video");
  }

  // ---- characters -------------------------------------------------------------------------

  @Test
  void aCharacterIsStoredAndRetrievable() {
    VideoCharacter created = http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", "Mochi")
        .addFormDataPart("video", "mochi.mp4", file(5_000))
        .build()).as(VideoCharacter.class);

    assertThat(created.id()).hasValueSatisfying(id -> assertThat(id).startsWith("char_"));
    assertThat(created.name()).hasValue("Mochi");
    assertThat(created.createdAt()).isEqualTo(START.getEpochSecond());
    assertThat(http.get("videos/characters/" + created.id().get()).as(VideoCharacter.class)).isEqualTo(created);
    assertThat(http.get("videos/characters/char_999").error(404).param()).hasValue("character_id");
  }

  @Test
  void aCharacterNeedsANameOf1To80AndAnUploadedVideoInMultipart() {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      name.append('n');
    }
    assertThat(http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", name.toString())
        .addFormDataPart("video", "c.mp4", file(10)).build()).code).isEqualTo(200);

    ErrorEnvelope tooLong = http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", name + "n")
        .addFormDataPart("video", "c.mp4", file(10)).build()).error(400);
    assertThat(tooLong.param()).hasValue("name");
    assertThat(tooLong.code()).hasValue("string_above_max_length");
    assertThat(http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", "")
        .addFormDataPart("video", "c.mp4", file(10)).build()).error(400).param()).hasValue("name");
    assertThat(http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", "Mochi").build()).error(400).param()).hasValue("video");
    assertThat(http.postMultipart("videos/characters", multipart()
        .addFormDataPart("name", "Mochi")
        .addFormDataPart("video[id]", "video_123").build()).error(400).param()).hasValue("video[id]");
    assertThat(http.postJson("videos/characters", json("name", "Mochi")).error(400).code())
        .hasValue("invalid_content_type");
  }

  // ---- content ----------------------------------------------------------------------------

  @Test
  void contentServesEachVariantWithItsMediaType() {
    Video video = completedVideo("p");
    String path = "videos/" + video.id() + "/content";

    EmulatorHttp.Reply mp4 = http.get(path);
    assertThat(mp4.code).isEqualTo(200);
    assertThat(mp4.headers.get("Content-Type")).isEqualTo("video/mp4");
    assertThat(mp4.headers.get("Accept-Ranges")).isEqualTo("bytes");
    assertThat(mp4.headers.get("x-request-id")).startsWith("req_");
    assertThat(mp4.body).isEqualTo(MediaContent.Bundled.VIDEO);
    assertThat(http.get(path + "?variant=video").body).isEqualTo(mp4.body);

    EmulatorHttp.Reply thumbnail = http.get(path + "?variant=thumbnail");
    assertThat(thumbnail.headers.get("Content-Type")).isEqualTo("image/webp");
    assertThat(new String(thumbnail.body, 0, 4, US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(thumbnail.body, 8, 4, US_ASCII)).isEqualTo("WEBP");

    EmulatorHttp.Reply spritesheet = http.get(path + "?variant=spritesheet");
    assertThat(spritesheet.headers.get("Content-Type")).isEqualTo("image/jpeg");
    assertThat(spritesheet.body[0]).isEqualTo((byte) 0xFF);
    assertThat(spritesheet.body[1]).isEqualTo((byte) 0xD8);
  }

  @Test
  void contentOfAnUnfinishedFailedExpiredOrUnknownJobIsRefused() {
    Video running = http.create("p");
    Video failing = http.create("p [fail]");
    ErrorEnvelope notReady = http.get("videos/" + running.id() + "/content").error(409);
    assertThat(notReady.code()).hasValue("video_not_ready");
    assertThat(notReady.param()).hasValue("video_id");

    finishJobs();
    assertThat(http.get("videos/" + failing.id() + "/content").error(400).code()).hasValue("video_failed");
    assertThat(http.get("videos/video_999/content").error(404).param()).hasValue("video_id");
    assertThat(http.get("videos/" + running.id() + "/content?variant=poster").error(400).param())
        .hasValue("variant");

    clock.advance(Duration.ofHours(1));
    assertThat(http.get("videos/" + running.id() + "/content").error(404).code()).hasValue("video_expired");
  }

  // ---- routing ----------------------------------------------------------------------------

  @Test
  void unknownPathsAre404AndWrongMethods405() {
    ErrorEnvelope unknown = http.get("images").error(404);
    assertThat(unknown.message()).isEqualTo("Invalid URL (GET /v1/images).");
    assertThat(http.get("videos/video_1/frames").error(404).type()).isEqualTo("invalid_request_error");
    assertThat(http.send(new Request.Builder()
        .url(emulator.baseUrl().replace("/v1/", "/videos"))).code).isEqualTo(404);
    assertThat(http.get("videos/").code).isEqualTo(404);

    EmulatorHttp.Reply wrongMethod = http.delete("videos/edits");
    assertThat(wrongMethod.error(405).code()).hasValue("method_not_allowed");
    assertThat(wrongMethod.headers.get("Allow")).isEqualTo("POST");
    assertThat(http.send(http.request("videos").put(RequestBody.create("{}", EmulatorHttp.JSON)))
        .headers.get("Allow")).isEqualTo("GET, POST");
    assertThat(http.postJson("videos/video_1", "{}").error(405).message()).contains("GET, DELETE");
    assertThat(http.get("videos/characters").error(405).code()).hasValue("method_not_allowed");
  }

  @Test
  void everyResponseHasItsOwnRequestId() {
    String first = http.get("videos").headers.get("x-request-id");
    String second = http.get("nowhere").headers.get("x-request-id");
    assertThat(first).startsWith("req_");
    assertThat(second).startsWith("req_").isNotEqualTo(first);
  }

  @Test
  void aTooLargeBodyIs413() {
    byte[] body = new byte[(int) FormReader.MAX_JSON_BYTES + 1];
    Arrays.fill(body, (byte) ' ');
    EmulatorHttp.Reply reply = http.send(http.request("videos").post(RequestBody.create(body, EmulatorHttp.JSON)));
    assertThat(reply.error(413).code()).hasValue("request_too_large");
  }
}
