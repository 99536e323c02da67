package dev.sora4j.prism;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * One Stoplight Prism mock server of {@code openapi/videos.yaml}, run as a child process on
 * 127.0.0.1 with {@code --errors}, so that a request that breaks the contract gets an error
 * response instead of an example.
 *
 * <p>Prism is the npm package pinned in the root {@code package.json} / {@code package-lock.json};
 * {@link #start()} installs it with {@code npm ci --no-audit --no-fund} when {@code node_modules}
 * does not hold exactly that lock file's install yet. Node.js and npm must be on the {@code PATH};
 * when they are not, starting fails with a message saying what to install.
 *
 * <p>Two independent signals catch a violation: the {@code sl-violations} header Prism puts on a
 * response to a request it found invalid (recorded by {@link #violationRecorder()}), and the
 * {@code Violation} / {@code error} lines of Prism's log (request and response validation alike),
 * which is kept under {@code target/prism/}.
 */
final class Prism implements AutoCloseable {
  /** The oldest Node.js the pinned Prism supports (its package.json's engines field). */
  static final int MIN_NODE_MAJOR = 18;

  private static final long START_TIMEOUT_MILLIS = 60_000;
  private static final long NPM_CI_TIMEOUT_MINUTES = 5;
  private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");
  /** Lines of Prism's log that report a violation or a failure; "✖" marks Prism's error lines. */
  private static final Pattern PROBLEM = Pattern.compile("Violation|\u2716\\s+error");

  private final Path baseDir;
  private final Path logFile;
  private final List<String> headerViolations = Collections.synchronizedList(new ArrayList<String>());
  private Process process;
  private Thread shutdownHook;
  private int port;

  Prism(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath();
    this.logFile = this.baseDir.resolve("target").resolve("prism").resolve("prism.log");
  }

  /** The project folder: the system property Failsafe sets, else the working directory. */
  static Path projectDir() {
    String dir = System.getProperty("prism.basedir");
    return Paths.get(dir == null || dir.isEmpty() ? "." : dir);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path logFile() {
    return logFile;
  }

  /** Installs Prism if needed, starts it on a free port, and waits until the port answers. */
  void start() throws IOException, InterruptedException {
    Files.createDirectories(logFile.getParent());
    String nodeVersion = checkNode();
    installIfNeeded(nodeVersion);
    Path prismBin = baseDir.resolve("node_modules").resolve(".bin").resolve("prism");
    Path spec = baseDir.resolve("openapi").resolve("videos.yaml");
    port = freePort();
    List<String> command = new ArrayList<>();
    command.add("node");
    // the bin entry is a JavaScript file; running it with node needs no shell wrapper (nor one more process)
    command.add(baseDir.resolve("node_modules").resolve("@stoplight").resolve("prism-cli").resolve("dist")
        .resolve("index.js").toString());
    command.add("mock");
    command.add("-h");
    command.add("127.0.0.1");
    command.add("-p");
    command.add(Integer.toString(port));
    command.add(spec.toString());
    command.add("--errors");
    if (!Files.exists(prismBin) || !Files.exists(Paths.get(command.get(1)))) {
      throw new IllegalStateException("Prism is not installed under " + baseDir.resolve("node_modules")
          + " although npm ci succeeded; see " + logFile.resolveSibling("npm-ci.log"));
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(baseDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().put("FORCE_COLOR", "0");
    process = builder.start();
    shutdownHook = new Thread(this::destroy, "prism-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    awaitPort();
  }

  private String checkNode() throws InterruptedException {
    String version;
    try {
      version = run(Collections.singletonList("node"), "--version").trim();
    } catch (IOException e) {
      throw new IllegalStateException(missing("Node.js (the 'node' command) was not found on the PATH"), e);
    }
    Matcher matcher = NODE_VERSION.matcher(version);
    if (!matcher.lookingAt() || Integer.parseInt(matcher.group(1)) < MIN_NODE_MAJOR) {
      throw new IllegalStateException(missing("Node.js " + version + " is too old"));
    }
    try {
      run(Collections.singletonList(npm()), "--version");
    } catch (IOException e) {
      throw new IllegalStateException(missing("npm (the 'npm' command) was not found on the PATH"), e);
    }
    return version;
  }

  private static String missing(String problem) {
    return problem + ". The Prism contract tests (src/test/java/dev/sora4j/prism) run Stoplight Prism, an npm"
        + " package: install Node.js " + MIN_NODE_MAJOR + ".20.1 or newer together with npm (https://nodejs.org/,"
        + " or e.g. 'apt-get install nodejs npm'), or skip these tests explicitly with -DskipContractTests.";
  }

  private static String npm() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
  }

  /**
   * Runs {@code npm ci} unless node_modules holds an install of exactly the current package.json
   * and package-lock.json (a stamp written after the last successful npm ci says so).
   */
  private void installIfNeeded(String nodeVersion) throws IOException, InterruptedException {
    Path stamp = baseDir.resolve("node_modules").resolve(".sora4j-npm-ci");
    String expected = fingerprint(nodeVersion);
    if (Files.exists(stamp) && new String(Files.readAllBytes(stamp), StandardCharsets.UTF_8).equals(expected)) {
      return;
    }
    Path npmLog = logFile.resolveSibling("npm-ci.log");
    List<String> command = new ArrayList<>();
    command.add(npm());
    command.add("ci");
    command.add("--no-audit");
    command.add("--no-fund");
    Process npm = new ProcessBuilder(command)
        .directory(baseDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(npmLog.toFile())
        .start();
    if (!npm.waitFor(NPM_CI_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      destroyTree(npm);
      throw new IllegalStateException("npm ci did not finish within " + NPM_CI_TIMEOUT_MINUTES + " minutes; see "
          + npmLog);
    }
    if (npm.exitValue() != 0) {
      throw new IllegalStateException("npm ci --no-audit --no-fund failed (exit " + npm.exitValue()
          + "); it needs the npm registry. Its output, from " + npmLog + ":\n" + tail(npmLog, 30));
    }
    Files.write(stamp, expected.getBytes(StandardCharsets.UTF_8));
  }

  private String fingerprint(String nodeVersion) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(baseDir.resolve("package.json")));
      digest.update(Files.readAllBytes(baseDir.resolve("package-lock.json")));
      digest.update(nodeVersion.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest.digest()) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitPort() throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Prism exited with " + process.exitValue() + " before listening. Its log ("
            + logFile + "):\n" + tail(logFile, 40));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    destroy();
    throw new IllegalStateException("Prism did not listen on port " + port + " within " + START_TIMEOUT_MILLIS
        + " ms. Its log (" + logFile + "):\n" + tail(logFile, 40));
  }

  /** An OkHttp interceptor that records the {@code sl-violations} header of every response. */
  Interceptor violationRecorder() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      String violations = response.header("sl-violations");
      if (violations != null) {
        headerViolations.add(chain.request().method() + " " + chain.request().url().encodedPath() + ": "
            + violations);
      }
      return response;
    };
  }

  /** Violations reported in headers since the last call; clears them. */
  List<String> takeHeaderViolations() {
    synchronized (headerViolations) {
      List<String> taken = new ArrayList<>(headerViolations);
      headerViolations.clear();
      return taken;
    }
  }

  /** The log's length now, to read what comes after it with {@link #problemsSince(long)}. */
  long logMark() {
    return logFile.toFile().length();
  }

  /**
   * The log's violation and error lines written after {@code mark}. Prism logs a request's
   * violations right after it answers, so this waits until the log has been quiet for a moment.
   */
  List<String> problemsSince(long mark) throws IOException, InterruptedException {
    long size = -1;
    long quietSince = System.currentTimeMillis();
    long deadline = quietSince + 2_000;
    while (System.currentTimeMillis() < deadline) {
      long now = logFile.toFile().length();
      if (now != size) {
        size = now;
        quietSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - quietSince >= 150) {
        break;
      }
      Thread.sleep(25);
    }
    byte[] all = Files.readAllBytes(logFile);
    int from = (int) Math.min(mark, all.length);
    String added = new String(all, from, all.length - from, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (String line : added.split("\r?\n")) {
      if (PROBLEM.matcher(line).find()) {
        problems.add(line.trim());
      }
    }
    return problems;
  }

  @Override
  public void close() {
    destroy();
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to; it destroys the process itself
      }
      shutdownHook = null;
    }
  }

  private synchronized void destroy() {
    if (process != null) {
      destroyTree(process);
      process = null;
    }
  }

  /**
   * Ends a process and its descendants. The descendants are reached through Java 9's
   * ProcessHandle by reflection, since the tests compile for Java 8; the build runs on 17+.
   */
  private static void destroyTree(Process process) {
    List<Object> descendants = new ArrayList<>();
    try {
      Method toHandle = Process.class.getMethod("toHandle");
      Object handle = toHandle.invoke(process);
      Method descendantsMethod = handle.getClass().getMethod("descendants");
      descendantsMethod.setAccessible(true);
      Object stream = descendantsMethod.invoke(handle);
      Method toArray = stream.getClass().getMethod("toArray");
      toArray.setAccessible(true);
      Collections.addAll(descendants, (Object[]) toArray.invoke(stream));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Java 8: only the direct child can be ended; node runs Prism in that one process
    }
    process.destroy();
    for (Object descendant : descendants) {
      try {
        Method destroy = descendant.getClass().getMethod("destroy");
        destroy.setAccessible(true);
        destroy.invoke(descendant);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // already gone
      }
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /** Runs a short command and returns its output; an IOException means it could not be started. */
  private String run(List<String> program, String argument) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(program);
    command.add(argument);
    Process p = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true).start();
    byte[] output;
    try (InputStream in = p.getInputStream()) {
      output = readAll(in);
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      destroyTree(p);
      throw new IOException(command + " did not finish");
    }
    if (p.exitValue() != 0) {
      throw new IOException(command + " exited with " + p.exitValue());
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(" + file + " unreadable: " + e + ")";
    }
  }

  @Override
  public String toString() {
    return "Prism on " + baseUrl() + " (log " + logFile + ", working directory " + new File(".").getAbsolutePath()
        + ")";
  }
}
