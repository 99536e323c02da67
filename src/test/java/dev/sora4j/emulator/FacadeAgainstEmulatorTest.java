package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.CharacterCreateRequest;
import dev.sora4j.InputReference;
import dev.sora4j.JobFailedException;
import dev.sora4j.NotFoundException;
import dev.sora4j.PollOptions;
import dev.sora4j.RequestOptions;
import dev.sora4j.SourceVideo;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoExtendRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideoRemixRequest;
import dev.sora4j.Videos;
import dev.sora4j.VideosClient;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade end to end against the emulator: the whole job, for each kind of input_reference. */
class FacadeAgainstEmulatorTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static VideosEmulator emulator;
  private static VideosClient client;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    emulator = VideosEmulator.builder().speedFactor(30).start();
    client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-e2e").build();
  }

  @AfterAll
  static void stop() {
    client.close();
    emulator.close();
  }

  static Stream<Arguments> inputReferences() {
    return Stream.of(
        Arguments.of("file", (ReferenceMaker) dir -> InputReference.ofFile(Files.write(dir.resolve("frame.png"), PNG))),
        Arguments.of("bytes", (ReferenceMaker) dir -> InputReference.ofBytes(PNG, "frame.png", "image/png")),
        Arguments.of("stream", (ReferenceMaker) dir -> InputReference.ofStream(new ByteArrayInputStream(PNG), "frame.png", null)),
        Arguments.of("file_id", (ReferenceMaker) dir -> InputReference.ofFileId("file-123")),
        Arguments.of("image_url", (ReferenceMaker) dir -> InputReference.ofImageUrl("data:image/png;base64,iVBORw0KGgo=")),
        Arguments.of("none", (ReferenceMaker) dir -> null));
  }

  interface ReferenceMaker {
    InputReference make(Path dir) throws IOException;
  }

  @ParameterizedTest(name = "input_reference: {0}")
  @MethodSource("inputReferences")
  void createPollDownloadDelete(String kind, ReferenceMaker reference) throws IOException {
    Videos videos = client.videos();
    List<String> progress = new CopyOnWriteArrayList<>();

    Video video = videos.createAndPoll(
        VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage, " + kind)
            .inputReference(reference.make(dir)).build(),
        PollOptions.builder().progressListener(v -> progress.add(v.status() + " " + v.progress())).build());

    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(video.progress()).isEqualTo(100);
    assertThat(video.completedAt()).isPresent();
    // How many in-between states a check sees depends on the machine's speed; the last is fixed.
    assertThat(progress).last().isEqualTo("completed 100");

    Path mp4 = videos.downloadContent(video.id(), VideoContentVariant.VIDEO, dir.resolve("cat.mp4"));
    byte[] head = new byte[8];
    System.arraycopy(Files.readAllBytes(mp4), 0, head, 0, 8);
    assertThat(new String(head, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".part"));

    assertThat(videos.delete(video.id()).deleted()).isTrue();
    assertThatThrownBy(() -> videos.retrieve(video.id())).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).requestId()).isPresent());
  }

  @Test
  void remixAndExtendMakeNewJobs() {
    Videos videos = client.videos();
    Video source = videos.createAndPoll(VideoCreateRequest.builder().prompt("a cat").seconds(4).build(),
        PollOptions.defaults());

    Video remix = videos.remix(source.id(), VideoRemixRequest.builder().prompt("a cat at night").build());
    Video extended = videos.poll(videos.extend(VideoExtendRequest.builder().video(SourceVideo.ofId(source.id()))
        .prompt("the cat bows").seconds(8).build()).id(), PollOptions.defaults());

    assertThat(remix.remixedFromVideoId()).contains(source.id());
    assertThat(extended.seconds().value()).isEqualTo("12");
  }

  @Test
  void charactersAreStored() throws IOException {
    Path clip = Files.write(dir.resolve("mochi.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});

    VideoCharacter created = client.videos().createCharacter(CharacterCreateRequest.builder().name("Mochi").video(clip).build());

    assertThat(client.videos().retrieveCharacter(created.id().get()).name()).contains("Mochi");
  }

  @Test
  void aFailedJobComesBackWithItsErrorOrThrowsOnRequest() {
    Video failed = client.videos().createAndPoll(VideoCreateRequest.builder().prompt("[fail] a cat").build(),
        PollOptions.defaults());

    assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
    assertThat(failed.error()).hasValueSatisfying(error -> assertThat(error.code()).isNotBlank());
    assertThatThrownBy(() -> client.videos().createAndPoll(VideoCreateRequest.builder().prompt("[fail] a dog").build(),
        PollOptions.builder().failOnError(true).build()))
        .isInstanceOf(JobFailedException.class);
  }

  @Test
  void theSameIdempotencyKeyStartsOneJob() {
    RequestOptions options = RequestOptions.builder().idempotencyKey("e2e-key-1").build();
    VideoCreateRequest request = VideoCreateRequest.builder().prompt("only once").build();

    Video first = client.videos().create(request, options);
    Video again = client.videos().create(request, options);

    assertThat(again.id()).isEqualTo(first.id());
  }

  @Test
  void listAllSeesEveryJob() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(client.videos().create(VideoCreateRequest.builder().prompt("list " + i).build()).id());
    }
    List<String> listed = new ArrayList<>();
    for (Video video : client.videos().listAll(VideoListRequest.builder().limit(2).build())) {
      listed.add(video.id());
    }

    assertThat(listed).containsAll(created).doesNotHaveDuplicates();
  }

  /** What a user writes: the extension hands over a client of a running emulator. */
  @Nested
  @ExtendWith(VideosEmulatorExtension.class)
  class WithTheExtension {
    @Test
    void aClientOfTheEmulatorIsInjected(VideosClient injected, VideosEmulator running) {
      Video video = injected.videos().create(VideoCreateRequest.builder().prompt("a cat").build());

      assertThat(injected.baseUrl()).isEqualTo(running.baseUrl());
      assertThat(injected.videos().retrieve(video.id()).id()).isEqualTo(video.id());
    }
  }
}
