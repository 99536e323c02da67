package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.Moshi;
import dev.sora4j.contract.WireContract;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The executor against a real {@link VideosApi} and a MockWebServer: results, errors, faults,
 * retries with their delays (recorded, not waited for), idempotency keys, timeouts, async calls.
 */
class CallExecutorTest {
  private static final String API_KEY = "sk-proj-CALLEXECUTOR-SECRET-abcdef0123456789";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String VIDEO_JSON = "{\"id\":\"video_123\",\"object\":\"video\",\"model\":\"sora-2\","
      + "\"status\":\"queued\",\"progress\":0,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}";
  private static final String ERROR_JSON = "{\"error\":{\"message\":\"Something went wrong\",\"type\":\"server_error\","
      + "\"param\":\"prompt\",\"code\":\"oops\"}}";

  private final Moshi moshi = new Moshi.Builder().build();
  private final MockWebServer server = new MockWebServer();
  /** Every request the executor sends and every response served below, against openapi/videos.yaml. */
  @RegisterExtension
  final WireContract contract = new WireContract();
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  /** The waits the executor asked for, in milliseconds: recorded instead of slept. */
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();
  /** Every exception a test provoked; none may mention the API key. */
  private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
  /** Every call the executor made, to look at their timeouts and cancellation. */
  private final List<Call<?>> calls = new CopyOnWriteArrayList<>();
  private final PendingCalls pending = new PendingCalls();
  private ClientConfig config;
  private VideosApi api;
  private CallExecutor executor;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    use(server.url("/v1/"), Duration.ofSeconds(5), true);
  }

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
    server.close();
    for (Throwable failure : thrown) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertThat(t.getMessage()).as("message of %s", t.getClass()).doesNotContain(API_KEY);
        assertThat(t.toString()).doesNotContain(API_KEY);
      }
    }
  }

  /** Points the executor at a base URL through a client like VideosClient's. */
  private void use(HttpUrl baseUrl, Duration readTimeout, boolean noReplay) {
    config = new ClientConfig(API_KEY, baseUrl, null, null, AuthStyle.BEARER, Duration.ofSeconds(5), readTimeout,
        Duration.ofMinutes(10), 2, Collections.<String, String>emptyMap(), VideoModel.SORA_2,
        HeaderNames.AUTHORIZATION, Collections.<String, String>emptyMap(), VideosClient.DEFAULT_DOWNLOAD_RESUMES);
    OkHttpClient.Builder http = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout)
        .readTimeout(readTimeout)
        .addInterceptor(new HeadersInterceptor(config));
    if (noReplay) {
      http.addInterceptor(new NoReplayInterceptor());
    }
    http.addInterceptor(new ErrorBodyLimitInterceptor());
    useHttpClient(http.build());
  }

  private void useHttpClient(OkHttpClient http) {
    api = new Retrofit.Builder()
        .baseUrl(config.baseUrl)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(VideosApi.class);
    executor = new CallExecutor(config, moshi, scheduler, pending, new RetryPolicy(() -> 0.0, Clock.systemUTC()),
        nanos -> sleeps.add(TimeUnit.NANOSECONDS.toMillis(nanos)));
  }

  private void enqueue(int status, String body, String... headers) {
    server.enqueue(response(status, body, headers));
  }

  /** Queues a response that breaks the contract on purpose, saying how. */
  private void enqueueOffContract(String why, int status, String body, String... headers) {
    server.enqueue(contract.offContract(response(status, body, headers), why));
  }

  /** Queues a fault or a response that breaks the contract on purpose, saying how. */
  private void enqueueOffContract(String why, MockResponse response) {
    server.enqueue(contract.offContract(response, why));
  }

  private static MockResponse response(int status, String body, String... headers) {
    MockResponse.Builder response = new MockResponse.Builder().code(status).setHeader("Content-Type",
        status < 300 || body.startsWith("{") ? "application/json" : "text/html").body(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    return response.build();
  }

  /** A download's answer: bytes of the video's media type. */
  private static MockResponse mp4(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4").body(body).build();
  }

  private static MockResponse stall() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  private <T> CallFactory<T> recorded(CallFactory<T> factory) {
    return headers -> {
      Call<T> call = factory.newCall(headers);
      calls.add(call);
      return call;
    };
  }

  private CallFactory<Video> create() {
    return recorded(headers -> api.createVideo(headers, RequestBody.create("{\"prompt\":\"a cat\"}", JSON)));
  }

  private CallFactory<Video> retrieve() {
    return recorded(headers -> api.getVideo(headers, "video_123"));
  }

  private <T> RawResponse<T> run(Operation operation, CallFactory<T> factory) {
    return run(operation, RequestOptions.defaults(), factory);
  }

  private <T> RawResponse<T> run(Operation operation, RequestOptions options, CallFactory<T> factory) {
    return executor.execute(operation, options, factory);
  }

  /** Runs a call that must fail, and keeps its exception for the API-key check. */
  private VideosException failure(Operation operation, RequestOptions options, CallFactory<?> factory) {
    Throwable failure = catchThrowable(() -> executor.execute(operation, options, factory));
    assertThat(failure).isInstanceOf(VideosException.class);
    thrown.add(failure);
    return (VideosException) failure;
  }

  private VideosException failure(Operation operation, CallFactory<?> factory) {
    return failure(operation, RequestOptions.defaults(), factory);
  }

  private List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    RecordedRequest request;
    while ((request = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
      requests.add(request);
    }
    return requests;
  }

  private static RequestOptions noRetries() {
    return RequestOptions.builder().maxRetries(0).build();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  // ---- results ----------------------------------------------------------------------------

  @Test
  void aSuccessGivesTheBodyTheStatusAndTheHeaders() throws Exception {
    enqueue(200, VIDEO_JSON, "x-request-id", "req_ok");

    RawResponse<Video> response = run(Operation.RETRIEVE,
        RequestOptions.builder().header("X-Trace", "t-1").build(), retrieve());

    assertThat(response.body().id()).isEqualTo("video_123");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).hasValue("req_ok");
    RecordedRequest request = requests().get(0);
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("Idempotency-Key")).as("reads carry no key").isNull();
    assertThat(sleeps).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "400, BadRequestException",
      "401, AuthenticationException",
      "403, PermissionDeniedException",
      "404, NotFoundException",
      "409, ConflictException",
      "422, UnprocessableEntityException",
      "429, RateLimitException",
      "500, InternalServerException",
      "503, InternalServerException",
      "418, ApiException"})
  void eachErrorStatusThrowsItsExceptionWithTheErrorsFields(int status, String exception) {
    enqueue(status, ERROR_JSON, "x-request-id", "req_" + status);

    ApiException failure = (ApiException) failure(Operation.RETRIEVE, noRetries(), retrieve());

    assertThat(failure.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(failure.statusCode()).isEqualTo(status);
    assertThat(failure.type()).hasValue("server_error");
    assertThat(failure.code()).hasValue("oops");
    assertThat(failure.param()).hasValue("prompt");
    assertThat(failure.requestId()).hasValue("req_" + status);
    assertThat(failure.getMessage()).isEqualTo("retrieve: " + status + ": Something went wrong (type server_error,"
        + " code oops, param prompt, request id req_" + status + ")");
    assertThat(failure.jobMayExist()).isFalse();
  }

  @Test
  void anHtmlBadGatewayPageGivesAReadableSnippet() {
    enqueueOffContract("a proxy's HTML 502", 502, "<html><head><title>502 Bad Gateway</title></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>");

    InternalServerException failure = (InternalServerException) failure(Operation.RETRIEVE, noRetries(), retrieve());

    assertThat(failure.bodySnippet()).hasValue("502 Bad Gateway 502 Bad Gateway cloudflare");
    assertThat(failure.getMessage()).isEqualTo("retrieve: 502: 502 Bad Gateway 502 Bad Gateway cloudflare");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": \"video_123\",", "<html>oops</html>", "", "null", "[1, 2]", "{\"id\": {}}"})
  void aSuccessWhoseBodyIsNotTheJsonIsMalformed(String body) {
    enqueueOffContract("a success whose body is not a Video", 200, body, "x-request-id", "req_bad");

    VideosException failure = failure(Operation.RETRIEVE, retrieve());

    assertThat(failure).isInstanceOf(MalformedResponseException.class);
    assertThat(failure.getMessage()).startsWith("retrieve: the ");
    assertThat(failure.jobMayExist()).isFalse();
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void aNoContentSuccessIsMalformedToo() {
    enqueueOffContract("a 204 where the contract has a Video",
        new MockResponse.Builder().code(204).setHeader("x-request-id", "req_204").build());

    VideosException failure = failure(Operation.RETRIEVE, retrieve());

    assertThat(failure).isInstanceOf(MalformedResponseException.class);
    assertThat(failure.getMessage()).isEqualTo("retrieve: the 204 response has no body (request id req_204)");
    assertThat(((MalformedResponseException) failure).requestId()).hasValue("req_204");
  }

  @Test
  void anUnreadableSuccessOfACreateSaysTheJobWasProbablyStarted() throws Exception {
    enqueueOffContract("malformed JSON", 200, "{\"id\": \"video_123\"");

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isInstanceOf(MalformedResponseException.class);
    assertThat(failure.jobMayExist()).isTrue();
    String key = requests().get(0).getHeaders().get("Idempotency-Key");
    assertThat(failure.getMessage()).contains("job was probably started", key);
  }

  @Test
  void aDownloadGivesTheStreamEvenWhenEmpty() throws Exception {
    server.enqueue(mp4(""));

    RawResponse<ResponseBody> response = run(Operation.DOWNLOAD_CONTENT,
        recorded(headers -> api.retrieveVideoContent(headers, "video_123", VideoContentVariant.VIDEO)));

    try (ResponseBody body = response.body()) {
      assertThat(body.bytes()).isEmpty();
    }
  }

  // ---- faults -----------------------------------------------------------------------------

  @Test
  void aConnectionDroppedMidBodyIsAConnectionFailure() {
    enqueueOffContract("a connection dropped mid-body", new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(VIDEO_JSON)
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());

    VideosException failure = failure(Operation.RETRIEVE, noRetries(), retrieve());

    assertThat(failure).isExactlyInstanceOf(ConnectionException.class);
    assertThat(failure.getMessage()).startsWith("retrieve: the connection to " + server.url("/").host() + ":" + server.getPort()
        + " failed after the request was sent");
    assertThat(failure.jobMayExist()).isFalse();
  }

  @Test
  void aReadTimeoutIsATimeout() {
    use(server.url("/v1/"), Duration.ofMillis(100), true);
    enqueueOffContract("a server that hangs before answering", stall());

    VideosException failure = failure(Operation.RETRIEVE, noRetries(), retrieve());

    assertThat(failure).isInstanceOf(VideosTimeoutException.class);
    assertThat(failure.getMessage()).startsWith("retrieve: timed out waiting for the response");
  }

  @Test
  void aRefusedConnectionIsRetriedThenReportedAsNotSent() throws IOException {
    use(HttpUrl.get("http://127.0.0.1:" + closedPort() + "/v1/"), Duration.ofSeconds(5), true);

    VideosException failure = failure(Operation.RETRIEVE, retrieve());

    assertThat(failure).isExactlyInstanceOf(ConnectionException.class);
    assertThat(failure.getMessage()).contains("could not connect to 127.0.0.1:", "the request was not sent",
        "Gave up after 3 attempts");
    assertThat(sleeps).containsExactly(500L, 1_000L);
  }

  // ---- retries of reads -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 409, 429})
  void readsAreRetriedOnTransientStatuses(int status) throws Exception {
    enqueue(status, ERROR_JSON);
    enqueue(status, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    RawResponse<Video> response = run(Operation.RETRIEVE, retrieve());

    assertThat(response.body().id()).isEqualTo("video_123");
    assertThat(requests()).hasSize(3);
    assertThat(sleeps).containsExactly(500L, 1_000L);
  }

  @Test
  void aReadIsRetriedOnA408() throws Exception {
    // Retry-After keeps OkHttp from repeating the 408 itself, so this is the executor's retry.
    enqueue(408, ERROR_JSON, "Retry-After", "2");
    enqueue(200, VIDEO_JSON);

    run(Operation.RETRIEVE, retrieve());

    assertThat(requests()).hasSize(2);
    assertThat(sleeps).containsExactly(2_000L);
  }

  @Test
  void readsAreRetriedAfterATimeoutAndADroppedConnection() throws Exception {
    use(server.url("/v1/"), Duration.ofMillis(100), true);
    enqueueOffContract("a server that hangs before answering", stall());
    enqueueOffContract("a connection dropped mid-body", new MockResponse.Builder().code(200).body(VIDEO_JSON)
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(200, VIDEO_JSON);

    assertThat(run(Operation.RETRIEVE, retrieve()).body().id()).isEqualTo("video_123");
    assertThat(sleeps).containsExactly(500L, 1_000L);
  }

  @Test
  void theBudgetRunsOutAfterMaxRetries() throws Exception {
    for (int i = 0; i < 4; i++) {
      enqueue(500, ERROR_JSON);
    }

    VideosException failure = failure(Operation.LIST, retrieve());

    assertThat(failure).isInstanceOf(InternalServerException.class);
    assertThat(failure.getMessage()).endsWith("Gave up after 3 attempts.");
    assertThat(requests()).hasSize(3);
  }

  @Test
  void theCallsRetryBudgetOverridesTheClients() throws Exception {
    for (int i = 0; i < 6; i++) {
      enqueue(503, ERROR_JSON);
    }

    failure(Operation.RETRIEVE, RequestOptions.builder().maxRetries(4).build(), retrieve());
    assertThat(requests()).hasSize(5);
    assertThat(sleeps).containsExactly(500L, 1_000L, 2_000L, 4_000L);

    sleeps.clear();
    failure(Operation.RETRIEVE, noRetries(), retrieve());
    assertThat(requests()).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void theServersWaitIsHonouredUpToTheCap() {
    enqueue(429, ERROR_JSON, "retry-after-ms", "1234", "retry-after", "9");
    enqueue(503, ERROR_JSON, "retry-after", "3");
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());
    assertThat(sleeps).containsExactly(1_234L, 3_000L);

    sleeps.clear();
    enqueue(429, ERROR_JSON, "retry-after", "3600");
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());
    assertThat(sleeps).as("an hour is above the cap: the backoff instead").containsExactly(500L);

    sleeps.clear();
    String inHalfAMinute = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(Instant.now().plusSeconds(30).atZone(ZoneOffset.UTC));
    enqueue(429, ERROR_JSON, "retry-after", inHalfAMinute);
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());
    assertThat(sleeps).hasSize(1);
    assertThat(sleeps.get(0)).isBetween(25_000L, 30_000L);
  }

  @Test
  void xShouldRetryOverridesTheStatus() throws Exception {
    enqueue(503, ERROR_JSON, "x-should-retry", "false");
    failure(Operation.RETRIEVE, retrieve());
    assertThat(requests()).hasSize(1);

    enqueue(400, ERROR_JSON, "x-should-retry", "true");
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());
    assertThat(requests()).hasSize(2);
  }

  // ---- job-starting requests --------------------------------------------------------------

  @Test
  void aCreateCarriesOneIdempotencyKeyOnEveryRetry() throws Exception {
    enqueue(429, ERROR_JSON);
    enqueue(429, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    run(Operation.CREATE, create());

    List<RecordedRequest> requests = requests();
    assertThat(requests).hasSize(3);
    String key = requests.get(0).getHeaders().get("Idempotency-Key");
    assertThat(key).startsWith("sora4j-").hasSize("sora4j-".length() + 36);
    for (RecordedRequest request : requests) {
      assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(key);
      assertThat(request.getBody().utf8()).isEqualTo("{\"prompt\":\"a cat\"}");
    }
    assertThat(sleeps).containsExactly(500L, 1_000L);

    enqueue(200, VIDEO_JSON);
    run(Operation.CREATE, create());
    assertThat(requests().get(0).getHeaders().get("Idempotency-Key")).as("a new key per call").isNotEqualTo(key);
  }

  @Test
  void theCallersIdempotencyKeyIsUsed() throws Exception {
    enqueue(200, VIDEO_JSON);
    enqueue(200, VIDEO_JSON);

    run(Operation.REMIX, RequestOptions.builder().idempotencyKey("my-key-1").build(), create());
    run(Operation.EDIT, RequestOptions.builder().header("idempotency-key", "my-key-2").build(), create());

    List<RecordedRequest> requests = requests();
    assertThat(requests.get(0).getHeaders().values("Idempotency-Key")).containsExactly("my-key-1");
    assertThat(requests.get(1).getHeaders().values("Idempotency-Key")).containsExactly("my-key-2");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void aCreateIsNotRetriedOnAServerErrorAndSaysAJobMayExist(int status) throws Exception {
    enqueue(status, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isInstanceOf(InternalServerException.class);
    assertThat(failure.jobMayExist()).isTrue();
    String key = requests().get(0).getHeaders().get("Idempotency-Key");
    assertThat(failure.idempotencyKey()).hasValue(key);
    assertThat(failure.getMessage()).contains("a job may exist", "Idempotency-Key " + key,
        "client.videos().listAll(", "newest first");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aCreateIsNotRetriedAfterAReadTimeout() throws Exception {
    use(server.url("/v1/"), Duration.ofMillis(100), true);
    enqueueOffContract("a server that hangs before answering", stall());
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isInstanceOf(VideosTimeoutException.class);
    assertThat(failure.jobMayExist()).isTrue();
    String key = requests().get(0).getHeaders().get("Idempotency-Key");
    assertThat(failure.getMessage()).contains("timed out waiting for the response", "a job may exist", key);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateIsNotRetriedNorRepeatedByOkHttpAfterAPooledConnectionDrops() throws Exception {
    enqueue(200, VIDEO_JSON); // leaves a connection in the pool, which the create then reuses
    enqueueOffContract("a connection dropped before the answer",
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isExactlyInstanceOf(ConnectionException.class);
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(failure.getMessage()).contains("failed after the request was sent", "a job may exist");
    List<RecordedRequest> requests = requests();
    assertThat(requests).extracting(RecordedRequest::getMethod).as("the create was sent once").containsExactly("GET", "POST");
    assertThat(requests.get(1).getConnectionIndex()).isEqualTo(requests.get(0).getConnectionIndex());
  }

  @Test
  void withoutTheNoReplayInterceptorOkHttpWouldRepeatACreateByItself() throws Exception {
    use(server.url("/v1/"), Duration.ofSeconds(5), false);
    enqueue(200, VIDEO_JSON);
    enqueueOffContract("a connection dropped before the answer",
        new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(200, VIDEO_JSON);
    run(Operation.RETRIEVE, retrieve());

    run(Operation.CREATE, create());

    assertThat(requests()).extracting(RecordedRequest::getMethod).as("OkHttp's retryOnConnectionFailure sent it twice")
        .containsExactly("GET", "POST", "POST");
  }

  @Test
  void aCreateAnswered408IsNeitherRetriedNorRepeatedByOkHttp() throws Exception {
    enqueue(408, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isExactlyInstanceOf(ApiException.class);
    assertThat(((ApiException) failure).statusCode()).isEqualTo(408);
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateAnswered503WithRetryAfterZeroIsNotRepeatedByOkHttp() throws Exception {
    enqueue(503, ERROR_JSON, "Retry-After", "0");
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isInstanceOf(InternalServerException.class);
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReadAnswered408IsStillRepeatedByOkHttp() throws Exception {
    enqueue(408, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    run(Operation.RETRIEVE, retrieve());

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateIsRetriedOnA429() throws Exception {
    enqueue(429, ERROR_JSON, "retry-after-ms", "20");
    enqueue(200, VIDEO_JSON);

    assertThat(run(Operation.CREATE, create()).body().id()).isEqualTo("video_123");
    assertThat(requests()).hasSize(2);
    assertThat(sleeps).containsExactly(20L);
  }

  @Test
  void aCreateGivesUpOnRateLimitsWithoutSayingAJobMayExist() {
    for (int i = 0; i < 3; i++) {
      enqueue(429, ERROR_JSON);
    }

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isInstanceOf(RateLimitException.class);
    assertThat(failure.jobMayExist()).isFalse();
    assertThat(failure.getMessage()).doesNotContain("job may exist");
  }

  @Test
  void aCreateIsRetriedOnAServerErrorWhenTheServerSaysItIsSafe() throws Exception {
    enqueue(500, ERROR_JSON, "x-should-retry", "true");
    enqueue(200, VIDEO_JSON);

    run(Operation.CREATE, create());

    assertThat(requests()).hasSize(2);
  }

  @Test
  void aCreateIsRetriedWhenTheConnectionIsRefused() throws IOException {
    use(HttpUrl.get("http://127.0.0.1:" + closedPort() + "/v1/"), Duration.ofSeconds(5), true);

    VideosException failure = failure(Operation.CREATE, create());

    assertThat(failure).isExactlyInstanceOf(ConnectionException.class);
    assertThat(failure.jobMayExist()).isFalse();
    assertThat(failure.idempotencyKey()).isPresent();
    assertThat(sleeps).containsExactly(500L, 1_000L);
  }

  /** A create whose body is a stream: OkHttp and the executor may send it only once. */
  private CallFactory<Video> streamUpload() {
    return recorded(headers -> api.createVideo(headers, new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeAll(Okio.source(new ByteArrayInputStream("{\"prompt\":\"a cat\"}".getBytes("UTF-8"))));
      }
    }));
  }

  @Test
  void aStreamUploadIsNotSentTwice() throws Exception {
    enqueue(429, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, streamUpload());

    assertThat(failure).isInstanceOf(RateLimitException.class);
    assertThat(failure.getMessage()).contains("Not retried: the request body is a stream");
    assertThat(requests()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
      "CREATE, '{\"object\":\"video\",\"status\":\"queued\"}'",
      "REMIX, '{\"id\":\" \",\"object\":\"video\",\"status\":\"queued\"}'",
      "EXTEND, '{\"id\":null,\"object\":\"video\",\"status\":\"queued\"}'"})
  void aJobStartedWithoutAnIdIsMalformedAndProbablyStarted(Operation operation, String body) throws Exception {
    enqueueOffContract("a job without a usable id (nor the other required keys)", 200, body, "x-request-id", "req_noid");

    VideosException failure = failure(operation, create());

    assertThat(failure).isInstanceOf(MalformedResponseException.class);
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(((MalformedResponseException) failure).requestId()).hasValue("req_noid");
    String key = requests().get(0).getHeaders().get("Idempotency-Key");
    assertThat(failure.idempotencyKey()).hasValue(key);
    assertThat(failure.getMessage())
        .startsWith(operation.methodName() + ": the 200 response has no job id (request id req_noid)")
        .contains("job was probably started", key);
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void aCharacterAndAReadMayComeWithoutAnId() {
    enqueue(200, "{\"id\":null,\"name\":\"Mochi\",\"created_at\":1}");
    enqueueOffContract("a job without its required id", 200, "{\"object\":\"video\",\"model\":\"sora-2\","
        + "\"status\":\"queued\",\"progress\":0,\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"4\"}");
    RequestBody character = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("name", "Mochi")
        .addFormDataPart("video", "mochi.mp4", RequestBody.create(new byte[] {0, 0, 0, 24}, MediaType.get("video/mp4")))
        .build();

    run(Operation.CREATE_CHARACTER, recorded(headers -> api.createVideoCharacter(headers, character)));
    run(Operation.RETRIEVE, retrieve());
  }

  // ---- opting in to retrying ambiguous failures -------------------------------------------

  @Test
  void anOptedInCreateIsRetriedAfterAServerErrorAndATimeoutWithTheSameKey() throws Exception {
    use(server.url("/v1/"), Duration.ofMillis(100), true);
    enqueue(500, ERROR_JSON);
    enqueueOffContract("a server that hangs before answering", stall());
    enqueue(200, VIDEO_JSON);

    RawResponse<Video> response = run(Operation.CREATE,
        RequestOptions.builder().retryAmbiguousFailures(true).build(), create());

    assertThat(response.body().id()).isEqualTo("video_123");
    List<RecordedRequest> requests = requests();
    assertThat(requests).hasSize(3);
    String key = requests.get(0).getHeaders().get("Idempotency-Key");
    assertThat(requests).allSatisfy(request -> assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(key));
    assertThat(sleeps).containsExactly(500L, 1_000L);
  }

  @Test
  void anOptedInCreateThatGivesUpAfterAnAmbiguousFailureSaysAJobMayExist() {
    enqueue(503, ERROR_JSON);
    enqueue(429, ERROR_JSON);
    enqueue(429, ERROR_JSON);

    VideosException failure = failure(Operation.CREATE, RequestOptions.builder().retryAmbiguousFailures(true).build(),
        create());

    assertThat(failure).as("the last answer refused, but the first may have started the job")
        .isInstanceOf(RateLimitException.class);
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(failure.getMessage()).contains("a job may exist");
  }

  @Test
  void anOptedInStreamUploadIsStillSentOnce() throws Exception {
    enqueue(500, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    VideosException failure = failure(Operation.CREATE, RequestOptions.builder().retryAmbiguousFailures(true).build(),
        streamUpload());

    assertThat(failure).isInstanceOf(InternalServerException.class);
    assertThat(failure.getMessage()).contains("Not retried: the request body is a stream");
    assertThat(failure.jobMayExist()).isTrue();
    assertThat(requests()).hasSize(1);
  }

  // ---- timeouts ---------------------------------------------------------------------------

  @Test
  void theCallTimeoutIsTheClientsOrTheCallsAndDownloadsHaveNone() {
    enqueue(200, VIDEO_JSON);
    enqueue(200, VIDEO_JSON);
    server.enqueue(mp4("mp4"));
    server.enqueue(mp4("mp4"));
    CallFactory<ResponseBody> download = recorded(headers -> api.retrieveVideoContent(headers, "video_123", null));

    run(Operation.RETRIEVE, retrieve());
    run(Operation.RETRIEVE, RequestOptions.builder().timeout(Duration.ofSeconds(7)).build(), retrieve());
    run(Operation.DOWNLOAD_CONTENT, download).body().close();
    run(Operation.DOWNLOAD_CONTENT, RequestOptions.builder().timeout(Duration.ofHours(1)).build(), download).body().close();

    assertThat(calls.get(0).timeout().timeoutNanos()).isEqualTo(TimeUnit.MINUTES.toNanos(10));
    assertThat(calls.get(1).timeout().timeoutNanos()).isEqualTo(TimeUnit.SECONDS.toNanos(7));
    assertThat(calls.get(2).timeout().timeoutNanos()).isZero();
    assertThat(calls.get(3).timeout().timeoutNanos()).isEqualTo(TimeUnit.HOURS.toNanos(1));
  }

  @Test
  void aDownloadClearsACallTimeoutSetOnTheCallersOkHttpClient() {
    // the caller's client with a call timeout, given the credentials as VideosClient would add them
    api = new Retrofit.Builder().baseUrl(server.url("/v1/"))
        .client(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).addInterceptor(new HeadersInterceptor(config))
            .build())
        .addConverterFactory(MoshiConverterFactory.create(moshi)).build().create(VideosApi.class);
    server.enqueue(mp4("mp4"));

    run(Operation.DOWNLOAD_CONTENT, recorded(headers -> api.retrieveVideoContent(headers, "video_123", null))).body().close();

    assertThat(calls.get(0).timeout().timeoutNanos()).isZero();
  }

  @Test
  void aWholeCallTimeoutIsATimeout() {
    enqueueOffContract("a server that hangs before answering", stall());

    VideosException failure = failure(Operation.RETRIEVE,
        RequestOptions.builder().timeout(Duration.ofMillis(150)).maxRetries(0).build(), retrieve());

    assertThat(failure).isInstanceOf(VideosTimeoutException.class);
  }

  @Test
  void aBoundedCallCutsItsTimeoutToTheTimeLeftAndMakesNoRetryThatWouldNotFit() {
    enqueue(503, ERROR_JSON, "retry-after-ms", "10");
    enqueue(503, ERROR_JSON, "retry-after-ms", "5000");
    enqueue(200, VIDEO_JSON);

    Throwable failure = catchThrowable(() ->
        executor.execute(Operation.RETRIEVE, RequestOptions.defaults(), retrieve(), TimeUnit.SECONDS.toNanos(2)));

    assertThat(failure).isInstanceOf(InternalServerException.class)
        .hasMessageContaining("Not retried: the time left for the call is shorter than the pause before a retry");
    thrown.add(failure);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(10L);
    assertThat(calls.get(0).timeout().timeoutNanos())
        .isLessThanOrEqualTo(TimeUnit.SECONDS.toNanos(2))
        .isGreaterThan(TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void aBoundedCallEndsWhenItsTimeIsUp() {
    enqueueOffContract("a server that hangs before answering", stall());
    enqueueOffContract("a server that hangs before answering", stall());
    long start = System.nanoTime();

    Throwable failure = catchThrowable(() ->
        executor.execute(Operation.RETRIEVE, RequestOptions.defaults(), retrieve(), TimeUnit.MILLISECONDS.toNanos(200)));

    assertThat(failure).isInstanceOf(VideosTimeoutException.class);
    thrown.add(failure);
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
    assertThat(server.getRequestCount()).as("no time left for a retry").isEqualTo(1);
  }

  @Test
  void onlyTheStartOfAnEndlessErrorBodyIsRead() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    // 70 KB arrive at once, then the body stalls: reading it whole would last until a timeout.
    enqueueOffContract("an endless plain-text 502", new MockResponse.Builder().code(502)
        .setHeader("Content-Type", "text/plain").body(new StallingBody(70 * 1024, release)).build());
    long start = System.nanoTime();
    try {
      VideosException failure = failure(Operation.RETRIEVE,
          RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(4)).build(), retrieve());

      assertThat(failure).isInstanceOf(InternalServerException.class);
      assertThat(((ApiException) failure).bodySnippet()).hasValueSatisfying(snippet -> assertThat(snippet).startsWith("xxx"));
      assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
    } finally {
      release.countDown();
    }
  }

  // ---- interruption -----------------------------------------------------------------------

  @Test
  void anInterruptDuringTheBackoffStopsTheCall() throws Exception {
    executor = new CallExecutor(config, moshi, scheduler, pending, new RetryPolicy(() -> 0.0, Clock.systemUTC()),
        nanos -> {
          throw new InterruptedException();
        });
    enqueue(503, ERROR_JSON);
    enqueue(200, VIDEO_JSON);

    try {
      VideosException failure = failure(Operation.RETRIEVE, retrieve());

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(failure.getMessage()).startsWith("retrieve: interrupted while waiting 500 ms to retry"
          + " (after attempt 1 of 3); the last attempt failed: retrieve: 503: Something went wrong");
      assertThat(failure.getCause()).isInstanceOf(InternalServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theRealSleeperWakesUpOnAnInterrupt() throws Exception {
    executor = new CallExecutor(config, moshi, scheduler, pending);
    enqueue(429, ERROR_JSON, "retry-after", "30");
    List<Object> outcome = new CopyOnWriteArrayList<>();
    Thread caller = new Thread(() -> {
      try {
        executor.execute(Operation.RETRIEVE, RequestOptions.defaults(), retrieve());
      } catch (VideosException e) {
        outcome.add(e);
        outcome.add(Thread.currentThread().isInterrupted());
      }
    });
    caller.start();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    Thread.sleep(100); // into the 30 s wait
    long interrupted = System.nanoTime();
    caller.interrupt();
    caller.join(5_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(System.nanoTime() - interrupted).isLessThan(TimeUnit.SECONDS.toNanos(2));
    assertThat(outcome).hasSize(2);
    thrown.add((Throwable) outcome.get(0));
    assertThat(((Throwable) outcome.get(0)).getMessage()).startsWith("retrieve: interrupted while waiting 30000 ms to retry");
    assertThat(outcome.get(1)).as("interrupt flag restored").isEqualTo(true);
  }

  // ---- asynchronous calls -----------------------------------------------------------------

  @Test
  void anAsyncCallRetriesOnTheScheduler() throws Exception {
    enqueue(500, ERROR_JSON, "retry-after-ms", "10");
    enqueue(429, ERROR_JSON, "retry-after-ms", "10");
    enqueue(200, VIDEO_JSON, "x-request-id", "req_async");

    RawResponse<Video> response = executor.executeAsync(Operation.RETRIEVE, RequestOptions.defaults(), retrieve())
        .get(5, TimeUnit.SECONDS);

    assertThat(response.requestId()).hasValue("req_async");
    assertThat(requests()).hasSize(3);
    assertThat(sleeps).as("no thread slept").isEmpty();
  }

  @Test
  void anAsyncCreateKeepsItsKeyAndFailsWithTheSameException() throws Exception {
    enqueue(429, ERROR_JSON, "retry-after-ms", "10");
    enqueue(500, ERROR_JSON);

    CompletableFuture<RawResponse<Video>> future = executor.executeAsync(Operation.CREATE, RequestOptions.defaults(), create());
    Throwable failure = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));

    assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(InternalServerException.class);
    thrown.add(failure.getCause());
    VideosException cause = (VideosException) failure.getCause();
    List<RecordedRequest> requests = requests();
    assertThat(requests).hasSize(2);
    String key = requests.get(0).getHeaders().get("Idempotency-Key");
    assertThat(requests.get(1).getHeaders().get("Idempotency-Key")).isEqualTo(key);
    assertThat(cause.jobMayExist()).isTrue();
    assertThat(cause.getMessage()).contains(key);
  }

  @Test
  void cancellingAnAsyncCallCancelsTheCallInFlight() throws Exception {
    enqueueOffContract("a server that hangs before answering", stall());

    CompletableFuture<RawResponse<Video>> future = executor.executeAsync(Operation.RETRIEVE, RequestOptions.defaults(), retrieve());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    future.cancel(true);

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).isCanceled()).isTrue();
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    Thread.sleep(100);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingAnAsyncCallStopsAPendingRetry() throws Exception {
    enqueue(503, ERROR_JSON, "retry-after-ms", "300");
    enqueue(200, VIDEO_JSON);

    CompletableFuture<RawResponse<Video>> future = executor.executeAsync(Operation.RETRIEVE, RequestOptions.defaults(), retrieve());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getQueue().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(scheduler.getQueue()).as("a retry is pending").hasSize(1);
    future.cancel(true);

    Thread.sleep(500);
    assertThat(server.getRequestCount()).as("the retry never ran").isEqualTo(1);
    assertThat(calls).hasSize(1);
  }

  @Test
  void anAsyncCallFailsCleanlyWhenTheSchedulerIsShutDown() {
    enqueue(503, ERROR_JSON);
    scheduler.shutdown();

    Throwable failure = catchThrowable(() -> executor.executeAsync(Operation.RETRIEVE, RequestOptions.defaults(), retrieve())
        .get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isExactlyInstanceOf(VideosException.class)
        .hasMessageStartingWith("retrieve: not retried, the client is closed; the last attempt failed: retrieve: 503");
    thrown.add(failure.getCause());
  }

  @Test
  void anAsyncConnectionFailureIsMappedLikeABlockingOne() throws Exception {
    use(HttpUrl.get("http://127.0.0.1:" + closedPort() + "/v1/"), Duration.ofSeconds(5), true);

    Throwable failure = catchThrowable(() -> executor.executeAsync(Operation.CREATE, noRetries(), create())
        .get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isExactlyInstanceOf(ConnectionException.class);
    thrown.add(failure.getCause());
  }

  @Test
  void aCallTheShutDownHttpClientRejectsIsReportedAsNotSent() {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new HeadersInterceptor(config))
        .addInterceptor(new NoReplayInterceptor()).build();
    http.dispatcher().executorService().shutdown();
    useHttpClient(http);

    Throwable failure = catchThrowable(() -> executor.executeAsync(Operation.CREATE, RequestOptions.defaults(), create())
        .get(5, TimeUnit.SECONDS));

    assertThat(failure.getCause()).isExactlyInstanceOf(ConnectionException.class)
        .hasMessageStartingWith("create: the HTTP client is shut down")
        .hasMessageContaining("the request was not sent");
    VideosException cause = (VideosException) failure.getCause();
    thrown.add(cause);
    assertThat(cause.jobMayExist()).isFalse();
    assertThat(calls).as("not retried").hasSize(1);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closingFailsAPendingCallAndRefusesNewOnesAsNotSent() throws Exception {
    enqueue(503, ERROR_JSON, "retry-after-ms", "60000");
    CompletableFuture<RawResponse<Video>> waiting = executor.executeAsync(Operation.RETRIEVE, RequestOptions.defaults(),
        retrieve());
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (scheduler.getQueue().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }

    pending.close();

    Throwable closed = catchThrowable(() -> waiting.get(1, TimeUnit.SECONDS));
    assertThat(closed).isInstanceOf(ExecutionException.class);
    assertThat(closed.getCause()).isExactlyInstanceOf(VideosException.class)
        .hasMessage("retrieve: client closed before the call finished");
    Throwable refusedAsync = catchThrowable(() -> executor.executeAsync(Operation.CREATE, RequestOptions.defaults(), create())
        .get(1, TimeUnit.SECONDS)).getCause();
    VideosException refused = failure(Operation.CREATE, create());
    for (Throwable failure : Arrays.asList(refusedAsync, refused)) {
      assertThat(failure).isExactlyInstanceOf(VideosException.class).hasMessage("create: client closed; the request was not sent");
      assertThat(((VideosException) failure).jobMayExist()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closingWhileACreateAwaitsItsAnswerSaysAJobMayExist() throws Exception {
    enqueueOffContract("a server that hangs before answering", stall());
    CompletableFuture<RawResponse<Video>> future = executor.executeAsync(Operation.CREATE, RequestOptions.defaults(),
        create());
    String key = server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Idempotency-Key");

    pending.close();

    Throwable failure = catchThrowable(() -> future.get(1, TimeUnit.SECONDS)).getCause();
    assertThat(failure).isExactlyInstanceOf(VideosException.class)
        .hasMessageStartingWith("create: client closed before the call finished")
        .hasMessageContaining("a job may exist")
        .hasMessageContaining(key);
    assertThat(((VideosException) failure).jobMayExist()).isTrue();
    assertThat(calls.get(0).isCanceled()).isTrue();
  }

  // ---- the API key ------------------------------------------------------------------------

  @Test
  void theApiKeyNeverReachesAMessageEvenWhenTheServerEchoesIt() {
    enqueue(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + "\",\"type\":\"invalid_request_error\","
        + "\"code\":\"invalid_api_key\"}}");
    enqueueOffContract("a proxy's HTML 502", 502, "<html><body>Bad gateway for Authorization: Bearer " + API_KEY
        + "</body></html>");
    enqueueOffContract("malformed JSON", 200, "{\"id\": \"" + API_KEY);

    VideosException unauthorized = failure(Operation.RETRIEVE, noRetries(), retrieve());
    VideosException badGateway = failure(Operation.RETRIEVE, noRetries(), retrieve());
    failure(Operation.RETRIEVE, noRetries(), retrieve());

    assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
    assertThat(unauthorized.getMessage()).contains("Incorrect API key provided: ***");
    assertThat(badGateway.getMessage()).contains("Bearer ***");
    assertThat(thrown).hasSize(3); // and stop() checks that none of them mentions the key
  }
}
