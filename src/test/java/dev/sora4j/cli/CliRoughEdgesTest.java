package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideosContract;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets at the command line: bad values stopped before anything is sent, one
 * {@code error: } per error, {@code --emulator} only where it serves, a progress bar that keeps
 * the status in a narrow terminal, the job's id as soon as it exists, {@code --timeout}, and the
 * download's progress.
 */
@Timeout(60)
class CliRoughEdgesTest {
  private static final String KEY = "sk-test-rough-edges-0123";
  private static final String STATUS = "(queued|in_progress|completed)";

  private static VideosEmulator emulator;
  /** Jobs that take 30 s: long enough for every timeout here to pass first. */
  private static VideosEmulator slow;

  @TempDir
  Path dir;

  @BeforeAll
  static void startEmulators() {
    emulator = VideosEmulator.builder().speedFactor(20).requiredApiKey(KEY).start();
    slow = VideosEmulator.builder().speedFactor(0.1).requiredApiKey(KEY).start();
  }

  @AfterAll
  static void stopEmulators() {
    emulator.close();
    slow.close();
  }

  private static CliRun cli(VideosEmulator server, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList("--base-url", server.baseUrl(), "--api-key", KEY));
    all.addAll(Arrays.asList(args));
    return CliRun.run(all.toArray(new String[0]));
  }

  private static Video completedVideo() {
    try (VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(KEY).build()) {
      return client.videos().createAndPoll(VideoCreateRequest.builder().prompt("A cat").build(), PollOptions.defaults());
    }
  }

  // ---- 1. bad values never reach the server -------------------------------------------------

  @Test
  void aValueTheRequestBuilderRejectsIsAUsageErrorNamingTheOptionAndNothingIsSent() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      // answers at once, so that a request that does get through fails the test rather than hangs it
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
              .body("{\"error\": {\"message\": \"sent\"}}").build();
        }
      });
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      String baseUrl = server.url("/v1").toString();
      List<String[]> commandLines = Arrays.asList(
          new String[] {"create", "--prompt", "A cat", "--seconds", "abc", "--wait"},
          new String[] {"create", "--prompt", "A cat", "--size", "banana"},
          new String[] {"create", "--prompt", "   "},
          new String[] {"remix", "video_1", "--prompt", " \t "},
          new String[] {"extend", "--video", "video_1", "--prompt", "The cat bows", "--seconds", "abc"});
      List<String> options = Arrays.asList("--seconds", "--size", "--prompt", "--prompt", "--seconds");
      for (int i = 0; i < commandLines.size(); i++) {
        String[] args = commandLines.get(i);
        List<String> all = new ArrayList<>(Arrays.asList("--base-url", baseUrl, "--api-key", KEY));
        all.addAll(Arrays.asList(args));

        CliRun run = CliRun.run(all.toArray(new String[0]));

        assertThat(run.exitCode).as(Arrays.toString(args) + "\n" + run).isEqualTo(2);
        assertThat(run.err).as(Arrays.toString(args))
            .matches("error: " + Pattern.quote(options.get(i)) + ": [^\\n]+\\R\\(see 'sora4j " + args[0] + " --help'\\)\\R");
        assertThat(run.out).isEmpty();
      }
      assertThat(server.getRequestCount()).as("requests the server got").isZero();
    }
  }

  // ---- 2. one "error: " per error ------------------------------------------------------------

  @Test
  void everyErrorLineHasExactlyOneErrorPrefix() {
    List<String[]> commandLines = Arrays.asList(
        new String[] {"edit", "--prompt", "x"},
        new String[] {"edit", "--video", "video_1", "--video-file", "clip.mp4", "--prompt", "x"},
        new String[] {"create", "--prompt", "x", "--input-file-id", "file-1", "--input-image-url", "https://x/y.png"},
        new String[] {"extend", "--prompt", "x", "--seconds", "4"},
        new String[] {"create"},
        new String[] {},
        new String[] {"get", "video_nope"});
    for (String[] args : commandLines) {
      CliRun run = cli(emulator, args);

      assertThat(run.exitCode).as(Arrays.toString(args) + "\n" + run).isIn(1, 2);
      assertThat(run.err).as(Arrays.toString(args)).startsWith("error: ");
      assertThat(run.err.toLowerCase(java.util.Locale.ROOT)).as(Arrays.toString(args))
          .doesNotContain("error: error").doesNotContain("see the list below");
    }
  }

  @Test
  void aMissingCommandNamesTheCommands() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: Missing command: one of create, get, list");
  }

  @Test
  void theListOfCommandsDescribesEachInAWholeSentence() {
    String help = CliRun.run("--help").out;
    String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:")).trim();
    // a wrapped description continues on lines indented past the command's name
    List<String> entries = Arrays.asList(commands.replaceAll("\\R {10,}", " ").split("\\R"));

    assertThat(entries.subList(1, entries.size())).as(commands).hasSizeGreaterThan(10)
        .allSatisfy(entry -> assertThat(entry.trim()).matches("[a-z]+ +[A-Z].*\\."));
  }

  // ---- 3. --emulator only where a fresh emulator can serve -----------------------------------

  @Test
  void theEmulatorIsOfferedOnlyWhereAFreshOneCanServe() {
    for (String command : Arrays.asList("get", "list", "delete", "download", "wait", "remix")) {
      List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
      args.add("--emulator");
      if (!command.equals("list")) {
        args.add("video_1");
      }
      if (command.equals("remix")) {
        args.addAll(Arrays.asList("--prompt", "Rain"));
      }
      CliRun run = CliRun.run(args.toArray(new String[0]));
      CliRun help = CliRun.run(command, "--help");

      assertThat(run.exitCode).as(command + "\n" + run).isEqualTo(2);
      assertThat(run.err).as(command).contains("Unknown option: '--emulator'")
          .contains("run 'sora4j emulator' and pass its URL as --base-url");
      assertThat(help.out).as(command).doesNotContain("--emulator");
    }
    for (String command : Arrays.asList("create", "edit", "extend", "bulk", "character create")) {
      List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
      args.add("--help");
      assertThat(CliRun.run(args.toArray(new String[0])).out).as(command).contains("--emulator");
    }
    assertThat(CliRun.run("--help").out).as("the root's options").doesNotContainPattern("(?m)^\\s+--emulator");
  }

  @Test
  void theHelpStatesTheContractsLimitsAndDefaultsAsTheLibraryHasThem() {
    String list = CliRun.run("list", "--help").out;
    String character = CliRun.run("character", "create", "--help").out;
    String create = CliRun.run("create", "--help").out;

    assertThat(list).contains("Jobs per page, " + VideosContract.LIST_LIMIT_MINIMUM + " to "
        + VideosContract.LIST_LIMIT_MAXIMUM);
    assertThat(character).contains(VideosContract.CHARACTER_NAME_MIN_LENGTH + " to "
        + VideosContract.CHARACTER_NAME_MAX_LENGTH + " characters");
    assertThat(create).contains("(default: " + VideosContract.DEFAULT_MODEL.value() + ")",
        "(default: " + VideosContract.DEFAULT_SECONDS.value() + ")", "(default: " + VideosContract.DEFAULT_SIZE.value() + ")");
  }

  @Test
  void withoutAKeyOnlyACommandThatOffersTheEmulatorSuggestsIt() {
    CliRun waiting = CliRun.run(Collections.<String, String>emptyMap(), "wait", "video_1");
    CliRun creating = CliRun.run(Collections.<String, String>emptyMap(), "create", "--prompt", "A cat");

    assertThat(waiting.exitCode).isEqualTo(2);
    assertThat(waiting.err).contains("No API key").doesNotContain("--emulator");
    assertThat(creating.exitCode).isEqualTo(2);
    assertThat(creating.err).contains("No API key", "or try --emulator, which needs none");
  }

  @Test
  void anEditOfAnUploadedVideoRunsOnTheEmbeddedEmulator() throws IOException {
    Path clip = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});

    CliRun run = CliRun.run("edit", "--emulator", "--emulator-speed", "50", "--video-file", clip.toString(),
        "--prompt", "Make it night", "--wait");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("status       completed (100%)");
  }

  // ---- 4. the bar keeps the status in a narrow terminal --------------------------------------

  @Test
  void theProgressBarShowsTheStatusInASixtyColumnTerminal() {
    for (String columns : Arrays.asList("60", "30")) {
      CliRun run = CliRun.run(Collections.singletonMap("COLUMNS", columns), true,
          "--base-url", emulator.baseUrl(), "--api-key", KEY, "create", "--prompt", "A cat, narrowly", "--wait");

      assertThat(run.exitCode).as(run.toString()).isZero();
      List<String> bars = new ArrayList<>();
      for (String line : run.out.split("[\r\n]+")) {
        if (line.trim().matches(".*\\d+%.*") && !line.startsWith("status")) {
          bars.add(line);
        }
      }
      assertThat(bars).as(run.toString()).isNotEmpty();
      for (String bar : bars) {
        assertThat(bar).as("a bar at " + columns + " columns").containsPattern(STATUS);
        assertThat(bar.trim().length()).as(bar).isLessThan(Integer.parseInt(columns));
      }
      assertThat(bars.get(bars.size() - 1)).contains("completed").contains("100%");
    }
  }

  @Test
  void theBarsLineGivesWayInOrderLabelBarTimeButNeverTheStatus() {
    String id = "video_0123456789abcdef0123456789abcdef";
    String wide = BarRenderer.line(id, 40, "in_progress", 75, 100);
    String sixty = BarRenderer.line(id, 40, "in_progress", 75, 59);
    String narrow = BarRenderer.line(id, 40, "in_progress", 75, 19);

    assertThat(wide).startsWith(id).contains(" 40% ").contains("in_progress").contains("[").contains("1:15");
    assertThat(wide.length()).isLessThanOrEqualTo(100);
    assertThat(sixty).contains("40%").contains("in_progress").contains("[");
    assertThat(sixty.length()).isLessThanOrEqualTo(59);
    assertThat(narrow).isEqualTo("40% in_progress");
  }

  @Test
  void aDownloadOfUnknownSizeShowsItsBytesWithoutAPercentage() {
    assertThat(BarRenderer.line("cat.mp4", -1, "1.2 MB", 3, 60)).isEqualTo("cat.mp4 1.2 MB 0:03");
    assertThat(BarRenderer.line("cat.mp4", -1, "1.2 MB", 3, 8)).isEqualTo("1.2 MB");
  }

  // ---- 5. the job's id as soon as it exists --------------------------------------------------

  @Test
  void theJobsIdAndHowToResumeArePrintedBeforeTheWait() throws IOException {
    CliRun run = cli(emulator, "create", "--prompt", "A cat, soon", "--wait");
    CliRun json = cli(emulator, "--json", "create", "--prompt", "A cat, soon", "--wait");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).matches("started video_\\w+");
    assertThat(run.outLines().get(1)).isEqualTo("to wait for it again: sora4j wait " + run.outLines().get(0).substring(8));
    assertThat(json.exitCode).as(json.toString()).isZero();
    assertThat(json.err).matches("(?s)started (video_\\w+)\\Rto wait for it again: sora4j wait \\1\\R.*");
    assertThat(json.outLines()).hasSize(1); // stdout keeps only the JSON
  }

  @Test
  void anInterruptedWaitHasAlreadyShownTheJobsId() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream outStream = new java.io.PrintStream(out, true, "UTF-8");
    Thread command = new Thread(() -> Main.run(new String[] {"--base-url", slow.baseUrl(), "--api-key", KEY,
        "create", "--prompt", "A cat, interrupted", "--wait"}, outStream, outStream,
        Collections.<String, String>emptyMap()), "interrupted-create");
    command.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!out.toString("UTF-8").contains(" queued ") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    command.interrupt();
    command.join(10_000);

    assertThat(out.toString("UTF-8")).containsPattern("started (video_\\w+)\\Rto wait for it again: sora4j wait \\1\\R");
  }

  // ---- 6. --timeout ---------------------------------------------------------------------------

  @Test
  void aTimeoutEndsTheWaitWithItsOwnExitCodeAndTheJobsId() throws IOException {
    CliRun create = cli(slow, "create", "--prompt", "A slow cat", "--wait", "--timeout", "1s");

    assertThat(create.exitCode).as(create.toString()).isEqualTo(Main.TIMED_OUT).isEqualTo(3);
    assertThat(create.err).matches("error: gave up waiting for (video_\\w+) after 1s, still (queued|in_progress)[^\\n]*; "
        + "the job goes on: sora4j wait \\1\\R");

    String id = create.outLines().get(0).substring("started ".length());
    CliRun wait = cli(slow, "wait", id, "--timeout", "500ms");
    assertThat(wait.exitCode).as(wait.toString()).isEqualTo(3);
    assertThat(wait.err).startsWith("error: gave up waiting for " + id + " after 500ms");

    CliRun remix = cli(emulator, "remix", completedVideo().id(), "--prompt", "Rain", "--timeout", "20s", "--wait");
    assertThat(remix.exitCode).as(remix.toString()).isZero();
  }

  @Test
  void aBadTimeoutIsAUsageError() {
    for (String[] args : Arrays.asList(
        new String[] {"create", "--prompt", "x", "--wait", "--timeout", "soon"},
        new String[] {"create", "--prompt", "x", "--wait", "--timeout", "0"},
        new String[] {"create", "--prompt", "x", "--timeout", "10s"},
        new String[] {"wait", "video_1", "--timeout", "-3m"})) {
      CliRun run = cli(emulator, args);

      assertThat(run.exitCode).as(Arrays.toString(args) + "\n" + run).isEqualTo(2);
      assertThat(run.err).as(Arrays.toString(args)).startsWith("error: ").contains("--timeout");
    }
  }

  @Test
  void bulkTimesOutEachJobAndReportsItsLine() throws IOException {
    Path file = Files.write(dir.resolve("prompts.jsonl"),
        Collections.singletonList("{\"prompt\": \"a slow cat\", \"custom_id\": \"cat\"}"), StandardCharsets.UTF_8);

    CliRun run = cli(slow, "bulk", file.toString(), "--output-dir", dir.resolve("out").toString(), "--timeout", "1s");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.out).contains("0 completed, 1 failed").containsPattern("failed: line 1 \\(cat\\).* after waiting 1 s");
  }

  // ---- 7. the download's progress -------------------------------------------------------------

  @Test
  void aDownloadShowsABarOnATerminalOnly() throws IOException {
    Video video = completedVideo();
    Path onTerminal = dir.resolve("bar.mp4");
    Path inPipe = dir.resolve("plain.mp4");

    CliRun bar = CliRun.run(Collections.singletonMap("COLUMNS", "60"), true, "--base-url", emulator.baseUrl(),
        "--api-key", KEY, "download", video.id(), "--output", onTerminal.toString());
    CliRun plain = cli(emulator, "download", video.id(), "--output", inPipe.toString());

    assertThat(bar.exitCode).as(bar.toString()).isZero();
    assertThat(bar.out).contains("\r").containsPattern("bar\\.mp4 +100% .*kB").contains("saved " + onTerminal);
    for (String line : bar.out.split("[\r\n]+")) {
      assertThat(line.trim().length()).as(line).isLessThan(60);
    }
    assertThat(Files.readAllBytes(onTerminal)).isEqualTo(Files.readAllBytes(inPipe));
    assertThat(plain.out).doesNotContain("\r").startsWith("saved " + inPipe);
  }

  @Test
  void downloadingAJobThatIsNotReadySaysHowToSaveItOnceItIs() {
    CliRun created = cli(slow, "create", "--prompt", "A cat, not ready", "--wait", "--timeout", "100ms");
    String id = created.outLines().get(0).substring("started ".length());

    CliRun run = cli(slow, "download", id, "--variant", "thumbnail", "-o", dir.resolve("t.webp").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).startsWith("error: 409 ")
        .endsWith("(to save it once it completes: sora4j wait " + id + " --output " + dir.resolve("t.webp")
            + " --variant thumbnail)" + System.lineSeparator());
  }

  @Test
  void waitingThenSavingOnATerminalShowsBothBars() {
    Path target = dir.resolve("both.mp4");

    CliRun run = CliRun.run(Collections.singletonMap("COLUMNS", "80"), true, "--base-url", emulator.baseUrl(),
        "--api-key", KEY, "create", "--prompt", "A cat, saved", "--output", target.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).containsPattern("completed").containsPattern("both\\.mp4 +100% ");
  }
}
