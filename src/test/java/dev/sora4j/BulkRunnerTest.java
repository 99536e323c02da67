package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.contract.WireContract;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The bulk runner in this JVM, against the emulator (and MockWebServer for 429s). */
class BulkRunnerTest {
  private static final String KEY = "sk-bulk-test-key";

  @TempDir
  Path dir;

  @RegisterExtension
  final WireContract contract = new WireContract();

  private final VideosEmulator emulator = VideosEmulator.builder().speedFactor(60).requiredApiKey(KEY)
      .ignoreIdempotencyKeys(true).start();
  private final VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(KEY).build();
  private final PollOptions fast = PollOptions.builder().interval(Duration.ofMillis(20)).build();

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private Path input(String... lines) throws IOException {
    return Files.write(dir.resolve("prompts.jsonl"), Arrays.asList(lines), StandardCharsets.UTF_8);
  }

  private BulkRunner.Builder runner(Path out) {
    return BulkRunner.builder(client).outputDir(out).concurrency(3).pollOptions(fast);
  }

  private List<Video> jobsOnServer() {
    List<Video> all = new ArrayList<>();
    client.videos().listAll(VideoListRequest.firstPage()).forEach(all::add);
    return all;
  }

  private static Set<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static boolean isMp4(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length > 8 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp");
  }

  @Test
  void eachLineBecomesAVideoNamedByItsCustomIdAndFailuresAreReported() throws Exception {
    Path file = input(
        "{\"prompt\": \"a cat\", \"custom_id\": \"cat\"}",
        "",
        "{\"prompt\": \"a dog\", \"seconds\": 8, \"size\": \"1280x720\"}",
        "{\"prompt\": \"[fail:moderation_blocked] a storm\", \"custom_id\": \"storm\"}",
        "{\"prompt\": \"a fish\", \"model\": \"sora-2-pro\", \"input_reference\": {\"file_id\": \"file-1\"}}");
    Path out = dir.resolve("out");
    List<String> heard = Collections.synchronizedList(new ArrayList<>());

    BulkSummary summary = runner(out).variants(EnumSet.of(VideoContentVariant.VIDEO, VideoContentVariant.THUMBNAIL))
        .listener(new BulkListener() {
          @Override
          public void ended(BulkResult result) {
            heard.add(result.customId() + " " + (result.completed() ? "completed" : "failed"));
          }
        }).build().run(file);

    assertThat(summary.completed()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.failures().get(0).customId()).isEqualTo("storm");
    assertThat(summary.failures().get(0).lineNumber()).isEqualTo(4);
    assertThat(summary.failures().get(0).error()).hasValueSatisfying(e -> assertThat(e).startsWith("moderation_blocked"));
    assertThat(summary.filesWritten()).isEqualTo(6);
    assertThat(summary.totalVideoSeconds()).isEqualTo(16.0);
    assertThat(heard).containsExactlyInAnyOrder("cat completed", "3 completed", "storm failed", "5 completed");
    assertThat(namesIn(out)).containsExactly("3.mp4", "3.webp", "5.mp4", "5.webp", "cat.mp4", "cat.webp",
        BulkJournal.JOURNAL_FILE, BulkJournal.LOCK_FILE);
    assertThat(isMp4(out.resolve("cat.mp4"))).isTrue();
    assertThat(jobsOnServer()).extracting(v -> v.prompt().orElse(""))
        .containsExactlyInAnyOrder("a cat", "a dog", "[fail:moderation_blocked] a storm", "a fish");
  }

