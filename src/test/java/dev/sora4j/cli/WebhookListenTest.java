package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpServer;
import dev.sora4j.IndependentSignature;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code sora4j webhook listen}, and the emulator's webhooks to it: the whole loop on one machine. */
@Timeout(60)
class WebhookListenTest {
  private static final String SECRET = "whsec_bGlzdGVuZXItdGVzdC1rZXktMDEyMzQ1Njc4OQ==";
  private static final Pattern BASE_URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v1/)");
  private static final Pattern LISTENER_URL = Pattern.compile("listener on (http://127\\.0\\.0\\.1:\\d+/)");
  private static final JsonAdapter<VideoWebhookEvent> EVENT_JSON =
      new Moshi.Builder().build().adapter(VideoWebhookEvent.class);
  private static final JsonAdapter<Video> VIDEO_JSON = new Moshi.Builder().build().adapter(Video.class);
  private static final Map<String, String> ENV = Collections.singletonMap("OPENAI_API_KEY", "anything");

  @Test
  void theEmulatorsDeliveriesAreVerifiedAndPrintedForACompletedAndAFailedJobAfterARetry() throws Exception {
    // The endpoint's port answers 500 first, as a listener that is not ready yet would.
    CountDownLatch firstAttempt = new CountDownLatch(1);
    AtomicReference<String> firstBody = new AtomicReference<>();
    HttpServer notReady = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
    notReady.createContext("/", exchange -> {
      firstBody.set(readAll(exchange.getRequestBody()));
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
      firstAttempt.countDown();
    });
    notReady.start();
    int port = notReady.getAddress().getPort();
    String hooks = "http://127.0.0.1:" + port + "/hooks";

    try (Running emulator = Running.start(Collections.<String, String>emptyMap(), "emulator", "--port", "0",
        "--speed", "50", "--webhook-url", hooks, "--webhook-secret", SECRET)) {
      String baseUrl = emulator.awaitOut(BASE_URL);
      assertThat(emulator.out()).doesNotContain(SECRET).contains("webhooks:").contains(hooks);

      Video completed = createdVideo(CliRun.run(ENV, "--base-url", baseUrl, "--json", "create", "--prompt", "A cat"));
      assertThat(firstAttempt.await(20, TimeUnit.SECONDS)).as("first delivery attempt").isTrue();
      notReady.stop(0);
      VideoWebhookEvent refused = EVENT_JSON.fromJson(firstBody.get());

      try (Running listener = Running.start(Collections.singletonMap("OPENAI_WEBHOOK_SECRET", SECRET),
          "--json", "webhook", "listen", "--port", Integer.toString(port))) {
        listener.awaitErr(LISTENER_URL);
        VideoWebhookEvent retried = EVENT_JSON.fromJson(listener.awaitOutLine(0));
        Video failed = createdVideo(CliRun.run(ENV, "--base-url", baseUrl, "--json", "create", "--prompt", "[fail] A dog"));
        VideoWebhookEvent failure = EVENT_JSON.fromJson(listener.awaitOutLine(1));

        assertThat(retried).as("the retry of the refused delivery").isEqualTo(refused);
        assertThat(retried.type()).isEqualTo(VideoWebhookEventType.VIDEO_COMPLETED);
        assertThat(retried.data().id()).isEqualTo(completed.id());
        assertThat(failure.type()).isEqualTo(VideoWebhookEventType.VIDEO_FAILED);
        assertThat(failure.data().id()).isEqualTo(failed.id());
        assertThat(listener.err()).doesNotContain("refused");
        assertThat(listener.stop()).isZero();
        assertThat(listener.out() + listener.err()).doesNotContain(SECRET);
      }
      assertThat(emulator.stop()).isZero();
    } finally {
      notReady.stop(0);
    }
  }

  @Test
  void theListenerAnswers2xxOnlyToValidDeliveriesAndSaysWhyItRefusedTheOthers() throws Exception {
    String secret = "a-plain-endpoint-secret";
    try (Running listener = Running.start(Collections.<String, String>emptyMap(),
        "webhook", "listen", "--port", "0", "--secret", secret)) {
      String url = listener.awaitOut(LISTENER_URL);
      long now = System.currentTimeMillis() / 1000;
      String body = "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1767225600,"
          + "\"type\":\"video.completed\",\"data\":{\"id\":\"video_1\"}}";
      Map<String, String> signed = new LinkedHashMap<>();
      signed.put("webhook-id", "wh_1");
      signed.put("webhook-timestamp", Long.toString(now));
      signed.put("webhook-signature", "v1," + IndependentSignature.of(secret.getBytes(StandardCharsets.UTF_8), "wh_1." + now + "." + body));

      assertThat(post(url + "anything", body, signed)).isEqualTo(200);
      assertThat(listener.awaitOutLine(2)).isEqualTo("video.completed video_1 (evt_1, 2026-01-01T00:00:00Z)");
      assertThat(post(url, body.replace("video_1", "video_2"), signed)).isEqualTo(400);
      assertThat(post(url, body, Collections.<String, String>emptyMap())).isEqualTo(400);
      HttpURLConnection get = (HttpURLConnection) new URL(url).openConnection();
      assertThat(get.getResponseCode()).isEqualTo(405);
      get.disconnect();

      assertThat(listener.stop()).isZero();
      assertThat(listener.outLines()).hasSize(4); // where it listens, how to stop, the one event, "listener stopped"
      assertThat(listener.err())
          .contains("refused a delivery: webhook-signature: no signature matches")
          .contains("refused a delivery: webhook-id: header missing")
          .doesNotContain(secret);
    }
  }

  @Test
  void webhookOptionsAreCheckedAndSecretsNeverEchoed() {
    CliRun noSecret = CliRun.run("webhook", "listen", "--port", "0");
    CliRun badSecret = CliRun.run("webhook", "listen", "--port", "0", "--secret", "whsec_***not-base64***");
    CliRun urlWithoutSecret = CliRun.run("emulator", "--port", "0", "--webhook-url", "http://127.0.0.1:9/");
    CliRun secretWithoutUrl = CliRun.run("emulator", "--port", "0", "--webhook-secret", SECRET);
    CliRun badUrl = CliRun.run("emulator", "--port", "0", "--webhook-url", "not a url", "--webhook-secret", SECRET);
    CliRun typo = CliRun.run("webhook", "listen", "--secrte", SECRET);

    assertThat(noSecret.exitCode).isEqualTo(2);
    assertThat(noSecret.err).contains("No webhook secret: pass --secret SECRET or set OPENAI_WEBHOOK_SECRET");
    assertThat(badSecret.exitCode).isEqualTo(2);
    assertThat(badSecret.err).contains("--secret: the part after whsec_ must be base64").doesNotContain("not-base64");
    assertThat(urlWithoutSecret.exitCode).isEqualTo(2);
    assertThat(urlWithoutSecret.err).contains("--webhook-url: needs --webhook-secret SECRET or OPENAI_WEBHOOK_SECRET");
    assertThat(secretWithoutUrl.exitCode).isEqualTo(2);
    assertThat(secretWithoutUrl.err).contains("--webhook-secret: needs --webhook-url").doesNotContain(SECRET);
    assertThat(badUrl.exitCode).isEqualTo(2);
    assertThat(badUrl.err).contains("--webhook-url: must be an absolute http or https URL, was not a url");
    assertThat(typo.exitCode).isEqualTo(2);
    assertThat(typo.err).contains(Secrets.MASK).doesNotContain(SECRET);
  }

  private static Video createdVideo(CliRun run) throws IOException {
    assertThat(run.exitCode).as(run.toString()).isZero();
    return VIDEO_JSON.fromJson(run.outLines().get(0));
  }

  private static int post(String url, String body, Map<String, String> headers) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    headers.forEach(connection::setRequestProperty);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(body.getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    connection.disconnect();
    return status;
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      body.write(buffer, 0, n);
    }
    return new String(body.toByteArray(), StandardCharsets.UTF_8);
  }

  /** A command of the tool running in the foreground on a thread of the test, until stopped. */
  private static final class Running implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final Thread thread;

    private Running(Map<String, String> env, String... args) throws UnsupportedEncodingException {
      PrintStream outStream = new PrintStream(out, true, "UTF-8");
      PrintStream errStream = new PrintStream(err, true, "UTF-8");
      thread = new Thread(() -> exitCode.set(Main.run(args, outStream, errStream, env)), "cli-" + args[0]);
    }

    static Running start(Map<String, String> env, String... args) throws UnsupportedEncodingException {
      Running command = new Running(env, args);
      command.thread.start();
      return command;
    }

    String out() {
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    String err() {
      return new String(err.toByteArray(), StandardCharsets.UTF_8);
    }

    List<String> outLines() {
      return java.util.Arrays.asList(out().split("\\R"));
    }

    String awaitOut(Pattern pattern) throws InterruptedException {
      return await(pattern, true);
    }

    String awaitErr(Pattern pattern) throws InterruptedException {
      return await(pattern, false);
    }

    /** Line {@code index} of stdout, once it is complete. */
    String awaitOutLine(int index) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < deadline) {
        String text = out();
        String[] lines = text.split("\\R", -1);
        if (lines.length > index + 1) { // the line's end has arrived too
          return lines[index];
        }
        Thread.sleep(10);
      }
      throw new AssertionError("no line " + index + " on stdout:\n" + out() + "\nstderr:\n" + err());
    }

    private String await(Pattern pattern, boolean stdout) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (System.nanoTime() < deadline) {
        Matcher matcher = pattern.matcher(stdout ? out() : err());
        if (matcher.find()) {
          return matcher.group(1);
        }
        Thread.sleep(10);
      }
      throw new AssertionError("never printed " + pattern + ":\nstdout:\n" + out() + "\nstderr:\n" + err());
    }

    /** Stops the command as an embedding caller does, and returns its exit code. */
    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertThat(thread.isAlive()).as("still running").isFalse();
      return exitCode.get();
    }

    /** Stops the command if a failed assertion left it running. */
    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the test is being stopped: let it stop
      }
    }
  }
}
