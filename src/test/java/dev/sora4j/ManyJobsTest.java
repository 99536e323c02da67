package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.contract.WireContract;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many jobs at once: how many requests run together, how many checks a wait sends, and how many
 * threads it holds. Counted on the server, never timed.
 */
class ManyJobsTest {
  private static final String KEY = "sk-many-jobs-test-key";

  private final MockWebServer server = new MockWebServer();
  @RegisterExtension
  final WireContract contract = new WireContract();
  private final List<VideosClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    clients.forEach(VideosClient::close);
    server.close();
  }

  private VideosClient client(VideosClient.Builder builder) {
    VideosClient client = builder.apiKey(KEY).baseUrl(server.url("/v1").toString()).build();
    clients.add(client);
    return client;
  }

  private static String video(String id, String status, int progress) {
    return "{\"id\":\"" + id + "\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"" + status + "\","
        + "\"progress\":" + progress + ",\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_1").body(body).build();
  }

  private static String idOf(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Test
  void createAndPollTakesTheCreatesAnswerAsTheFirstCheck() throws Exception {
    contract.watch(server);
    VideosClient client = client(VideosClient.builder());
    server.enqueue(json(video("video_1", "queued", 0)));
    server.enqueue(json(video("video_1", "in_progress", 50)));
    server.enqueue(json(video("video_1", "completed", 100)));
    List<String> heard = new ArrayList<>();

    Video done = client.videos().createAndPoll(VideoCreateRequest.builder().prompt("a cat").build(),
        PollOptions.builder().interval(Duration.ofMillis(1))
            .progressListener(v -> heard.add(v.status() + " " + v.progress())).build());

    assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    assertThat(heard).containsExactly("queued 0", "in_progress 50", "completed 100");
  }

  @Test
  void aJobCreatedFinishedIsNotCheckedAtAll() throws Exception {
    contract.watch(server);
    VideosClient client = client(VideosClient.builder());
    server.enqueue(json(video("video_1", "completed", 100)));
    server.enqueue(json(video("video_2", "failed", 0)));

    Video blocking = client.videos().createAndPoll(VideoCreateRequest.builder().prompt("a cat").build(),
        PollOptions.defaults());
    Video async = client.videos().createAndPollAsync(VideoCreateRequest.builder().prompt("a dog").build(),
        PollOptions.defaults()).get(10, TimeUnit.SECONDS);

    assertThat(blocking.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(async.status()).isEqualTo(VideoStatus.FAILED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pollingAJobAlreadyHeldStartsOneIntervalLater() throws Exception {
    contract.watch(server);
    VideosClient client = client(VideosClient.builder());
    Video retrieved = Video.builder().id("video_9").object(Video.ObjectEnum.VIDEO).model(dev.sora4j.model.VideoModel.SORA_2)
        .status(VideoStatus.IN_PROGRESS).progress(10).createdAt(1712697600L)
        .size(dev.sora4j.model.VideoSize.SIZE_720X1280).seconds(dev.sora4j.model.VideoSeconds.SECONDS_4).build();
    server.enqueue(json(video("video_9", "completed", 100)));
    server.enqueue(json(video("video_9", "completed", 100)));
    PollOptions fast = PollOptions.builder().interval(Duration.ofMillis(1)).build();

    assertThat(client.videos().poll(retrieved, fast).status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(client.videos().pollAsync(retrieved, fast).get(10, TimeUnit.SECONDS).status())
        .isEqualTo(VideoStatus.COMPLETED);
    Video finished = retrieved.toBuilder().status(VideoStatus.COMPLETED).progress(100).build();
    assertThat(client.videos().poll(finished, fast)).isSameAs(finished);

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/videos/video_9");
  }

  @Test
  void byDefaultSixtyFourCallsToOneHostRunAtOnce() throws Exception {
    assertThat(mostAtOnce(client(VideosClient.builder()), 100, ConcurrencyLimits.DEFAULT_MAX_REQUESTS_PER_HOST))
        .isEqualTo(64);
  }

  @Test
  void theBuilderSetsTheLimits() throws Exception {
    assertThat(mostAtOnce(client(VideosClient.builder().maxConcurrentRequests(8, 3)), 20, 3)).isEqualTo(3);
  }

  @Test
  void aCallersOwnClientGetsTheLimitsAskedForAndIsLeftAsItWas() throws Exception {
    OkHttpClient own = new OkHttpClient();
    VideosClient client = client(VideosClient.builder().httpClient(own).maxConcurrentRequests(16, 16));
    assertThat(mostAtOnce(client, 40, 16)).isEqualTo(16);
    assertThat(own.dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
    own.dispatcher().executorService().shutdown();
  }

  @Test
  void limitsOutOfRangeAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> VideosClient.builder().maxConcurrentRequests(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentRequests: total must be at least 1, was 0");
    assertThatThrownBy(() -> VideosClient.builder().maxConcurrentRequests(10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrentRequests: perHost must be between 1 and total (10), was 11");
  }

  /**
   * Sends {@code calls} asynchronous retrieves; the server holds every request until
   * {@code expected} are under way together (or ten seconds pass), and reports the most it saw at once.
   */
  private int mostAtOnce(VideosClient client, int calls, int expected) throws Exception {
    AtomicInteger underWay = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(expected);
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(underWay.incrementAndGet(), Math::max);
        enough.countDown();
        enough.await(10, TimeUnit.SECONDS);
        underWay.decrementAndGet();
        return json(video(idOf(request), "queued", 0));
      }
    }));
    List<CompletableFuture<Video>> results = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      results.add(client.videos().retrieveAsync("video_" + i));
    }
    CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);
    return most.get();
  }

  @Test
  void aThousandWaitsHoldNoThreadEachAndCheckEachJobOncePerInterval() throws Exception {
    int jobs = 1000;
    int checksToFinish = 3;
    long intervalNanos = TimeUnit.MILLISECONDS.toNanos(100);
    Map<String, List<Long>> checks = new ConcurrentHashMap<>();
    int threadsBefore = Thread.activeCount();
    LongAccumulator mostThreads = new LongAccumulator(Math::max, 0);
    server.setDispatcher(contract.checking(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        mostThreads.accumulate(Thread.activeCount());
        List<Long> times = checks.computeIfAbsent(idOf(request), id -> new ArrayList<>());
        int seen;
        synchronized (times) {
          times.add(System.nanoTime());
          seen = times.size();
        }
        return json(video(idOf(request), seen < checksToFinish ? "in_progress" : "completed", 0));
      }
    }));
    VideosClient client = client(VideosClient.builder());
    PollOptions options = PollOptions.builder().interval(Duration.ofNanos(intervalNanos)).build();

    List<CompletableFuture<Video>> waits = new ArrayList<>();
    for (int i = 0; i < jobs; i++) {
      waits.add(client.videos().pollAsync("video_" + i, options));
    }
    CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);

    assertThat(waits).allSatisfy(w -> assertThat(w.get().status()).isEqualTo(VideoStatus.COMPLETED));
    assertThat(checks).hasSize(jobs);
    checks.forEach((id, times) -> {
      assertThat(times).as("checks of %s", id).hasSize(checksToFinish);
      for (int i = 1; i < times.size(); i++) {
        // The next check is scheduled only once the last answer is in, so the server never sees
        // two checks of one job closer together than the interval.
        assertThat(times.get(i) - times.get(i - 1)).as("pause between checks of %s", id)
            .isGreaterThanOrEqualTo(intervalNanos);
      }
    });
    // At most 64 requests run at once, each on one client and one server thread: a thread per
    // waiting job would be a thousand more.
    assertThat(mostThreads.get() - threadsBefore).isLessThan(2 * ConcurrencyLimits.DEFAULT_MAX_REQUESTS_PER_HOST + 40);
  }
}