  @Test
  void aJobWhoseWaitTimesOutIsReportedWithItsIdSoItCanBeFound() throws Exception {
    Path file = input("{\"prompt\": \"a slow cat\", \"custom_id\": \"slow\"}");
    try (VideosEmulator slow = VideosEmulator.builder().speedFactor(1).requiredApiKey(KEY).start();
        VideosClient slowClient = VideosClient.builder().baseUrl(slow.baseUrl()).apiKey(KEY).build()) {
      PollOptions brief = PollOptions.builder().interval(Duration.ofMillis(20)).timeout(Duration.ofMillis(300)).build();

      BulkSummary summary = BulkRunner.builder(slowClient).outputDir(dir.resolve("out")).pollOptions(brief).build()
          .run(file);

      String startedId = slowClient.videos().listAll(VideoListRequest.firstPage()).iterator().next().id();
      assertThat(summary.failures()).singleElement().satisfies(f -> {
        assertThat(f.videoId()).hasValue(startedId);
        assertThat(f.error()).hasValueSatisfying(e -> assertThat(e).contains("waiting failed"));
      });
    }
  }

  @Test
  void aSecondRunOfTheSameFileStartsNothingAndReportsTheFirst() throws Exception {
    Path file = input("{\"prompt\": \"a cat\"}", "{\"prompt\": \"[fail] a dog\"}");
    Path out = dir.resolve("out");
    runner(out).build().run(file);

    BulkSummary again = runner(out).build().run(file);

    assertThat(jobsOnServer()).hasSize(2);
    assertThat(again.completed()).isEqualTo(1);
    assertThat(again.failures()).singleElement().satisfies(f -> {
      assertThat(f.fromEarlierRun()).isTrue();
      assertThat(f.error()).hasValueSatisfying(e -> assertThat(e).startsWith("generation_failed"));
    });
  }

