package dev.sora4j.prism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.AuthStyle;
import dev.sora4j.AuthenticationException;
import dev.sora4j.CharacterCreateRequest;
import dev.sora4j.FileUpload;
import dev.sora4j.InputReference;
import dev.sora4j.PollOptions;
import dev.sora4j.PollTimeoutException;
import dev.sora4j.RequestOptions;
import dev.sora4j.SourceVideo;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoEditRequest;
import dev.sora4j.VideoExtendRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideoRemixRequest;
import dev.sora4j.Videos;
import dev.sora4j.VideosClient;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideoStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facade against Stoplight Prism, an independent implementation of the contract: all ten
 * operations, every kind of input_reference and source video, and every download variant. Prism
 * runs with {@code --errors}, so a request that breaks {@code openapi/videos.yaml} gets an error
 * response (the facade throws) and {@link PrismExtension} fails the test on any violation Prism
 * reports. Prism answers with the spec's examples (the first of each response, or the one named
 * in a {@code Prefer: example=...} header), so these tests also prove the facade parses them.
 *
 * <p>What Prism (5.14.2) does not check, so these tests cannot either (the in-JVM validator and
 * the unit tests cover the wire form):
 * <ul>
 *   <li>Bracket-flattened multipart parts ({@code input_reference[file_id]},
 *       {@code input_reference[image_url]}, {@code video[id]}): Prism takes them as unknown
 *       properties, so an empty value or both keys at once pass; and a multipart edit or extend
 *       that names its source only by a {@code video[id]} part is rejected as lacking
 *       {@code video} (the facade sends a source id as JSON, so it never meets this).
 *   <li>File parts: neither the part's content type (the {@code encoding} of the spec) nor whether
 *       the part is a file at all (a text part named {@code video} passes).
 *   <li>Types inside multipart: every text part is a string, so e.g. {@code seconds} as a number
 *       is only detectable in JSON bodies.
 *   <li>Content negotiation of the download: Prism answers with the first listed media type
 *       ({@code video/mp4}) for every variant, with a few arbitrary bytes.
 *   <li>Statefulness: ids are not checked, GetVideo never advances, and {@code has_more} of the
 *       first ListVideos example stays true, so waiting and paging use short timeouts or chosen
 *       examples.
 * </ul>
 */
