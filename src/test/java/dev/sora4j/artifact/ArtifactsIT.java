package dev.sora4j.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jars as a user gets them, read after {@code package}: what each holds, what it links to
 * (through the JDK's jdeps), the bytecode level and the manifest. The users' projects in
 * {@code src/it} then build against them.
 */
class ArtifactsIT {
  private static final Path TARGET = Paths.get(System.getProperty("artifacts.directory", "target"));
  private static final String NAME = "sora4j-" + System.getProperty("artifacts.version");

  @Test
  void theLibraryJarHoldsTheLibraryOnly() throws IOException {
    List<String> classes = entries(NAME + ".jar").stream().filter(e -> e.endsWith(".class")).collect(Collectors.toList());
    assertThat(classes).isNotEmpty()
        .allMatch(e -> e.matches("dev/sora4j/[^/]+\\.class") || e.matches("dev/sora4j/model/[^/]+\\.class"));
    assertThat(entries(NAME + ".jar"))
        .noneMatch(e -> e.startsWith("dev/sora4j/cli") || e.startsWith("dev/sora4j/emulator"))
        .contains("META-INF/proguard/sora4j.pro", "META-INF/com.android.tools/r8/sora4j.pro",
            "dev/sora4j/version.properties");
    // the wire-only models are the facade's own, beside it, not in the public model package
    assertThat(classes).contains("dev/sora4j/CreateVideoRequest.class", "dev/sora4j/CreateVideoRequestJsonAdapter.class",
            "dev/sora4j/ErrorResponse.class", "dev/sora4j/ModelSupport.class", "dev/sora4j/model/ModelSupport.class")
        .doesNotContain("dev/sora4j/model/CreateVideoRequest.class", "dev/sora4j/model/ErrorResponse.class");
  }

  @Test
  void theLibraryNeedsJavaBaseAloneFromTheJdk() {
    assertThat(jdeps("--ignore-missing-deps", "--list-deps", jar(NAME + ".jar"))).containsExactly("java.base");
  }

  @Test
  void theLibraryLinksToItsDeclaredDependenciesOnly() {
    List<String> missing = new ArrayList<>();
    for (String line : jdeps("-verbose:package", "--ignore-missing-deps", jar(NAME + ".jar"))) {
      // "dev.sora4j  -> okhttp3  not found": a package outside the JDK and the jar
      String[] words = line.split("\\s+");
      if (words.length == 5 && words[1].equals("->") && line.endsWith("not found")) {
        missing.add(words[2]);
      }
    }
    assertThat(missing).isNotEmpty().allMatch(p -> p.startsWith("retrofit2") || p.startsWith("okhttp3")
        || p.startsWith("okio") || p.startsWith("com.squareup.moshi") || p.startsWith("kotlin"));
  }

  @Test
  void theEmulatorJarHoldsTheEmulatorAndNeedsTheJdkHttpServer() throws IOException {
    String emulator = NAME + "-emulator.jar";
    assertThat(entries(emulator).stream().filter(e -> e.endsWith(".class")))
        .isNotEmpty().allMatch(e -> e.startsWith("dev/sora4j/emulator/"));
    assertThat(entries(emulator)).contains("dev/sora4j/emulator/video.mp4").noneMatch(e -> e.startsWith("dev/sora4j/cli"));
    assertThat(jdeps("--ignore-missing-deps", "--list-deps", jar(emulator)))
        .containsExactlyInAnyOrder("java.base", "jdk.httpserver");
  }

  @Test
  void bothJarsAreJava8BytecodeWithTheirOwnModuleNames() throws IOException {
    assertThat(majorVersion(NAME + ".jar", "dev/sora4j/VideosClient.class")).isEqualTo(52);
    assertThat(majorVersion(NAME + "-emulator.jar", "dev/sora4j/emulator/VideosEmulator.class")).isEqualTo(52);
    assertThat(moduleName(NAME + ".jar")).isEqualTo("dev.sora4j");
    assertThat(moduleName(NAME + "-emulator.jar")).isEqualTo("dev.sora4j.emulator");
  }

  @Test
  void sourcesAndJavadocStandBesideBoth() throws IOException {
    assertThat(entries(NAME + "-sources.jar")).contains("dev/sora4j/VideosClient.java", "dev/sora4j/model/Video.java")
        .noneMatch(e -> e.startsWith("dev/sora4j/emulator") || e.startsWith("dev/sora4j/cli"));
    assertThat(entries(NAME + "-javadoc.jar")).contains("index.html", "dev/sora4j/VideosClient.html")
        .noneMatch(e -> e.startsWith("dev/sora4j/emulator"));
    assertThat(entries(NAME + "-emulator-sources.jar")).contains("dev/sora4j/emulator/VideosEmulator.java");
    assertThat(entries(NAME + "-emulator-javadoc.jar")).contains("index.html", "dev/sora4j/emulator/VideosEmulator.html")
        .noneMatch(e -> e.equals("dev/sora4j/VideosClient.html"));
  }

  @Test
  void theCommandLineJarHoldsEverythingItRuns() throws IOException {
    assertThat(entries("sora4j-cli.jar")).contains("dev/sora4j/cli/Main.class", "dev/sora4j/VideosClient.class",
        "dev/sora4j/emulator/VideosEmulator.class", "dev/sora4j/emulator/video.mp4", "okhttp3/OkHttpClient.class",
        "okio/Okio.class", "picocli/CommandLine.class");
    try (JarFile jar = new JarFile(TARGET.resolve("sora4j-cli.jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.sora4j.cli.Main");
    }
  }

  private static String jar(String name) {
    Path jar = TARGET.resolve(name);
    assertThat(jar).exists();
    return jar.toString();
  }

  private static List<String> entries(String name) throws IOException {
    try (JarFile jar = new JarFile(jar(name))) {
      return Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }

  private static int majorVersion(String jarName, String entry) throws IOException {
    try (JarFile jar = new JarFile(jar(jarName));
         InputStream in = jar.getInputStream(jar.getEntry(entry))) {
      DataInputStream data = new DataInputStream(in);
      data.readInt();             // 0xCAFEBABE
      data.readUnsignedShort();   // minor
      return data.readUnsignedShort();
    }
  }

  private static String moduleName(String jarName) throws IOException {
    try (JarFile jar = new JarFile(jar(jarName))) {
      return jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
  }

  /** The JDK's jdeps, run as a user would run it; the tests run on JDK 17 and 25, which have it. */
  private static List<String> jdeps(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "jdeps").toString());
    command.addAll(Arrays.asList(args));
    try {
      Process jdeps = new ProcessBuilder(command).redirectErrorStream(true).start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try (InputStream in = jdeps.getInputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
        }
      }
      String output = new String(out.toByteArray(), StandardCharsets.UTF_8);
      assertThat(jdeps.waitFor()).as("%s: %s", command, output).isZero();
      return Arrays.stream(output.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError("could not run " + command, e);
    } catch (InterruptedException e) {
      // restore the flag for JUnit, which then stops the run
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }
}
