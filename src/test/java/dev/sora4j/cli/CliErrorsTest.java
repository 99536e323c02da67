package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.emulator.VideosEmulator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, error lines, usage, stack traces, and the API key kept out of all of them. */
@Timeout(60)
class CliErrorsTest {
  private static final String KEY = "sk-test-errors-SECRET-4242";

  private static VideosEmulator emulator;

  @TempDir
  Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = VideosEmulator.builder().speedFactor(20).requiredApiKey(KEY).start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private static Map<String, String> envWithKey(String key) {
    Map<String, String> env = new HashMap<>();
    env.put("OPENAI_API_KEY", key);
    env.put("OPENAI_BASE_URL", emulator.baseUrl());
    return env;
  }

  @Test
  void anUnknownVideoIsExitCodeOneWithTheStatusAndRequestIdOnOneLine() {
    CliRun run = CliRun.run(envWithKey(KEY), "get", "video_nope");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).matches("error: 404 No video found with id 'video_nope'.* \\(.*request id req_\\w+\\)\\R");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void verbosePrintsTheStackTrace() {
    CliRun run = CliRun.run(envWithKey(KEY), "get", "video_nope", "--verbose");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("error: 404 ").contains("NotFoundException").contains("\tat dev.sora4j.");
  }

  @Test
  void aNetworkErrorIsExitCodeOne() {
    Map<String, String> env = Collections.singletonMap("OPENAI_API_KEY", KEY);
    // a port that was just free: nothing listens there
    VideosEmulator closed = VideosEmulator.start();
    String baseUrl = closed.baseUrl();
    closed.close();

    CliRun run = CliRun.run(env, "--base-url", baseUrl, "get", "video_123");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).startsWith("error: ").contains("could not connect").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsAreExitCodeTwoWithOneLineAndAPointerToTheHelp() {
    List<String[]> commandLines = Arrays.asList(
        new String[] {},
        new String[] {"frobnicate"},
        new String[] {"create"},
        new String[] {"create", "--prompt", "x", "--bogus"},
        new String[] {"create", "--prompt", "x", "--input-file-id", "file-1", "--input-image-url", "https://x/y.png"},
        new String[] {"create", "--prompt", "x", "--input-reference", dir.resolve("missing.png").toString()},
        new String[] {"create", "--prompt", "x", "--output", "/no/such/folder/cat.mp4"},
        new String[] {"create", "--prompt", "x", "--variant", "thumbnail"},
        new String[] {"wait", "video_1", "--output", System.getProperty("java.io.tmpdir")},
        new String[] {"download", "video_1", "--variant", "poster"},
        new String[] {"list", "--order", "sideways"},
        new String[] {"list", "--limit", "500"},
        new String[] {"edit", "--prompt", "x"},
        new String[] {"extend", "--video", "video_1", "--prompt", "x"},
        new String[] {"character"},
        new String[] {"get"});
    for (String[] args : commandLines) {
      CliRun run = CliRun.run(envWithKey(KEY), args);

      assertThat(run.exitCode).as(Arrays.toString(args) + "\n" + run).isEqualTo(2);
      assertThat(run.err).as(Arrays.toString(args)).startsWith("error: ").contains("--help')")
          .doesNotContain("Usage:");
      assertThat(run.err).doesNotContain("\tat ");
    }
  }

  @Test
  void aMissingKeyIsAUsageErrorNamingBothWaysToGiveIt() {
    CliRun run = CliRun.run(Collections.<String, String>emptyMap(), "get", "video_123");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("error: ").contains("--api-key").contains("OPENAI_API_KEY")
        .endsWith("(see 'sora4j get --help')" + System.lineSeparator());
  }

  @Test
  void theEmulatorAndABaseUrlExcludeEachOther() {
    CliRun run = CliRun.run("create", "--emulator", "--base-url", "http://localhost:1/v1", "--prompt", "A cat");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--emulator and --base-url");
  }

  @Test
  void helpAndVersionSucceed() {
    CliRun help = CliRun.run("--help");
    CliRun createHelp = CliRun.run("create", "--help");
    CliRun version = CliRun.run("--version");

    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: sora4j").contains("create").contains("emulator").contains("Exit codes:");
    assertThat(help.out).doesNotContain("--emulator-speed"); // a hidden test aid
    assertThat(createHelp.exitCode).isZero();
    assertThat(createHelp.out).contains("--input-reference=FILE").contains("--wait").contains("--output=FILE");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("sora4j ");
  }

  @Test
  void waitsHelpDoesNotSayThatOutputImpliesWaiting() {
    CliRun waitHelp = CliRun.run("wait", "--help");
    CliRun createHelp = CliRun.run("create", "--help");

    assertThat(waitHelp.exitCode).isZero();
    assertThat(waitHelp.out).contains("--output=FILE").doesNotContain("implies").doesNotContain("--wait");
    assertThat(createHelp.out).contains("--output waits too");
  }

  @Test
  void theApiKeyNeverAppearsInAnyOutput() {
    String wrongKey = "sk-test-wrong-SECRET-9999";
    Path target = dir.resolve("secret.mp4");
    List<CliRun> runs = Arrays.asList(
        CliRun.run(envWithKey(KEY), "create", "--prompt", "A cat", "--wait", "--output", target.toString(), "--verbose"),
        CliRun.run(envWithKey(KEY), "--json", "create", "--prompt", "A cat", "--wait"),
        CliRun.run(envWithKey(KEY), "get", "video_nope", "--verbose"),
        CliRun.run(Collections.<String, String>emptyMap(), "--base-url", emulator.baseUrl(), "--api-key", KEY,
            "get", "video_nope", "--verbose"),
        CliRun.run(Collections.<String, String>emptyMap(), "--base-url", emulator.baseUrl(), "--api-key=" + wrongKey,
            "list", "--verbose"),
        CliRun.run(envWithKey(wrongKey), "list", "--verbose"),
        CliRun.run(envWithKey(KEY), "list", "--api-kye", KEY),
        CliRun.run(envWithKey(KEY), "create", "--emulator", "--api-key", KEY, "--prompt", "A cat", "--wait", "--verbose"),
        CliRun.run(envWithKey(KEY), "emulator", "--port", "-5", "--api-key", KEY));
    for (CliRun run : runs) {
      assertThat(run.out + run.err).as(run.toString()).doesNotContain(KEY).doesNotContain(wrongKey);
    }
    assertThat(runs.get(0).exitCode).as(runs.get(0).toString()).isZero();
    assertThat(runs.get(4).exitCode).isEqualTo(1);
    assertThat(runs.get(4).err).startsWith("error: 401 ");
    assertThat(runs.get(5).exitCode).isEqualTo(1);
    assertThat(runs.get(6).exitCode).isEqualTo(2);
    assertThat(runs.get(6).err).contains("--api-kye").contains(Secrets.MASK);
  }
}
