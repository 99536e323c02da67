package dev.sora4j.bench;

import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark harness: every measure of sora4j beside raw OkHttp + Moshi making the same calls,
 * as ratios, with the target each should meet and, where one is missed, the costs of ours that
 * the time goes to. Run with {@code ./mvnw -Pbench verify} (see the README); not part of the tests.
 */
public final class BenchMain {
  private static final List<String[]> ROWS = new ArrayList<>();
  private static final List<String> NOTES = new ArrayList<>();

  private BenchMain() {
  }

  /**
   * Runs every measure and prints the table.
   *
   * @param args none
   * @throws Exception when a measure cannot run
   */
  public static void main(String[] args) throws Exception {
    perCall();
    coldStart();
    download(Long.getLong("bench.downloadMiB", 1024) * 1024 * 1024);
    thousandWaits();
    fanOut();
    System.out.println();
    System.out.println("sora4j beside raw OkHttp + Moshi (ratio = sora4j / raw), on "
        + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
    String format = "%-44s %16s %16s %8s  %-10s %s%n";
    System.out.printf(Locale.ROOT, format, "measure", "sora4j", "raw", "ratio", "target", "");
    for (String[] row : ROWS) {
      System.out.printf(Locale.ROOT, format, (Object[]) row);
    }
    for (String note : NOTES) {
      System.out.println(note);
    }
  }

  private static void row(String measure, double ours, double raw, String unit, boolean higherIsBetter,
      double target, String ourCosts) {
    double ratio = ours / raw;
    boolean met = higherIsBetter ? ratio >= target : ratio <= target;
    ROWS.add(new String[] {measure, format(ours, unit), format(raw, unit), String.format(Locale.ROOT, "%.2f", ratio),
        (higherIsBetter ? ">= " : "<= ") + target, met ? "met" : "MISSED"});
    if (!met && ourCosts != null) {
      NOTES.add("  " + measure + " missed; our costs there: " + ourCosts);
    }
  }

  private static String format(double value, String unit) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.2f %s", value, unit);
  }

  // ---- warm retrieve: time and allocation per call (JMH) ------------------------------------

