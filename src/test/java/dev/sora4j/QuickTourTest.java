package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sora4j.contract.WireContract;
import dev.sora4j.emulator.Fault;
import dev.sora4j.emulator.ServerProfile;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoStatus;
import dev.sora4j.model.VideoWebhookEvent;
import dev.sora4j.model.VideoWebhookEventType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick tour, compiled and run against a small fake of the provider. Each block
 * between the {@code // README} markers (here and in the users' project {@code src/it/junit-tests}) stands
 * verbatim in README.md, which {@link #everyJavaBlockOfTheReadmeIsInThisFile()} checks.
 */
class QuickTourTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeProvider provider = new FakeProvider();
  /** The fake provider's traffic, both ways, against openapi/videos.yaml. */
  @RegisterExtension
  final WireContract contract = new WireContract();
  private VideosClient client;

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(contract.checking(provider));
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = VideosClient.builder().apiKey("sk-test").baseUrl(server.url("/v1").toString()).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
    Files.deleteIfExists(Paths.get("cat.mp4"));
  }

  @Test
  void createWaitAndDownload() throws IOException {
    // README: create
    Video video = client.videos().createAndPoll(
        VideoCreateRequest.builder()
            .prompt("A calico cat playing a piano on stage")
            .seconds(VideoSeconds.SECONDS_8)
            .build(),
        PollOptions.builder()
            .progressListener(v -> System.out.println(v.status() + " " + v.progress() + "%"))
            .build());
    if (video.status() == VideoStatus.COMPLETED) {
      client.videos().downloadContent(video.id(), VideoContentVariant.VIDEO, Paths.get("cat.mp4"));
    } else {
      System.out.println("failed: " + video.error().map(e -> e.message()).orElse("unknown"));
    }
    // README: end

    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(new String(Files.readAllBytes(Paths.get("cat.mp4")), StandardCharsets.US_ASCII)).isEqualTo(FakeProvider.MP4);
    assertThat(provider.created.get(0)).contains("\"seconds\":\"8\"");
  }

  @Test
  void everyKindOfInputReference(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path image = Files.write(dir.resolve("first-frame.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    byte[] pngBytes = {(byte) 0x89, 'P', 'N', 'G'};
    java.io.InputStream stream = new ByteArrayInputStream(pngBytes);
    // README: input references
    InputReference fromFile = InputReference.ofFile(image);                  // uploaded, streamed from disk
    InputReference fromBytes = InputReference.ofBytes(pngBytes, "frame.png", "image/png");
    InputReference fromStream = InputReference.ofStream(stream, "frame.png", "image/png"); // read once
    InputReference byFileId = InputReference.ofFileId("file-123");           // a file uploaded before
    InputReference byUrl = InputReference.ofImageUrl("https://example.com/frame.png");

    Video video = client.videos().create(VideoCreateRequest.builder()
        .prompt("The cat takes a bow")
        .inputReference(fromFile)
        .build());
    // README: end

    for (InputReference reference : new InputReference[] {fromBytes, fromStream, byFileId, byUrl}) {
      client.videos().create(VideoCreateRequest.builder().prompt("The cat takes a bow").inputReference(reference).build());
    }
    assertThat(video.id()).startsWith("video_");
    assertThat(provider.contentTypes).hasSize(5);
    assertThat(provider.contentTypes.subList(0, 3)).allMatch(type -> type.startsWith("multipart/form-data"));
    assertThat(provider.contentTypes.subList(3, 5)).allMatch(type -> type.startsWith("application/json"));
    assertThat(provider.created.get(3)).contains("\"input_reference\":{\"file_id\":\"file-123\"}");
  }

  @Test
  void listEverything() {
    client.videos().create(VideoCreateRequest.builder().prompt("one").build());
    client.videos().create(VideoCreateRequest.builder().prompt("two").build());
    List<String> ids = new ArrayList<>();
    // README: list
    for (Video video : client.videos().listAll(VideoListRequest.builder().order(VideoListOrder.DESC).build())) {
      ids.add(video.id());
    }
    // README: end

    assertThat(ids).containsExactly("video_2", "video_1");
  }

  @Test
  void handleErrors() {
    VideoCreateRequest request = VideoCreateRequest.builder().prompt("[reject] a cat").build();
    AtomicInteger rejected = new AtomicInteger();
    // README: errors
    try {
      client.videos().create(request);
    } catch (BadRequestException e) {            // 400: e.param() names the field
      System.out.println(e.getMessage() + " " + e.param().orElse("") + " " + e.requestId().orElse(""));
      rejected.incrementAndGet();
    } catch (VideosException e) {
      if (e.jobMayExist()) {                      // sent, but no answer: do not just try again
        System.out.println("a job may exist; look for it with listAll(...) before retrying");
      }
      throw e;
    }
    // README: end

    assertThat(rejected).hasValue(1);
  }

  @Test
  void waitWithoutBlocking() {
    // README: async
    CompletableFuture<Video> done = client.videos().createAndPollAsync(
        VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage").build(),
        PollOptions.defaults());
    done.thenAccept(video -> System.out.println(video.id() + " " + video.status()));
    // README: end

    assertThat(done.join().status()).isEqualTo(VideoStatus.COMPLETED);
  }

  @Test
  void configurations() {
    String azureKey = "azure-key";
    String liteLlmKey = "sk-litellm";
    boolean keyInEnvironment = System.getenv("OPENAI_API_KEY") != null;
    try {
      // README: configuration
      VideosClient azure = VideosClient.builder()     // Azure AI Foundry
          .baseUrl("https://my-resource.openai.azure.com/openai/v1")
          .apiKey(azureKey)
          .authStyle(AuthStyle.API_KEY_HEADER)
          .build();

      VideosClient liteLlm = VideosClient.builder()   // a LiteLLM proxy in front of other models
          .baseUrl("http://localhost:4000/v1")
          .apiKey(liteLlmKey)
          .defaultModel(VideoModel.of("veo-3.1-generate-preview"))
          .build();

      VideosClient openAi = VideosClient.fromEnv();   // OPENAI_API_KEY, OPENAI_BASE_URL, ...
      // README: end

      assertThat(azure.baseUrl()).isEqualTo("https://my-resource.openai.azure.com/openai/v1/");
      assertThat(liteLlm.baseUrl()).isEqualTo("http://localhost:4000/v1/");
      assertThat(keyInEnvironment).isTrue();
      azure.close();
      liteLlm.close();
      openAi.close();
    } catch (IllegalStateException e) {
      assertThat(keyInEnvironment).isFalse();
      assertThat(e).hasMessageContaining("OPENAI_API_KEY");
    }
  }

  @Test
  void verifyingAWebhook() {
    String secret = "whsec_YS1zZWNyZXQtdG8tdHJ5LXdlYmhvb2tz";
    String body = "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1767225600,"
        + "\"type\":\"video.completed\",\"data\":{\"id\":\"video_1\"}}";
    Map<String, String> headers = Webhooks.builder().secret(secret).build()
        .signatureHeaders("wh_1", body.getBytes(StandardCharsets.UTF_8));
    int status;
    try (VideosClient client = VideosClient.builder().apiKey("sk-test").webhookSecret(secret).build()) {
      // README: webhooks
      try {
        VideoWebhookEvent event = client.webhooks().unwrap(body, headers);
        if (event.type().equals(VideoWebhookEventType.VIDEO_COMPLETED)) {
          System.out.println(event.data().id() + " is ready to download");
        }
        status = 200;
      } catch (WebhookVerificationException e) {  // not signed with your secret, changed on the way, or replayed
        System.out.println("refused: " + e.getMessage());
        status = 400;
      }
      // README: end
      assertThat(status).isEqualTo(200);
      String tampered = body.replace("video_1", "video_2");
      assertThat(catchThrowable(() -> client.webhooks().unwrap(tampered, headers)))
          .isInstanceOf(WebhookVerificationException.class);
    }
  }

  @Test
  void testingAgainstTheEmulator() {
    // README: emulator
    try (VideosEmulator emulator = VideosEmulator.builder()
            .speedFactor(10)          // a job takes 0.3 s instead of 3 s
            .failureRate(0.1)         // or put [fail] or [fail:CODE] in a prompt
            .requiredApiKey("sk-test")
            .start();
         VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-test").build()) {
      Video video = client.videos().createAndPoll(   // your code under test, given the client
          VideoCreateRequest.builder().prompt("a cat").build(), PollOptions.defaults());
    }
    // README: end
  }

  @Test
  void runningAFileOfPrompts(@TempDir Path dir) throws IOException {
    Path prompts = Files.write(dir.resolve("prompts.jsonl"), Arrays.asList(
        "{\"prompt\": \"A calico cat playing a piano on stage\", \"custom_id\": \"cat-piano\"}",
        "{\"prompt\": \"The cat takes a bow\", \"seconds\": \"8\"}"));
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(50).start();
         VideosClient client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-test").build()) {
      Path videos = dir.resolve("videos");
      // README: bulk
      BulkSummary summary = BulkRunner.builder(client)
          .outputDir(videos)        // videos/cat-piano.mp4, videos/2.mp4, and the run's journal
          .concurrency(16)          // jobs in flight at once
          .build()
          .run(prompts);            // run it again after a crash: it resumes, and bills no job twice
      System.out.println(summary.completed() + " completed, " + summary.failed() + " failed");
      // README: end
      assertThat(summary.allCompleted()).isTrue();
      assertThat(videos.resolve("cat-piano.mp4")).isRegularFile();
      assertThat(videos.resolve("2.mp4")).isRegularFile();
    }
  }

  @Test
  void profilesAndFaults() {
    // README: profiles and faults
    try (VideosEmulator azure = VideosEmulator.builder()
            .profile(ServerProfile.AZURE)                               // /openai/v1, api-key, deployments
            .fault(Fault.rateLimited(Duration.ofSeconds(1)).forNext(1)) // one 429 with retry-after: 1 first
            .speedFactor(10)
            .start();
         VideosClient client = VideosClient.builder()
             .baseUrl(azure.baseUrl())
             .apiKey("azure-key")
             .authStyle(AuthStyle.API_KEY_HEADER)
             .defaultQuery("api-version", "preview")
             .build()) {
      Video video = client.videos().createAndPoll(
          VideoCreateRequest.builder().prompt("a cat").build(), PollOptions.defaults());
    }
    // README: end
  }

  /** The sources whose marked blocks stand in the README, each with its own package and imports. */
  private static final List<String> TOUR_SOURCES = Arrays.asList(
      "src/test/java/dev/sora4j/QuickTourTest.java",
      "src/it/junit-tests/src/test/java/example/MyVideoServiceTest.java");

  /**
   * What a reader must add to compile an import, by the import's package: the README has to name
   * each. An import from a package not listed here fails the test until the README names its
   * dependency and the package is added.
   */
  private static final Map<String, String> DEPENDENCY_OF_PACKAGE = new java.util.LinkedHashMap<>();

  static {
    DEPENDENCY_OF_PACKAGE.put("dev.sora4j.emulator.", ":emulator");
    DEPENDENCY_OF_PACKAGE.put("dev.sora4j.", "dev.sora4j:sora4j");
    DEPENDENCY_OF_PACKAGE.put("org.junit.jupiter.", "org.junit.jupiter:junit-jupiter");
    DEPENDENCY_OF_PACKAGE.put("org.assertj.", "org.assertj:assertj-core");
    DEPENDENCY_OF_PACKAGE.put("java.", "");
  }

  @Test
  void everyJavaBlockOfTheReadmeIsInThisFile() throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    // each marked block, normalized, with the imports its code needs in the file it stands in
    Map<String, Set<String>> tourBlocks = new LinkedHashMap<>();
    for (String file : TOUR_SOURCES) {
      String source = new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8);
      Matcher marked = Pattern.compile("// README: [a-z ]+\n(.*?)\n\\s*// README: end", Pattern.DOTALL).matcher(source);
      while (marked.find()) {
        tourBlocks.put(normalize(marked.group(1)), importsNeeded(source, marked.group(1)));
      }
    }
    Matcher fenced = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int blocks = 0;
    while (fenced.find()) {
      blocks++;
      Set<String> shown = new java.util.TreeSet<>();
      StringBuilder code = new StringBuilder();
      for (String line : fenced.group(1).split("\n")) {
        if (line.startsWith("import ")) {
          shown.add(line.trim());
        } else {
          code.append(line).append('\n');
        }
      }
      String block = normalize(code.toString());
      assertThat(tourBlocks.keySet()).as("README block %d is a marked block of QuickTourTest", blocks).contains(block);
      assertThat(shown).as("README block %d shows the imports its code needs", blocks)
          .isEqualTo(tourBlocks.get(block));
      for (String imported : shown) {
        assertThat(readme).as("README names the dependency of " + imported).contains(dependencyOf(imported));
      }
    }
    assertThat(blocks).isEqualTo(tourBlocks.size());
  }

  /**
   * The import lines a block needs: those of its file that name a type or static member the block
   * uses, plus the types of the file's own package (which the file needs no import for).
   */
  private static Set<String> importsNeeded(String source, String block) {
    Set<String> names = new HashSet<>();
    Matcher identifier = Pattern.compile("[A-Za-z_]\\w*").matcher(
        block.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", ""));
    while (identifier.find()) {
      names.add(identifier.group());
    }
    Set<String> needed = new java.util.TreeSet<>();
    Set<String> covered = new HashSet<>();
    Matcher imports = Pattern.compile("(?m)^import (static )?([\\w.]+)\\.(\\w+);").matcher(source);
    while (imports.find()) {
      if (names.contains(imports.group(3))) {
        needed.add(imports.group(0));
        covered.add(imports.group(3));
      }
    }
    Matcher packageLine = Pattern.compile("(?m)^package ([\\w.]+);").matcher(source);
    String ownPackage = packageLine.find() ? packageLine.group(1) : "";
    for (String name : names) {
      if (!covered.contains(name) && Character.isUpperCase(name.charAt(0)) && isType(ownPackage + "." + name)) {
        needed.add("import " + ownPackage + "." + name + ";");
      }
    }
    return needed;
  }

  private static boolean isType(String name) {
    try {
      Class.forName(name, false, QuickTourTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String dependencyOf(String importLine) {
    String imported = importLine.replaceFirst("^import (static )?", "");
    for (Map.Entry<String, String> dependency : DEPENDENCY_OF_PACKAGE.entrySet()) {
      if (imported.startsWith(dependency.getKey())) {
        return dependency.getValue();
      }
    }
    throw new AssertionError(importLine + ": no dependency known for it; name it in the README and here");
  }

  /** Indentation differs between the README and the test; the code must not. */
  private static String normalize(String code) {
    StringBuilder out = new StringBuilder();
    for (String line : code.split("\n")) {
      if (!line.trim().isEmpty()) {
        out.append(line.trim()).append('\n');
      }
    }
    return out.toString();
  }

  /** Just enough of the provider: jobs finish on their second read; a prompt with [reject] is a 400. */
  static final class FakeProvider extends Dispatcher {
    static final String MP4 = "....ftypisom-not-really-a-movie";
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    final List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> contentTypes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (request.getMethod().equals("POST") && path.equals("/v1/videos")) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        if (body.contains("[reject]")) {
          return json(400, "{\"error\":{\"message\":\"Your prompt was rejected.\",\"type\":\"invalid_request_error\","
              + "\"param\":\"prompt\",\"code\":\"moderation_blocked\"}}");
        }
        created.add(body);
        contentTypes.add(request.getHeaders().get("Content-Type"));
        String id = "video_" + ids.incrementAndGet();
        reads.put(id, new AtomicInteger());
        return json(200, video(id, "queued", 0));
      }
      if (request.getMethod().equals("GET") && path.equals("/v1/videos")) {
        StringBuilder data = new StringBuilder();
        for (int i = ids.get(); i >= 1; i--) {
          data.append(data.length() == 0 ? "" : ",").append(video("video_" + i, "completed", 100));
        }
        return json(200, "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":null,\"last_id\":null,\"has_more\":false}");
      }
      Matcher content = Pattern.compile("/v1/videos/(video_\\d+)/content").matcher(path);
      if (content.matches()) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4").body(MP4).build();
      }
      Matcher get = Pattern.compile("/v1/videos/(video_\\d+)").matcher(path);
      if (get.matches() && reads.containsKey(get.group(1))) {
        boolean done = reads.get(get.group(1)).incrementAndGet() >= 2;
        return json(200, video(get.group(1), done ? "completed" : "in_progress", done ? 100 : 50))
            .newBuilder().setHeader("openai-poll-after-ms", "10").build();
      }
      return json(404, "{\"error\":{\"message\":\"No such video.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
    }

    private static String video(String id, String status, int progress) {
      return "{\"id\":\"" + id + "\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"" + status + "\",\"progress\":"
          + progress + ",\"created_at\":1712697600,\"size\":\"720x1280\",\"seconds\":\"8\"}";
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
          .setHeader("x-request-id", "req_" + body.length()).body(body).build();
    }
  }
}