@ExtendWith(PrismExtension.class)
class VideosAgainstPrismIT {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};

  private static OkHttpClient http;
  private static VideosClient client;
  private static Videos videos;

  @TempDir
  Path dir;

  @BeforeAll
  static void connect() {
    if (PrismExtension.skipped()) {
      return;
    }
    http = new OkHttpClient.Builder()
        .addNetworkInterceptor(PrismExtension.prism().violationRecorder())
        .callTimeout(20, TimeUnit.SECONDS)
        .build();
    client = VideosClient.builder()
        .baseUrl(PrismExtension.prism().baseUrl())
        .apiKey("sk-prism-test")
        .organization("org-prism")
        .project("proj-prism")
        .httpClient(http)
        .maxRetries(0)
        .build();
    videos = client.videos();
  }

  @AfterAll
  static void disconnect() {
    if (client != null) {
      client.close();
    }
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static RequestOptions example(String name) {
    return RequestOptions.builder().header("Prefer", "example=" + name).build();
  }

  // ---- createVideo -----------------------------------------------------------------------

  interface ReferenceMaker {
    InputReference make(Path dir) throws IOException;
  }

  static Stream<Arguments> inputReferences() {
    return Stream.of(
        Arguments.of("file", (ReferenceMaker) dir -> InputReference.ofFile(Files.write(dir.resolve("frame.png"), PNG))),
        Arguments.of("bytes", (ReferenceMaker) dir -> InputReference.ofBytes(PNG, "frame.png", "image/png")),
        Arguments.of("stream", (ReferenceMaker) dir -> InputReference.ofStream(new ByteArrayInputStream(PNG),
            "frame.webp", "image/webp")),
        Arguments.of("file_id", (ReferenceMaker) dir -> InputReference.ofFileId("file-123")),
        Arguments.of("image_url", (ReferenceMaker) dir -> InputReference.ofImageUrl("https://example.com/frame.png")),
        Arguments.of("image_url (data: URL)",
            (ReferenceMaker) dir -> InputReference.ofImageUrl("data:image/png;base64,iVBORw0KGgo=")));
  }

  @ParameterizedTest(name = "input_reference: {0}")
  @MethodSource("inputReferences")
  void createWithEachInputReference(String kind, ReferenceMaker reference) throws IOException {
    Video video = videos.create(VideoCreateRequest.builder()
        .prompt("The cat takes a bow")
        .model("sora-2-pro")
        .seconds(VideoSeconds.SECONDS_8)
        .size(VideoSize.SIZE_1792X1024)
        .inputReference(reference.make(dir))
        .build());

    assertThat(video.id()).isEqualTo("video_123");
    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
  }

  @ParameterizedTest(name = "response example: {0}")
  @ValueSource(strings = {"queuedJob", "everyField", "nullKeys"})
  void createPromptOnlyParsesEachExample(String example) {
    Video video = videos.create(VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage").build(),
        example(example));

    assertThat(video.id()).isNotEmpty();
    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(video.seconds()).isNotNull();
  }

  @Test
  void createWithOpenEnumValuesAndTheApiKeyHeader() {
    try (VideosClient azure = VideosClient.builder()
        .baseUrl(PrismExtension.prism().baseUrl())
        .apiKey("azure-key")
        .authStyle(AuthStyle.API_KEY_HEADER)
        .httpClient(http)
        .maxRetries(0)
        .build()) {
      Video video = azure.videos().create(VideoCreateRequest.builder()
          .prompt("Waves breaking on a rocky shore")
          .model("veo-3.1-generate-preview")
          .seconds(6)
          .size("1920x1080")
          .build());

      assertThat(video.id()).isEqualTo("video_123");
    }
  }

  @Test
  void createAsyncCompletes() throws Exception {
    Video video = videos.createAsync(VideoCreateRequest.builder().prompt("A quiet harbour").build())
        .get(20, TimeUnit.SECONDS);

    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
  }

  @Test
  @PrismExtension.ExpectViolations
  void prismRejectsARequestWithoutCredentials() {
    try (VideosClient anonymous = VideosClient.builder()
        .baseUrl(PrismExtension.prism().baseUrl())
        .authStyle(AuthStyle.NONE)
        .httpClient(http)
        .maxRetries(0)
        .build()) {
      assertThatThrownBy(() -> anonymous.videos().retrieve("video_123"))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  // ---- GetVideo and waiting ----------------------------------------------------------------

  @ParameterizedTest(name = "response example: {0}")
  @ValueSource(strings = {"inProgress", "failed", "foreignModel"})
  void retrieveParsesEachExample(String example) {
    Video video = videos.retrieve("video_123", example(example));

    assertThat(video.id()).startsWith("video_");
    assertThat(video.createdAt()).isPositive();
  }

  @Test
  void retrieveInProgress() {
    Video video = videos.retrieve("video_123");

    assertThat(video.status()).isEqualTo(VideoStatus.IN_PROGRESS);
    assertThat(video.progress()).isEqualTo(42);
    assertThat(video.completedAt()).isEmpty();
  }

  @Test
  void createAndPollGivesUpOnAJobThatNeverFinishes() {
    // Prism's first GetVideo example is in_progress, forever: a short timeout ends the wait.
    assertThatThrownBy(() -> videos.createAndPoll(VideoCreateRequest.builder().prompt("A calico cat").build(),
        PollOptions.builder().interval(Duration.ofMillis(50)).timeout(Duration.ofMillis(400)).build()))
        .isInstanceOf(PollTimeoutException.class)
        .satisfies(e -> assertThat(((PollTimeoutException) e).video().status()).isEqualTo(VideoStatus.IN_PROGRESS));
  }

  @Test
  void pollReturnsACompletedJob() {
    List<Integer> progress = new ArrayList<>();
    Video video = videos.poll("video_789",
        PollOptions.builder().interval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(10))
            .progressListener(v -> progress.add(v.progress())).build(),
        example("foreignModel"));

    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(video.model().value()).isEqualTo("veo-3.1-generate-preview");
  }

  @Test
  void pollReturnsAFailedJobWithItsError() {
    Video video = videos.poll("video_456",
        PollOptions.builder().interval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(10)).build(),
        example("failed"));

    assertThat(video.status()).isEqualTo(VideoStatus.FAILED);
    assertThat(video.error()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("moderation_blocked"));
  }

  // ---- ListVideos, DeleteVideo ----------------------------------------------------------------

  @Test
  void listWithEveryParameter() {
    VideoList page = videos.list(VideoListRequest.builder().limit(20).order(VideoListOrder.DESC).after("video_100")
        .build());

    assertThat(page.data()).extracting(Video::id).containsExactly("video_123");
    assertThat(page.hasMore()).isTrue();
    assertThat(page.lastId()).contains("video_123");
  }

  @Test
  void listAllStopsAtTheLastPage() {
    List<String> ids = new ArrayList<>();
    for (Video video : videos.listAll(VideoListRequest.firstPage(), example("empty"))) {
      ids.add(video.id());
    }

    assertThat(ids).isEmpty();
  }

  @Test
  void delete() {
    DeletedVideo deleted = videos.delete("video_123");

    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo("video_123");
  }

  // ---- RetrieveVideoContent -----------------------------------------------------------------

  @ParameterizedTest(name = "variant: {0}")
  @EnumSource(value = VideoContentVariant.class, names = {"VIDEO", "THUMBNAIL", "SPRITESHEET"})
  void downloadEachVariantToAFile(VideoContentVariant variant) throws IOException {
    Path target = dir.resolve("asset-" + variant);

    assertThat(videos.downloadContent("video_123", variant, target)).isEqualTo(target);
    assertThat(target).exists();
  }

  @ParameterizedTest(name = "variant: {0}")
  @EnumSource(value = VideoContentVariant.class, names = {"VIDEO", "THUMBNAIL", "SPRITESHEET"})
  void downloadEachVariantToAStreamAndOpenIt(VideoContentVariant variant) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = videos.downloadContent("video_123", variant, out);
    assertThat(written).isEqualTo(out.size());

    try (InputStream in = videos.openContent("video_123", variant)) {
      while (in.read() != -1) {
        // drain
      }
    }
  }

  // ---- CreateVideoRemix, CreateVideoEdit, CreateVideoExtend ----------------------------------

  @Test
  void remix() {
    Video video = videos.remix("video_123",
        VideoRemixRequest.builder().prompt("The same scene, but under warm sunset light").build());

    assertThat(video.remixedFromVideoId()).contains("video_123");
  }

  interface SourceMaker {
    SourceVideo make(Path dir) throws IOException;
  }

  static Stream<Arguments> sourceVideos() {
    return Stream.of(
        Arguments.of("id", (SourceMaker) dir -> SourceVideo.ofId("video_123")),
        Arguments.of("file", (SourceMaker) dir -> SourceVideo.ofFile(Files.write(dir.resolve("clip.mp4"), MP4))),
        Arguments.of("bytes", (SourceMaker) dir -> SourceVideo.ofBytes(MP4, "clip.mp4", "video/mp4")),
        Arguments.of("stream", (SourceMaker) dir -> SourceVideo.ofStream(new ByteArrayInputStream(MP4), "clip.mp4",
            "video/mp4")));
  }

  @ParameterizedTest(name = "video: {0}")
  @MethodSource("sourceVideos")
  void editWithEachSourceVideo(String kind, SourceMaker source) throws IOException {
    Video video = videos.edit(VideoEditRequest.builder()
        .video(source.make(dir))
        .prompt("Replace the piano with a drum kit")
        .build());

    assertThat(video.id()).isEqualTo("video_789");
  }

  @ParameterizedTest(name = "video: {0}")
  @MethodSource("sourceVideos")
  void extendWithEachSourceVideo(String kind, SourceMaker source) throws IOException {
    Video video = videos.extend(VideoExtendRequest.builder()
        .video(source.make(dir))
        .prompt("The cat finishes the song and takes a bow")
        .seconds(VideoSeconds.SECONDS_8)
        .build());

    assertThat(video.seconds().value()).isEqualTo("16");
  }

  // ---- CreateVideoCharacter, GetVideoCharacter ---------------------------------------------

  @Test
  void createCharacterFromAFile() throws IOException {
    VideoCharacter character = videos.createCharacter(CharacterCreateRequest.builder()
        .name("Mochi")
        .video(Files.write(dir.resolve("mochi.mp4"), MP4))
        .build());

    assertThat(character.id()).contains("char_123");
  }

  @Test
  void createCharacterFromAStream() {
    VideoCharacter character = videos.createCharacter(CharacterCreateRequest.builder()
        .name("Mochi")
        .video(FileUpload.ofStream(new ByteArrayInputStream(MP4), "mochi.mp4", "video/mp4"))
        .build());

    assertThat(character.name()).contains("Mochi");
  }

  @ParameterizedTest(name = "response example: {0}")
  @ValueSource(strings = {"found", "unnamed"})
  void retrieveCharacterParsesEachExample(String example) {
    VideoCharacter character = videos.retrieveCharacter("char_123", example(example));

    assertThat(character.id()).isPresent();
    assertThat(character.createdAt()).isPositive();
  }
}
