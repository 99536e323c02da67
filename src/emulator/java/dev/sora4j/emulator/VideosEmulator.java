package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.sora4j.Webhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local, stateful server of the Videos API, for tests and for trying the library without an
 * account. It serves all ten operations of the contract under {@code /v1} on {@code 127.0.0.1}:
 *
 * <pre>{@code
 * try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(100).start()) {
 *   String baseUrl = emulator.baseUrl(); // e.g. http://127.0.0.1:52731/v1/
 *   // point a client at baseUrl
 * }
 * }</pre>
 *
 * <h2>Jobs</h2>
 * A job (from create, remix, edit or extend) is {@code queued} for the first tenth of its
 * duration, then {@code in_progress} with its progress rising, then {@code completed}, with
 * {@code completed_at} and {@code expires_at} (one hour later) set. A job takes three seconds,
 * divided by the {@linkplain Builder#speedFactor speed factor}. Its status is computed from the
 * {@linkplain Builder#clock clock} when read, so a test clock can move jobs along.
 *
 * <p>A job fails (status {@code failed} at half its duration, with {@code error.code} and
 * {@code error.message}) when its prompt contains the marker {@code [fail]} (code
 * {@code generation_failed}) or {@code [fail:CODE]} (that code, e.g.
 * {@code [fail:moderation_blocked]}), or else with the {@linkplain Builder#failureRate failure
 * rate}.
 *
 * <h2>Requests and responses</h2>
 * <ul>
 *   <li>Job-starting requests are accepted as {@code multipart/form-data} or
 *       {@code application/json}, characters as multipart only; uploaded files are counted and
 *       discarded. A JSON body may have at most 32 MiB, a multipart body 256 MiB (of which text
 *       fields 32 MiB); a larger one gets 413.
 *   <li>Bad requests get the provider's error envelope
 *       {@code {"error": {"message", "type", "param", "code"}}}: 400 for a field that breaks
 *       the contract ({@code param} names it) or an unknown field, 401 when a
 *       {@linkplain Builder#requiredApiKey required key} is missing or wrong, 404 for an unknown
 *       id or path, 405 for a wrong method, 409 ({@code video_not_ready}) for the content,
 *       remix, edit or extension of a job still running, 400 ({@code video_failed}) for those of
 *       a failed job, 404 ({@code video_expired}) for content past {@code expires_at}.
 *   <li>Every response has an {@code x-request-id}; job responses have
 *       {@code openai-poll-after-ms}.
 *   <li>Content is real media shared by every job: a 2-second H.264 MP4 for {@code video}, a
 *       WebP for {@code thumbnail}, a JPEG for {@code spritesheet}; or, if
 *       {@linkplain Builder#syntheticVideoSize set}, a synthetic video body of any size.
 *       {@code Range} requests get 206 (one range) or 416.
 *   <li>A job-starting request with an {@code Idempotency-Key} header starts one job per key:
 *       repeating it returns that job (with {@code Idempotent-Replayed: true}), reusing the key
 *       for a different request gets 422.
 * </ul>
 *
 * <h2>Webhooks</h2>
 * With {@linkplain Builder#webhook(URI, String) a webhook}, the emulator posts the event of every
 * job that ends to that URL, as a provider notifies a project's endpoint: a JSON body
 * {@code {"id": "evt_...", "object": "event", "created_at", "type": "video.completed" or
 * "video.failed", "data": {"id": "video_..."}}} with the Standard Webhooks headers
 * {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}, signed with the
 * secret (verify it with {@link dev.sora4j.Webhooks}). It is sent when the clock reaches the end
 * of the job, whether or not anyone polls it, from threads of its own. An attempt that fails or
 * gets an answer other than 2xx is retried after each of the
 * {@linkplain Builder#webhookRetryDelays retry delays} (by default 1 s, 5 s, 30 s, 2 min and
 * 5 min), with the same body and {@code webhook-id} and a fresh timestamp and signature; then it is
 * given up. A job deleted before it ends sends nothing. Closing the emulator stops all deliveries.
 *
 * <p>Thread-safe. Its threads are daemons, so a forgotten emulator never keeps the JVM alive;
 * still, {@linkplain #close() close} it to free its port.
 */
public final class VideosEmulator implements AutoCloseable {
  /** Concurrent requests beyond this wait in the queue: plenty for tests, bounded for the machine. */
  private static final int WORKER_THREADS = 32;
  private static final int BACKLOG = 256;
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";
  /** Soon enough for a listener restarted in a moment, patient enough for one down a while. */
  private static final List<Duration> DEFAULT_WEBHOOK_RETRY_DELAYS = Collections.unmodifiableList(Arrays.asList(
      Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
      Duration.ofMinutes(5)));

  static {
    // The JDK's HTTP server sends a response's headers and its body as separate packets. With
    // Nagle's algorithm on (its default), a small body then waits for the client's delayed ACK
    // of the headers: 40 ms per response on Linux, which turns a test's hundred polls into
    // seconds. The server reads this property once, when the first one in the JVM is created;
    // an explicit setting wins.
    try {
      if (System.getProperty(NO_DELAY_PROPERTY) == null) {
        System.setProperty(NO_DELAY_PROPERTY, "true");
      }
    } catch (SecurityException e) {
      // not allowed here: the emulator still works, with slower small responses
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final String baseUrl;
  private final ServerProfile profile;
  /** The second origin content is redirected to, for {@link ServerProfile#REDIRECTING}; else null. */
  private final SignedContentOrigin contentOrigin;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Posts the events of ended jobs, or null when no webhook is configured. */
  private final WebhookSender webhooks;

  private VideosEmulator(EmulatorSettings settings, WebhookSender webhooks) throws IOException {
    this.webhooks = webhooks;
    JobStore store = new JobStore(settings, webhooks);
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    this.server = HttpServer.create(new InetSocketAddress(loopback, settings.port), BACKLOG);
    this.contentOrigin = settings.profile.redirectsContent() ? new SignedContentOrigin(loopback) : null;
    this.server.createContext("/", new ApiRouter(new VideoOperations(store, settings, contentOrigin), settings));
    this.workers = new ThreadPoolExecutor(WORKER_THREADS, WORKER_THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<Runnable>(), new DaemonThreads());
    ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
    this.server.setExecutor(workers);
    startAsDaemon(server);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + settings.profile.basePath();
    this.profile = settings.profile;
  }

  /**
   * The HTTP server's dispatcher thread inherits daemon status from the thread that starts it,
   * and is not a daemon when started from {@code main}: start it from a daemon thread.
   */
  static void startAsDaemon(HttpServer server) {
    Thread starter = new Thread(server::start, "sora4j-emulator-start");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop(0);
      throw new IllegalStateException("interrupted while starting the emulator", e);
    }
  }

  /**
   * Starts an emulator with the defaults: a free port, jobs of three seconds, no failures unless
   * a prompt asks for one, no API key required, the bundled media.
   *
   * @return the running emulator
   * @throws UncheckedIOException if the server cannot be started
   */
  public static VideosEmulator start() {
    return builder().start();
  }

  /**
   * Returns a builder for an emulator with settings of its own.
   *
   * @return a builder holding the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL of the contract on this emulator, ending in a slash, e.g.
   * {@code http://127.0.0.1:52731/v1/}: give it to a client as its base URL.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The server this emulator plays.
   *
   * @return its profile
   */
  public ServerProfile profile() {
    return profile;
  }

  /**
   * The port the emulator listens on, on {@code 127.0.0.1}.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops the server at once, frees its port and ends its threads; requests in flight are cut
   * off. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (webhooks != null) {
        webhooks.close();
      }
      server.stop(0);
      if (contentOrigin != null) {
        contentOrigin.close();
      }
      workers.shutdownNow();
    }
  }

  /** The sender of webhooks, for tests; null when none is configured. */
  WebhookSender webhookSender() {
    return webhooks;
  }

  @Override
  public String toString() {
    return "VideosEmulator{" + baseUrl + (closed.get() ? ", closed" : "") + "}";
  }

  /** Configures and starts a {@link VideosEmulator}; not thread-safe. */
  public static final class Builder {
    private int port;
    private double speedFactor = 1.0;
    private double failureRate;
    private Long randomSeed;
    private String requiredApiKey;
    private long syntheticVideoSize;
    private Clock clock = Clock.systemUTC();
    private boolean ignoreIdempotencyKeys;
    private URI webhookUrl;
    private String webhookSecret;
    private List<Duration> webhookRetryDelays = DEFAULT_WEBHOOK_RETRY_DELAYS;
    private ServerProfile profile = ServerProfile.OPENAI;
    private final List<Fault> faults = new ArrayList<>();

    private Builder() {
    }

    /**
     * Sets the port to listen on.
     *
     * @param port a port from 1 to 65535, or 0 (the default) for a free one
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port: must be from 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets how much faster than the default three seconds jobs run: 100 makes a job complete in
     * 30 ms, 0.1 makes it take 30 s.
     *
     * @param speedFactor a positive, finite factor; 1 by default
     * @return this builder
     * @throws IllegalArgumentException if the factor is not positive and finite
     */
    public Builder speedFactor(double speedFactor) {
      if (!(speedFactor > 0) || Double.isInfinite(speedFactor)) {
        throw new IllegalArgumentException("speedFactor: must be positive and finite, was " + speedFactor);
      }
      this.speedFactor = speedFactor;
      return this;
    }

    /**
     * Sets the share of jobs that fail (with code {@code generation_failed}) though their prompt
     * has no {@code [fail]} marker.
     *
     * @param failureRate from 0 (the default: none) to 1 (all)
     * @return this builder
     * @throws IllegalArgumentException if the rate is outside 0..1
     */
    public Builder failureRate(double failureRate) {
      if (!(failureRate >= 0 && failureRate <= 1)) {
        throw new IllegalArgumentException("failureRate: must be from 0 to 1, was " + failureRate);
      }
      this.failureRate = failureRate;
      return this;
    }

    /**
     * Seeds the random draws of the {@linkplain #failureRate failure rate}, so that a run can be
     * repeated: the same seed fails the same jobs when they are started in the same order.
     *
     * @param seed the seed; unseeded by default
     * @return this builder
     */
    public Builder randomSeed(long seed) {
      this.randomSeed = seed;
      return this;
    }

    /**
     * Requires an API key on every request, given as {@code Authorization: Bearer KEY} or as
     * {@code api-key: KEY}; other requests get 401 with code {@code invalid_api_key}.
     *
     * @param apiKey the key, or null (the default) to accept every request
     * @return this builder
     * @throws IllegalArgumentException if the key is empty
     */
    public Builder requiredApiKey(String apiKey) {
      if (apiKey != null && apiKey.trim().isEmpty()) {
        throw new IllegalArgumentException("requiredApiKey: must not be empty; use null for none");
      }
      this.requiredApiKey = apiKey == null ? null : apiKey.trim();
      return this;
    }

    /**
     * Serves, for {@code variant=video}, a synthetic body of this many bytes instead of the
     * bundled MP4: for benchmarks and streaming tests. It is generated as it is sent, never held
     * in memory; byte {@code i} is {@code i % 251}. It is not a playable video.
     *
     * @param bytes a positive size, or 0 (the default) for the bundled MP4
     * @return this builder
     * @throws IllegalArgumentException if the size is negative
     */
    public Builder syntheticVideoSize(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("syntheticVideoSize: must not be negative, was " + bytes);
      }
      this.syntheticVideoSize = bytes;
      return this;
    }

    /**
     * Sets the clock that timestamps and moves jobs along: a test can pass a clock it advances
     * by hand to step a job through its states without waiting.
     *
     * @param clock the clock; the system clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the emulator ignore {@code Idempotency-Key}, as the compatible gateways do (none
     * documents it): every job-starting request then starts a new job, even one that repeats a
     * key. Use it to test that your code never starts a billed job twice on such a server. The
     * gateways' profiles ignore it anyway; this turns it off for {@link ServerProfile#OPENAI} too.
     *
     * @param ignore true to ignore the header; false (the default) starts one job per key
     * @return this builder
     */
    public Builder ignoreIdempotencyKeys(boolean ignore) {
      this.ignoreIdempotencyKeys = ignore;
      return this;
    }

    /**
     * Posts the event of every job that ends to {@code url}, signed with {@code secret} (see
     * the class documentation).
     *
     * @param url an absolute http or https URL, such as {@code http://127.0.0.1:9000/webhooks}
     * @param secret the endpoint's secret: {@code whsec_} and base64, or any other string;
     *     never printed
     * @return this builder
     * @throws IllegalArgumentException if the URL is not absolute http or https, or the secret
     *     is empty or a {@code whsec_} secret without valid base64
     */
    public Builder webhook(URI url, String secret) {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(secret, "secret");
      String scheme = url.getScheme();
      if (!url.isAbsolute() || url.getHost() == null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException("webhook url: must be an absolute http or https URL, was " + url);
      }
      try {
        Webhooks.builder().secret(secret).build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("webhook " + e.getMessage(), e);
      }
      this.webhookUrl = url;
      this.webhookSecret = secret;
      return this;
    }

    /**
     * Plays a server: the provider ({@link ServerProfile#OPENAI}, the default) or a gateway, with
     * its base path, auth header, naming, limits, ids, keys, statuses and media types.
     *
     * @param profile the server to play
     * @return this builder
     */
    public Builder profile(ServerProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets how long to wait before each retry of a webhook attempt that failed; their number is
     * the number of retries. Tests pass short ones, or none to try once.
     *
     * @param delays zero or more delays, none negative; by default 1 s, 5 s, 30 s, 2 min, 5 min
     * @return this builder
     * @throws IllegalArgumentException if a delay is negative
     */
    public Builder webhookRetryDelays(Duration... delays) {
      List<Duration> checked = new ArrayList<>();
      for (Duration delay : delays) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
          throw new IllegalArgumentException("webhookRetryDelays: must not be negative, was " + delay);
        }
        checked.add(delay);
      }
      this.webhookRetryDelays = Collections.unmodifiableList(checked);
      return this;
    }

    /**
     * Adds a failure to inject, such as {@code Fault.rateLimited(Duration.ofSeconds(1)).forNext(2)};
     * faults add up.
     *
     * @param fault the fault
     * @return this builder
     */
    public Builder fault(Fault fault) {
      faults.add(Objects.requireNonNull(fault, "fault"));
      return this;
    }

    /**
     * Starts the emulator.
     *
     * @return the running emulator
     * @throws UncheckedIOException if the server cannot be started, e.g. the port is taken
     */
    public VideosEmulator start() {
      Random random = randomSeed == null ? new Random() : new Random(randomSeed);
      EmulatorSettings settings = new EmulatorSettings(port, speedFactor, failureRate, random,
          requiredApiKey, syntheticVideoSize, clock, ignoreIdempotencyKeys, profile,
          new Faults(faults, random));
      WebhookSender webhooks = webhookUrl == null ? null : new WebhookSender(webhookUrl,
          Webhooks.builder().secret(webhookSecret).clock(clock).build(), webhookRetryDelays, clock);
      try {
        return new VideosEmulator(settings, webhooks);
      } catch (IOException e) {
        if (webhooks != null) {
          webhooks.close();
        }
        throw new UncheckedIOException("cannot start the emulator on 127.0.0.1:" + port, e);
      }
    }

    @Override
    public String toString() {
      // Never the secret: a builder ends up in logs and assertion messages.
      return "VideosEmulator.Builder{port=" + port + ", speedFactor=" + speedFactor
          + (webhookUrl == null ? "" : ", webhook=" + webhookUrl + ", webhookSecret=***") + "}";
    }
  }

  /** Names the workers and makes them daemons, so a forgotten emulator never blocks JVM exit. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "sora4j-emulator-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
