package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.VideoListRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.Video;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sora4j bulk}: in this JVM for its output, and in a child JVM killed with SIGKILL for its journal. */
class BulkCommandTest {
  private static final String KEY = "sk-bulk-cli-test-key";

  @TempDir
  Path dir;

  private final VideosEmulator emulator = VideosEmulator.builder().speedFactor(15).requiredApiKey(KEY)
      .ignoreIdempotencyKeys(true).start();

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Path input(List<String> lines) throws IOException {
    return Files.write(dir.resolve("prompts.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private List<Video> jobsOnServer() {
    try (VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(KEY).build()) {
      List<Video> all = new ArrayList<>();
      client.videos().listAll(VideoListRequest.firstPage()).forEach(all::add);
      return all;
    }
  }

  private CliRun bulk(String... more) {
    List<String> args = new ArrayList<>();
    Collections.addAll(args, "--base-url", emulator.baseUrl(), "--api-key", KEY, "bulk");
    Collections.addAll(args, more);
    return CliRun.run(args.toArray(new String[0]));
  }

  @Test
  void badLinesExitWithTwoNamingEachLineAndStartNothing() throws Exception {
    Path file = input(java.util.Arrays.asList("{\"prompt\": \"a cat\"}", "{\"prompt\": \"\"}", "[1]"));

    CliRun run = bulk(file.toString(), "--output-dir", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.err).contains("2 lines cannot run; no job was started").contains("line 2: prompt")
        .contains("line 3: must be a JSON object").doesNotContain(KEY);
    assertThat(jobsOnServer()).isEmpty();
  }

  @Test
  void jsonPrintsOneResultPerLineAndExitsOneWhenALineFailed() throws Exception {
    Path file = input(java.util.Arrays.asList("{\"prompt\": \"a cat\", \"custom_id\": \"cat\"}",
        "{\"prompt\": \"[fail] a dog\", \"custom_id\": \"dog\"}"));

    CliRun run = bulk("--json", file.toString(), "--output-dir", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"line\":"));
    assertThat(run.out).contains("\"custom_id\":\"cat\",\"status\":\"completed\"")
        .contains("\"custom_id\":\"dog\",\"status\":\"failed\"").contains("generation_failed");
    assertThat(run.err).contains("1 completed, 1 failed; 1 files written, 4 s of video");
  }

  @Test
  void plainOutputSaysWhatEachLineDidThenTheSummary() throws Exception {
    Path file = input(java.util.Arrays.asList("{\"prompt\": \"a cat\", \"custom_id\": \"cat\"}"));

    CliRun run = bulk(file.toString(), "--output-dir", dir.resolve("out").toString(), "--concurrency", "2");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("(cat) video_").contains("completed, saved cat.mp4")
        .contains("1 completed, 0 failed; 1 files written, 4 s of video");
  }

  @Test
  void aLiveBlockOnATerminal() throws Exception {
    Path file = input(java.util.Arrays.asList("{\"prompt\": \"a cat\", \"custom_id\": \"cat\"}"));

    CliRun run = CliRun.run(Collections.<String, String>emptyMap(), true, "--base-url", emulator.baseUrl(),
        "--api-key", KEY, "bulk", file.toString(), "--output-dir", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("queued 1  running 0  completed 0  failed 0")
        .contains("\u001b[").contains("queued 0  running 0  completed 1  failed 0");
  }

  // ---- killed with SIGKILL at three points, then run to the end ------------------------------

  @Test
  void killedThreeTimesThenRunToTheEndItMadeOneJobAndOneFilePerLine() throws Exception {
    int lines = 30;
    List<String> prompts = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      prompts.add("{\"prompt\": \"clip number " + i + "\", \"custom_id\": \"clip-" + i + "\"}");
    }
    Path file = input(prompts);
    Path out = dir.resolve("out");
    Path journal = out.resolve("sora4j-bulk.journal");

    // While creates are in flight; while jobs are waited for and downloaded; and later again.
    killWhen(file, out, () -> count(journal, "\"key\"") >= 3);
    killWhen(file, out, () -> count(journal, "\"outcome\"") >= 8);
    killWhen(file, out, () -> count(journal, "\"outcome\"") >= 18);
    Process last = start(file, out, dir.resolve("last.log"));
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(log(dir.resolve("last.log"))).isZero();

    List<Video> jobs = jobsOnServer();
    assertThat(jobs).hasSize(lines);
    Set<String> jobPrompts = new HashSet<>();
    jobs.forEach(job -> jobPrompts.add(job.prompt().orElse("")));
    assertThat(jobPrompts).hasSize(lines);
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= lines; i++) {
      expected.add("clip-" + i + ".mp4");
      assertThat(isMp4(out.resolve("clip-" + i + ".mp4"))).as("clip-%d.mp4 is an MP4", i).isTrue();
    }
    expected.add("sora4j-bulk.journal");
    expected.add("sora4j-bulk.lock");
    try (Stream<Path> files = Files.list(out)) {
      Set<String> names = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(names).containsExactlyElementsOf(expected);
    }
  }

  /** Runs the command in a child JVM and kills it with SIGKILL as soon as the condition holds. */
  private void killWhen(Path file, Path out, Condition condition) throws Exception {
    Path logFile = Files.createTempFile(dir, "run", ".log");
    Process process = start(file, out, logFile);
    try {
      while (!condition.holds()) {
        assertThat(process.isAlive()).as("the run ended before the kill point: %s", log(logFile)).isTrue();
        // Watching a child process's progress through its journal: a short pause between looks.
        Thread.sleep(5);
      }
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private Process start(Path file, Path out, Path logFile) throws IOException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "dev.sora4j.cli.Main", "--base-url", emulator.baseUrl(), "bulk", file.toString(),
        "--output-dir", out.toString(), "--concurrency", "4");
    builder.environment().put("OPENAI_API_KEY", KEY);
    builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
    return builder.start();
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static long count(Path journal, String field) throws IOException {
    if (!Files.exists(journal)) {
      return 0;
    }
    String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
    return Stream.of(text.split("\n")).filter(line -> line.contains(field)).count();
  }

  private static String log(Path logFile) {
    try {
      return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static boolean isMp4(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length > 8 && new String(bytes, 4, 4, StandardCharsets.US_ASCII).equals("ftyp");
  }
}
