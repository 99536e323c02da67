package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting and closing: the base URL, the port, the threads. */
@Timeout(20)
class VideosEmulatorLifecycleTest {

  @Test
  void startsOnAFreeLoopbackPortAndServesTheContractUnderV1() {
    try (VideosEmulator emulator = VideosEmulator.start()) {
      assertThat(emulator.port()).isPositive();
      assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/v1/");
      assertThat(new EmulatorHttp(emulator).get("videos").code).isEqualTo(200);
    }
  }

  @Test
  void closeFreesThePortAndStopsServing() throws IOException {
    VideosEmulator emulator = VideosEmulator.start();
    int port = emulator.port();
    EmulatorHttp http = new EmulatorHttp(emulator);
    assertThat(http.get("videos").code).isEqualTo(200);

    emulator.close();
    emulator.close(); // twice is harmless

    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
    assertThatThrownBy(() -> new EmulatorHttp(emulator).send(http.request("videos").header("Connection", "close")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(emulator.toString()).contains("closed");
  }

  @Test
  void listensOnTheRequestedPort() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    try (VideosEmulator emulator = VideosEmulator.builder().port(port).start()) {
      assertThat(emulator.port()).isEqualTo(port);
      assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1/");
    }
  }

  @Test
  void aTakenPortIsReported() {
    try (VideosEmulator first = VideosEmulator.start()) {
      assertThatThrownBy(() -> VideosEmulator.builder().port(first.port()).start())
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(String.valueOf(first.port()));
    }
  }

  @Test
  void itsThreadsAreDaemonsSoAForgottenEmulatorNeverBlocksExit() {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    try (VideosEmulator emulator = VideosEmulator.start()) {
      new EmulatorHttp(emulator).get("videos");
      Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
      started.removeAll(before);
      assertThat(started)
          .extracting(Thread::getName)
          .contains("HTTP-Dispatcher")
          .anyMatch(name -> name.startsWith("sora4j-emulator-"));
      assertThat(started)
          .filteredOn(thread -> thread.getName().startsWith("sora4j-emulator-")
              || thread.getName().equals("HTTP-Dispatcher"))
          .allMatch(Thread::isDaemon);
    }
  }

  @Test
  void aJvmWhoseMainReturnsExitsEvenWithAnEmulatorLeftOpen() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ForgottenEmulator.class.getName())
        .redirectErrorStream(true)
        .start();
    boolean exited = process.waitFor(15, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited).as("the JVM exited").isTrue();
    assertThat(process.exitValue()).isZero();
  }

  /** Starts an emulator, uses it, and returns from main without closing it. */
  static final class ForgottenEmulator {
    public static void main(String[] args) {
      VideosEmulator emulator = VideosEmulator.start();
      if (new EmulatorHttp(emulator).get("videos").code != 200) {
        System.exit(1);
      }
    }
  }

  @Test
  void rejectsSettingsOutOfRange() {
    assertThatThrownBy(() -> VideosEmulator.builder().speedFactor(0)).hasMessageContaining("speedFactor");
    assertThatThrownBy(() -> VideosEmulator.builder().speedFactor(Double.NaN)).hasMessageContaining("speedFactor");
    assertThatThrownBy(() -> VideosEmulator.builder().failureRate(1.5)).hasMessageContaining("failureRate");
    assertThatThrownBy(() -> VideosEmulator.builder().port(70_000)).hasMessageContaining("port");
    assertThatThrownBy(() -> VideosEmulator.builder().requiredApiKey(" ")).hasMessageContaining("requiredApiKey");
    assertThatThrownBy(() -> VideosEmulator.builder().syntheticVideoSize(-1)).hasMessageContaining("syntheticVideoSize");
  }
}
