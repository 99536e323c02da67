package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code sora4j emulator} in the foreground, and the emulator of {@code --emulator} closing with its command. */
@Timeout(60)
class EmulatorCommandTest {
  private static final Pattern BASE_URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v1/)");

  @Test
  void theEmulatorCommandServesUntilStopped() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, "UTF-8");
    PrintStream errStream = new PrintStream(new ByteArrayOutputStream(), true, "UTF-8");
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread foreground = new Thread(() -> exitCode.set(
        Main.run(new String[] {"emulator", "--port", "0", "--speed", "50"}, outStream, errStream,
            Collections.<String, String>emptyMap())), "emulator-command");
    foreground.start();

    String baseUrl = awaitBaseUrl(out);
    CliRun list = CliRun.run(Collections.singletonMap("OPENAI_API_KEY", "anything"),
        "--base-url", baseUrl, "create", "--prompt", "A cat served from the foreground", "--wait");
    assertThat(list.exitCode).as(list.toString()).isZero();
    assertThat(out.toString("UTF-8")).contains("press Ctrl-C to stop").contains("OPENAI_BASE_URL=" + baseUrl);

    foreground.interrupt(); // what an embedding caller does; a shell's Ctrl-C runs the same cleanup in a shutdown hook
    foreground.join(10_000);

    assertThat(foreground.isAlive()).isFalse();
    assertThat(exitCode.get()).isZero();
    CliRun afterwards = CliRun.run(Collections.singletonMap("OPENAI_API_KEY", "anything"),
        "--base-url", baseUrl, "get", "video_1");
    assertThat(afterwards.exitCode).isEqualTo(1);
    assertThat(afterwards.err).contains("could not connect");
  }

  @Test
  void theEmulatorOfAnEmulatorRunStopsWithTheCommand() throws InterruptedException {
    int before = emulatorDispatchers();

    CliRun ok = CliRun.run("create", "--emulator", "--emulator-speed", "50", "--prompt", "A cat", "--wait");
    CliRun failed = CliRun.run("edit", "--emulator", "--video", "video_missing", "--prompt", "A cat");

    assertThat(ok.exitCode).as(ok.toString()).isZero();
    assertThat(failed.exitCode).isEqualTo(1);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (emulatorDispatchers() > before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(emulatorDispatchers()).as("HTTP servers still running").isLessThanOrEqualTo(before);
  }

  /** The JDK's HTTP server runs one dispatcher thread per server, named so. */
  private static int emulatorDispatchers() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("HTTP-Dispatcher")) {
        count++;
      }
    }
    return count;
  }

  private static String awaitBaseUrl(ByteArrayOutputStream out) throws InterruptedException, UnsupportedEncodingException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Matcher matcher = BASE_URL.matcher(new String(out.toByteArray(), StandardCharsets.UTF_8));
      if (matcher.find()) {
        return matcher.group(1);
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the emulator never said where it listens: " + out.toString("UTF-8"));
  }
}
