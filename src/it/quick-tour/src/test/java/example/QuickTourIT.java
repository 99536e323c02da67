package example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sora4j.emulator.VideosEmulator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the application as its user would, in a JVM of its own, against the emulator: on the
 * runtime class path Maven resolved for it, or, where {@code quickTour.jar} names one, as that jar.
 */
class QuickTourIT {
  @Test
  void theQuickTourRunsAgainstTheEmulator(@TempDir Path output) throws Exception {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(20).requiredApiKey("sk-test").start()) {
      List<String> command = new ArrayList<>();
      command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      String jar = System.getProperty("quickTour.jar");
      if (jar != null) {
        command.addAll(Arrays.asList("-jar", jar));
      } else {
        String runtime = new String(Files.readAllBytes(Paths.get("target", "runtime-classpath.txt")),
            StandardCharsets.UTF_8).trim();
        command.addAll(Arrays.asList("-cp", Paths.get("target", "classes") + File.pathSeparator + runtime,
            "example.QuickTour"));
      }
      command.add(emulator.baseUrl());
      command.add(output.toString());
      Process app = new ProcessBuilder(command).inheritIO().start();
      assertTrue(app.waitFor(3, TimeUnit.MINUTES), "the quick tour finished");
      assertEquals(0, app.exitValue(), "the quick tour's exit code");
    }
    byte[] head = Arrays.copyOfRange(Files.readAllBytes(output.resolve("cat.mp4")), 4, 8);
    assertArrayEquals("ftyp".getBytes(StandardCharsets.US_ASCII), head, "cat.mp4 is an MP4 file");
  }
}