  @Test
  void badLinesAreAllReportedWithTheirNumbersBeforeAnyJobStarts() throws Exception {
    Path file = input(
        "{\"prompt\": \"a cat\"}",
        "{\"model\": \"sora-2\"}",
        "not json",
        "{\"prompt\": \"a dog\", \"colour\": \"red\"}",
        "{\"prompt\": \"a fish\", \"input_reference\": {\"file_id\": \"f\", \"image_url\": \"https://x/y.png\"}}",
        "{\"prompt\": \"a bird\", \"custom_id\": \"../up\"}",
        "{\"prompt\": \"a cow\", \"custom_id\": \"1\"}",
        "{\"prompt\": \"a hen\", \"seconds\": true}");
    Path out = dir.resolve("out");

    assertThatThrownBy(() -> runner(out).build().run(file))
        .isInstanceOfSatisfying(BulkInputException.class, e -> {
          assertThat(e.problemCount()).isEqualTo(7);
          assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
              .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8");
          assertThat(e.problems().get(0)).startsWith("line 2: prompt");
          assertThat(e.problems().get(2)).isEqualTo(
              "line 4: unknown field colour (the fields are prompt, model, seconds, size, input_reference, custom_id)");
          assertThat(e.problems().get(3)).isEqualTo("line 5: input_reference: give exactly one of file_id and image_url");
          assertThat(e.problems().get(5)).isEqualTo("line 7: custom_id: 1 is used by an earlier line");
          assertThat(e.problems().get(6)).isEqualTo("line 8: seconds: must be a string, was a boolean");
        });
    assertThat(jobsOnServer()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderInUseByAnotherRunIsRefused() throws Exception {
    Path file = input("{\"prompt\": \"a cat\"}");
    Path out = Files.createDirectories(dir.resolve("out"));
    BulkJournal other = BulkJournal.open(out, BulkInput.check(file).sha256);
    try {
      assertThatThrownBy(() -> runner(out).build().run(file))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is in use by another bulk run");
    } finally {
      other.close();
    }
    assertThat(jobsOnServer()).isEmpty();
  }

  @Test
  void aFolderOfAnotherInputIsRefused() throws Exception {
    Path out = dir.resolve("out");
    runner(out).build().run(input("{\"prompt\": \"a cat\"}"));

    assertThatThrownBy(() -> runner(out).build().run(input("{\"prompt\": \"a dog\"}")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds the journal of a run of another input");
    assertThat(jobsOnServer()).hasSize(1);
  }

  /** An earlier run that sent line 1's create and died before recording the answer. */
  private Path crashedBeforeTheAnswer(Path file) {
    Path out = dir.resolve("out");
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (BulkJournal journal = BulkJournal.open(out, BulkInput.check(file).sha256)) {
      journal.sending(1, "key-1", System.currentTimeMillis() / 1000);
    }
    return out;
  }

  @Test
  void aCreateLeftWithoutAnswerIsFoundAndAdoptedNotRepeated() throws Exception {
    Path file = input("{\"prompt\": \"a cat\"}", "{\"prompt\": \"a dog\"}");
    Path out = crashedBeforeTheAnswer(file);
    Video started = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());

    BulkSummary summary = runner(out).build().run(file);

    assertThat(summary.completed()).isEqualTo(2);
    assertThat(jobsOnServer()).hasSize(2);
    assertThat(Files.readAllLines(out.resolve(BulkJournal.JOURNAL_FILE)))
        .anySatisfy(record -> assertThat(record).isEqualTo("{\"line\":1,\"id\":\"" + started.id() + "\"}"));
  }

  @Test
  void aCreateLeftWithoutAnswerAndNoJobIsCreatedAgain() throws Exception {
    Path file = input("{\"prompt\": \"a cat\"}");
    Path out = crashedBeforeTheAnswer(file);

    BulkSummary summary = runner(out).build().run(file);

    assertThat(summary.completed()).isEqualTo(1);
    assertThat(jobsOnServer()).hasSize(1);
  }

  @Test
  void aCreateLeftWithoutAnswerIsReportedWhenSeveralJobsCouldBeItsOwn() throws Exception {
    Path file = input("{\"prompt\": \"a cat\"}");
    Path out = crashedBeforeTheAnswer(file);
    client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
    client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());

    BulkSummary summary = runner(out).build().run(file);

    assertThat(summary.failures()).singleElement().satisfies(f ->
        assertThat(f.error()).hasValueSatisfying(e -> assertThat(e).contains("2 jobs could be its own")));
    assertThat(jobsOnServer()).hasSize(2);

    BulkSummary allowed = runner(out).allowDuplicates(true).build().run(file);
    assertThat(allowed.completed()).isEqualTo(1);
    assertThat(jobsOnServer()).hasSize(3);
  }

  @Test
  void whatAnInterruptedDownloadLeftIsRemoved() throws Exception {
    Path file = input("{\"prompt\": \"a cat\", \"custom_id\": \"cat\"}");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.write(out.resolve(".cat.mp4.3f2a9c.part"), new byte[] {1, 2, 3});
    Files.write(out.resolve("notes.txt"), new byte[] {1});

    runner(out).build().run(file);

    assertThat(namesIn(out)).containsExactly("cat.mp4", "notes.txt", BulkJournal.JOURNAL_FILE, BulkJournal.LOCK_FILE);
  }

  private static MockResponse content() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4")
        .setHeader("x-request-id", "req_c").body("....ftypmp42").build();
  }

  private static MockResponse.Builder rateLimited(int n) {
    return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_" + n)
        .body("{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\",\"param\":null,\"code\":null}}");
  }

  private static MockResponse completed(int n) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_" + n)
        .body("{\"id\":\"video_" + n + "\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"completed\","
            + "\"progress\":100,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}").build();
  }