  private static void perCall() throws Exception {
    Options options = new OptionsBuilder()
        .include(RetrieveBenchmark.class.getName())
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(4).measurementTime(TimeValue.seconds(1))
        .addProfiler(GCProfiler.class)
        .jvmArgs("-Xmx256m")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    double oursTime = 0;
    double rawTime = 0;
    double oursBytes = 0;
    double rawBytes = 0;
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      double time = result.getPrimaryResult().getScore();
      double bytes = allocation(result);
      if (method.endsWith(".sora4j")) {
        oursTime = time;
        oursBytes = bytes;
      } else {
        rawTime = time;
        rawBytes = bytes;
      }
    }
    row("warm retrieve, time per call", oursTime, rawTime, "us", false, 1.05,
        "Retrofit's call adapter and converter per call, CallExecutor's attempt bookkeeping "
            + "(a Call per attempt, a RawResponse, the retry policy), and three interceptors "
            + "(HeadersInterceptor's header copies, NoReplayInterceptor, ErrorBodyLimitInterceptor)");
    row("warm retrieve, bytes allocated per call", oursBytes, rawBytes, "B", false, 1.2,
        "the same: Retrofit's Call and Response wrappers, RawResponse, the header copies of "
            + "HeadersInterceptor, CallExecutor's futures");
  }

  private static double allocation(RunResult result) {
    for (java.util.Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
      if (entry.getKey().endsWith("gc.alloc.rate.norm")) {
        return entry.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  // ---- cold start: a fresh process that creates and retrieves once --------------------------

  private static void coldStart() throws Exception {
    int runs = Integer.getInteger("bench.coldRuns", 9);
    try (BenchServer server = new BenchServer(0, 0)) {
      double[] ours = new double[runs];
      double[] raw = new double[runs];
      for (int i = 0; i < runs; i++) {
        ours[i] = timeProcess(ColdStart.class, "sora4j", server.baseUrl());
        raw[i] = timeProcess(ColdStart.class, "raw", server.baseUrl());
      }
      row("cold start: process that creates + retrieves", median(ours) * 1000, median(raw) * 1000, "ms", false, 1.1,
          "Retrofit's first-call setup (a Proxy and reflection over VideosApi's annotations), Moshi's "
              + "adapter lookup for the generated models, the client's scheduler and download pool, and "
              + "loading more classes (facade, request checks)");
    }
  }

  private static double timeProcess(Class<?> main, String... args) throws Exception {
    long start = System.nanoTime();
    List<String> output = runJava(null, main, args);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!output.isEmpty()) {
      System.out.println(String.join(System.lineSeparator(), output));
    }
    return seconds;
  }

  private static List<String> runJava(String heap, Class<?> main, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    if (heap != null) {
      command.add(heap);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " " + Arrays.toString(args) + " failed: " + lines);
    }
    return lines;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  // ---- 1 GiB to a file at -Xmx64m ------------------------------------------------------------

  private static void download(long bytes) throws Exception {
    Path folder = Files.createTempDirectory("sora4j-bench");
    try (BenchServer server = new BenchServer(0, bytes)) {
      double[] ours = downloadOnce(server, folder, "sora4j");
      double[] raw = downloadOnce(server, folder, "raw");
      String size = bytes >= 1 << 30 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
      row("download " + size + " to a file at -Xmx64m, MB/s", ours[0], raw[0], "MB/s", true, 0.95,
          "the temporary file beside the target and its rename, and the Content-Length check");
      row("download " + size + ", heap peak", ours[1], raw[1], "MiB", false, 1.5, null);
    } finally {
      try (java.util.stream.Stream<Path> left = Files.list(folder)) {
        for (Path file : (Iterable<Path>) left::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  /** Throughput in MB/s and heap peak in MiB. */
  private static double[] downloadOnce(BenchServer server, Path folder, String mode) throws Exception {
    Path target = folder.resolve(mode + ".mp4");
    List<String> output = runJava("-Xmx64m", Download.class, mode, server.baseUrl(), target.toString());
    String[] fields = output.get(output.size() - 1).split(" ");
    Files.deleteIfExists(target);
    double seconds = Double.parseDouble(fields[1]);
    return new double[] {Long.parseLong(fields[0]) / 1e6 / seconds, Long.parseLong(fields[2]) / 1048576.0};
  }

  // ---- 1,000 jobs waited at once --------------------------------------------------------------

  private static void thousandWaits() throws Exception {
    int jobs = 1000;
    // A job takes 4 s; the emulator suggests polling every tenth of that.
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(0.75).start()) {
      warmUp(emulator);
      double[] ours = waitWithSora4j(emulator, jobs);
      double[] raw = waitByHand(emulator, jobs);
      // The target is no thread per job: the dispatcher's 64 per host and a few of the client's own.
      // Both clients' counts move with how many calls overlap, so the ratio is shown, not judged.
      double limit = 64 + 16;
      ROWS.add(new String[] {"1,000 jobs created and waited: threads added", format(ours[0], "threads"),
          format(raw[0], "threads"), raw[0] > 0 ? String.format(Locale.ROOT, "%.2f", ours[0] / raw[0]) : "n/a",
          "<= " + (int) limit,
          ours[0] <= limit ? "met" : "MISSED"});
      if (ours[0] > limit) {
        NOTES.add("  1,000 jobs: threads missed; our costs there: the dispatcher's threads (ConcurrencyLimits), "
            + "the client's scheduler and its download pool");
      }
      row("1,000 jobs created and waited: polls per job", ours[1], raw[1], "polls", false, 1.05,
          "the Poller's pauses (openai-poll-after-ms, else the interval)");
    }
  }

  /**
   * Starts every worker thread of the emulator (it makes them on demand and keeps them a while),
   * so that the threads counted below are the clients' alone.
   */
  private static void warmUp(VideosEmulator emulator) throws Exception {
    Raw raw = new Raw(emulator.baseUrl().replaceAll("/$", ""), 64);
    try {
      CountDownLatch done = new CountDownLatch(256);
      for (int i = 0; i < 256; i++) {
        raw.http.newCall(raw.retrieveRequest("video_warm_up")).enqueue(new Callback() {
          @Override
          public void onResponse(Call call, Response response) {
            response.close();
            done.countDown();
          }

          @Override
          public void onFailure(Call call, IOException e) {
            done.countDown();
          }
        });
      }
      done.await(60, TimeUnit.SECONDS);
    } finally {
      raw.close();
    }
  }

  /** Threads added while the jobs are created and waited for, and checks per job; both clients alike. */
  private static double[] waitWithSora4j(VideosEmulator emulator, int jobs) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    threads.resetPeakThreadCount();
    AtomicInteger polls = new AtomicInteger();
    OkHttpClient counting = new OkHttpClient.Builder().addInterceptor(chain -> {
      if (chain.request().method().equals("GET")) {
        polls.incrementAndGet();
      }
      return chain.proceed(chain.request());
    }).build();
    try (VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(Raw.KEY)
        .httpClient(counting).maxConcurrentRequests(128, 64).build()) {
      List<CompletableFuture<Video>> waits = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        waits.add(client.videos().createAndPollAsync(VideoCreateRequest.builder().prompt("job " + i).build(),
            PollOptions.defaults()));
      }
      for (CompletableFuture<Video> wait : waits) {
        if (wait.get(120, TimeUnit.SECONDS).status() != VideoStatus.COMPLETED) {
          throw new IllegalStateException("a job did not complete");
        }
      }
      return new double[] {threads.getPeakThreadCount() - before, polls.get() / (double) jobs};
    } finally {
      counting.dispatcher().executorService().shutdown();
    }
  }

  /** The same by hand: OkHttp's async calls, one scheduler, the server's hint between checks. */
  private static double[] waitByHand(VideosEmulator emulator, int jobs) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int before = threads.getThreadCount();
    threads.resetPeakThreadCount();
    String baseUrl = emulator.baseUrl().replaceAll("/$", "");
    Raw raw = new Raw(baseUrl, 64);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      AtomicInteger polls = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(jobs);
      for (int i = 0; i < jobs; i++) {
        raw.http.newCall(raw.createRequest("job " + i)).enqueue(new Callback() {
          @Override
          public void onResponse(Call call, Response response) throws IOException {
            try (Response answer = response) {
              Video created = raw.parse(answer);
              scheduler.schedule(() -> check(raw, scheduler, created.id(), polls, done),
                  hintMillis(answer), TimeUnit.MILLISECONDS);
            }
          }

          @Override
          public void onFailure(Call call, IOException e) {
            done.countDown();
          }
        });
      }
      if (!done.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the waits by hand did not end");
      }
      return new double[] {threads.getPeakThreadCount() - before, polls.get() / (double) jobs};
    } finally {
      scheduler.shutdownNow();
      raw.close();
    }
  }

  private static long hintMillis(Response response) {
    return Math.max(100, Long.parseLong(response.header("openai-poll-after-ms", "1000")));
  }

  private static void check(Raw raw, ScheduledExecutorService scheduler, String id, AtomicInteger polls,
      CountDownLatch done) {
    polls.incrementAndGet();
    raw.http.newCall(raw.retrieveRequest(id)).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (Response answer = response) {
          long hint = hintMillis(answer);
          Video video = raw.parse(answer);
          if (video.status() == VideoStatus.COMPLETED || video.status() == VideoStatus.FAILED) {
            done.countDown();
          } else {
            scheduler.schedule(() -> check(raw, scheduler, id, polls, done), hint, TimeUnit.MILLISECONDS);
          }
        }
      }

      @Override
      public void onFailure(Call call, IOException e) {
        scheduler.schedule(() -> check(raw, scheduler, id, polls, done), 1, TimeUnit.SECONDS);
      }
    });
  }

  // ---- 200 asynchronous calls against a server with 200 ms latency ----------------------------

  private static void fanOut() throws Exception {
    int calls = 200;
    long latency = 200;
    try (BenchServer server = new BenchServer(latency, 0)) {
      double ours;
      try (VideosClient client = VideosClient.builder().baseUrl(server.baseUrl()).apiKey(Raw.KEY).build()) {
        fanOutWithSora4j(client, calls);
        ours = fanOutWithSora4j(client, calls);
      }
      Raw raw = new Raw(server.baseUrl(), 64);
      fanOutByHand(raw, calls);
      double raw64 = fanOutByHand(raw, calls);
      raw.close();
      row("200 async retrieves, 200 ms server: seconds", ours, raw64, "s", false, 1.05,
          "the dispatcher's limits (ConcurrencyLimits) and CallExecutor's futures");
      double official = officialSdkFanOut(server.baseUrl(), calls);
      if (official > 0) {
        row("200 async retrieves, 200 ms server: seconds, against the official Java SDK", ours, official, "s",
            false, 1.05, "the dispatcher's limits (ConcurrencyLimits) and CallExecutor's futures");
      } else {
        NOTES.add("  the official Java SDK's fan-out did not run (no target/official-sdk-classpath.txt)");
      }
      NOTES.add(String.format(Locale.ROOT, "  200 async retrieves: %.2f s with sora4j; 64 at a time, %d x %d ms / 64 = "
          + "%.2f s, in %d rounds of %d ms = %.2f s (OkHttp's default of 5 per host: about %.1f s)", ours, calls,
          latency, calls * latency / 64 / 1000.0, (calls + 63) / 64, latency, (calls + 63) / 64 * latency / 1000.0,
          Math.ceil(calls / 5.0) * latency / 1000.0));
    }
  }

  /**
   * The same fan-out with the official Java SDK (its default is 64 requests per host), in a JVM of
   * its own: its OkHttp 4 cannot share a class path with ours. The bench profile resolves its class
   * path into target/official-sdk-classpath.txt.
   *
   * @return the seconds, or 0 where the class path was not resolved
   */
  private static double officialSdkFanOut(String baseUrl, int calls) throws Exception {
    Path classpath = Paths.get("target", "official-sdk-classpath.txt");
    if (!Files.isRegularFile(classpath)) {
      return 0;
    }
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-cp");
    command.add(new String(Files.readAllBytes(classpath), StandardCharsets.UTF_8).trim());
    command.add(Paths.get("src", "bench", "official-sdk", "OfficialFanOut.java").toString());
    command.addAll(Arrays.asList(baseUrl, Raw.KEY, String.valueOf(calls)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (process.waitFor() != 0 || lines.isEmpty()) {
      throw new IllegalStateException("the official SDK's fan-out failed: " + lines);
    }
    return Double.parseDouble(lines.get(lines.size() - 1).trim());
  }

  private static double fanOutWithSora4j(VideosClient client, int calls) throws Exception {
    long start = System.nanoTime();
    List<CompletableFuture<Video>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(client.videos().retrieveAsync("video_123"));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    return (System.nanoTime() - start) / 1e9;
  }

  private static double fanOutByHand(Raw raw, int calls) throws Exception {
    long start = System.nanoTime();
    CountDownLatch done = new CountDownLatch(calls);
    for (int i = 0; i < calls; i++) {
      raw.http.newCall(raw.retrieveRequest("video_123")).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) throws IOException {
          try (Response answer = response) {
            raw.parse(answer);
          }
          done.countDown();
        }

        @Override
        public void onFailure(Call call, IOException e) {
          done.countDown();
        }
      });
    }
    if (!done.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the calls by hand did not end");
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