  @Test
  void a429SlowsTheWholeRunDown() throws Exception {
    MockWebServer server = new MockWebServer();
    AtomicInteger creates = new AtomicInteger();
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().endsWith("/content")) {
          return content();
        }
        int n = creates.incrementAndGet();
        if (n <= 2) {
          return rateLimited(n).build();
        }
        return completed(n);
      }
    }));
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    List<Integer> limits = Collections.synchronizedList(new ArrayList<>());
    try (VideosClient mock = VideosClient.builder().baseUrl(server.url("/v1").toString()).apiKey(KEY).build()) {
      Path file = input("{\"prompt\": \"a\"}", "{\"prompt\": \"b\"}", "{\"prompt\": \"c\"}", "{\"prompt\": \"d\"}",
          "{\"prompt\": \"e\"}");
      BulkSummary summary = BulkRunner.builder(mock).outputDir(dir.resolve("out")).concurrency(4)
          .firstPause(Duration.ofMillis(5)).listener(new BulkListener() {
            @Override
            public void slowedDown(int jobsAtOnce) {
              limits.add(jobsAtOnce);
            }
          }).build().run(file);

      assertThat(summary.completed()).isEqualTo(5);
      // Each 429 halves the jobs let in, for every line, not just the one refused. (A create that
      // succeeds between the two 429s lets one more in again, so the second halving starts from 2
      // to 4, depending on the order the answers arrive in.)
      assertThat(limits).hasSize(2).allMatch(limit -> limit <= 2);
      assertThat(limits.get(0)).isEqualTo(2);
      assertThat(creates.get()).isEqualTo(7);
    } finally {
      server.close();
    }
  }

  @Test
  void a429sRetryAfterSetsThePauseBeforeTheNextCreate() throws Exception {
    MockWebServer server = new MockWebServer();
    List<Long> createdAtNanos = Collections.synchronizedList(new ArrayList<>());
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().endsWith("/content")) {
          return content();
        }
        createdAtNanos.add(System.nanoTime());
        if (createdAtNanos.size() == 1) {
          return rateLimited(1).setHeader("retry-after-ms", "600").build();
        }
        return completed(createdAtNanos.size());
      }
    }));
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    AtomicInteger slowedDown = new AtomicInteger();
    try (VideosClient mock = VideosClient.builder().baseUrl(server.url("/v1").toString()).apiKey(KEY).build()) {
      BulkSummary summary = BulkRunner.builder(mock).outputDir(dir.resolve("out")).concurrency(1)
          .firstPause(Duration.ofMillis(5)).listener(new BulkListener() {
            @Override
            public void slowedDown(int jobsAtOnce) {
              slowedDown.incrementAndGet();
            }
          }).build().run(input("{\"prompt\": \"a\"}"));

      assertThat(summary.completed()).isEqualTo(1);
      assertThat(slowedDown).hasValue(1);
      assertThat(createdAtNanos).hasSize(2);
      // The server asked for 600 ms; the runner's own first pause would have been 5 ms.
      assertThat(createdAtNanos.get(1) - createdAtNanos.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(600).toNanos());
    } finally {
      server.close();
    }
  }

  @Test
  void thePauseAfterA429IsBoundedWhateverTheServerAsks() {
    Duration first = Duration.ofSeconds(1);
    assertThat(BulkRun.pauseNanos(Optional.of(Duration.ofMillis(400)), first, 3)).isEqualTo(Duration.ofMillis(400).toNanos());
    assertThat(BulkRun.pauseNanos(Optional.of(Duration.ofHours(2)), first, 0))
        .isEqualTo(Duration.ofSeconds(BulkRun.MAX_PAUSE_SECONDS).toNanos());
    assertThat(BulkRun.pauseNanos(Optional.empty(), first, 2)).isEqualTo(Duration.ofSeconds(4).toNanos());
    assertThat(BulkRun.pauseNanos(Optional.empty(), first, 10)).isEqualTo(Duration.ofSeconds(BulkRun.MAX_PAUSE_SECONDS).toNanos());
  }

  @Test
  void theBuilderNamesWhatIsWrong() {
    assertThatThrownBy(() -> BulkRunner.builder(client).concurrency(0))
        .hasMessage("concurrency: must be between 1 and 1000, was 0");
    assertThatThrownBy(() -> BulkRunner.builder(client).variants(EnumSet.noneOf(VideoContentVariant.class)))
        .hasMessageStartingWith("variants: give one or more of VIDEO, THUMBNAIL, SPRITESHEET");
    assertThatThrownBy(() -> BulkRunner.builder(client).build()).hasMessage("outputDir: not set; call outputDir(...)");
  }
}
