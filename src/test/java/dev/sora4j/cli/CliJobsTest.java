package dev.sora4j.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulator;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end, in process, against emulators: the tool's own ({@code --emulator})
 * and one started here ({@code --base-url}), whose jobs take 150 ms.
 */
@Timeout(60)
class CliJobsTest {
  private static final String KEY = "sk-test-cli-0123456789";
  private static final Pattern PROGRESS_LINE = Pattern.compile("(video_\\w+) (queued|in_progress|completed|failed) (\\d+)%");

  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Video> VIDEO_JSON = MOSHI.adapter(Video.class);
  private static final Type MAP_TYPE = Types.newParameterizedType(Map.class, String.class, Object.class);
  private static final JsonAdapter<Map<String, Object>> MAP_JSON = MOSHI.adapter(MAP_TYPE);

  private static VideosEmulator emulator;
  private static VideosClient client;

  @TempDir
  Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = VideosEmulator.builder().speedFactor(20).requiredApiKey(KEY).start();
    client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(KEY).build();
  }

  @AfterAll
  static void stopEmulator() {
    client.close();
    emulator.close();
  }

  /** Runs a command against the shared emulator, with the key from the command line. */
  private static CliRun cli(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList("--base-url", emulator.baseUrl(), "--api-key", KEY));
    all.addAll(Arrays.asList(args));
    return CliRun.run(all.toArray(new String[0]));
  }

  private static Video completedVideo(String prompt) {
    Video video = client.videos().createAndPoll(VideoCreateRequest.builder().prompt(prompt).build(), PollOptions.defaults());
    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
    return video;
  }

  private static void assertMp4(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes.length).isGreaterThan(8);
    assertThat(new String(bytes, 4, 4, US_ASCII)).as("an MP4 starts with an ftyp box").isEqualTo("ftyp");
  }

  @Test
  void createWithTheEmbeddedEmulatorWaitsAndSavesAnMp4() throws IOException {
    Path target = dir.resolve("cat.mp4");

    CliRun run = CliRun.run("create", "--emulator", "--emulator-speed", "20",
        "--prompt", "A calico cat playing a piano on stage", "--wait", "--output", target.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertMp4(target);
    assertThat(run.err).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines.get(lines.size() - 1)).matches("saved " + Pattern.quote(target.toString()) + " \\(\\d+(\\.\\d)? kB\\)");
    assertThat(lines.get(lines.size() - 2)).matches("video_\\w+ completed 100%");
  }

  @Test
  void waitingPrintsOnePlainLinePerChangeWhenStdoutIsNoTerminal() {
    VideosEmulator slow = VideosEmulator.builder().speedFactor(3).start(); // a one-second job, polled every 100 ms
    try {
      CliRun run = CliRun.run("create", "--base-url", slow.baseUrl(), "--api-key", KEY, "--prompt", "A slow cat", "--wait");

      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).doesNotContain("\r").doesNotContain("\u001b");
      List<Integer> percentages = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (String line : run.outLines()) {
        Matcher matcher = PROGRESS_LINE.matcher(line);
        if (matcher.matches()) {
          ids.add(matcher.group(1));
          percentages.add(Integer.parseInt(matcher.group(3)));
        }
      }
      assertThat(ids).hasSize(1);
      assertThat(percentages).as(run.toString()).hasSizeGreaterThan(2).isSorted().doesNotHaveDuplicates();
      assertThat(percentages.get(percentages.size() - 1)).isEqualTo(100);
      // then the final job
      assertThat(run.out).contains("status       completed (100%)").contains("prompt       A slow cat");
    } finally {
      slow.close();
    }
  }

  @Test
  void onATerminalTheProgressIsALiveBar() {
    CliRun run = CliRun.run(java.util.Collections.singletonMap("COLUMNS", "100"), true,
        "create", "--base-url", emulator.baseUrl(), "--api-key", KEY, "--prompt", "A cat on a terminal", "--wait");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("\r").contains("100%").contains("completed").contains("status       completed");
    for (String line : run.out.split("[\r\n]+")) {
      assertThat(line.length()).as("drawn within the terminal's width: " + line).isLessThan(100);
    }
  }

  @Test
  void jsonPrintsTheContractsVideoObject() throws IOException {
    CliRun run = cli("--json", "create", "--prompt", "A cat in JSON", "--model", "sora-2-pro", "--seconds", "8",
        "--size", "1280x720");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.outLines()).hasSize(1);
    Video video = VIDEO_JSON.fromJson(run.out);
    assertThat(video.id()).startsWith("video_");
    assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(video.prompt()).hasValue("A cat in JSON");
    assertThat(video.model().value()).isEqualTo("sora-2-pro");
    assertThat(video.seconds().value()).isEqualTo("8");
    assertThat(video.size().value()).isEqualTo("1280x720");
    Map<String, Object> raw = MAP_JSON.fromJson(run.out);
    assertThat(raw).containsEntry("object", "video").containsKeys("completed_at", "expires_at", "error", "created_at");
  }

  @Test
  void jsonWithWaitPrintsOnlyTheFinalJobOnStdoutAndTheProgressOnStderr() throws IOException {
    Path target = dir.resolve("json.mp4");

    CliRun run = cli("create", "--json", "--prompt", "A cat, waited for", "--wait", "--output", target.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.outLines()).hasSize(1);
    Video video = VIDEO_JSON.fromJson(run.out);
    assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(video.progress()).isEqualTo(100);
    assertThat(run.err).contains(video.id() + " completed 100%").contains("saved " + target);
    assertMp4(target);
  }

  @Test
  void listAllFetchesEveryPage() throws IOException {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      created.add(client.videos().create(VideoCreateRequest.builder().prompt("list me " + i).build()).id());
    }

    CliRun json = cli("list", "--all", "--limit", "2", "--json");

    assertThat(json.exitCode).as(json.toString()).isZero();
    Set<String> listed = new HashSet<>();
    for (String line : json.outLines()) {
      listed.add(VIDEO_JSON.fromJson(line).id());
    }
    assertThat(listed).containsAll(created);
    assertThat(json.outLines()).hasSize(listed.size()); // one object per line, none twice

    CliRun table = cli("list", "--all", "--limit", "2", "--order", "asc");
    assertThat(table.exitCode).as(table.toString()).isZero();
    assertThat(table.outLines().get(0)).startsWith("ID").contains("STATUS").contains("PROMPT");
    assertThat(table.outLines()).hasSize(listed.size() + 1);
    for (String id : created) {
      assertThat(table.out).contains(id);
    }
  }

  @Test
  void listWithoutAllShowsOnePageAndHowToGetTheNext() {
    for (int i = 0; i < 3; i++) {
      client.videos().create(VideoCreateRequest.builder().prompt("page " + i).build());
    }

    CliRun run = cli("list", "--limit", "2");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.outLines()).hasSize(4); // header, two rows, the hint
    assertThat(run.outLines().get(3)).matches("more: sora4j list --limit 2 --after video_\\w+ --base-url "
        + Pattern.quote(emulator.baseUrl()) + " \\(or --all\\)");
  }

  @Test
  void theNextPageCommandKeepsTheOrderAndTheLimit() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(client.videos().create(VideoCreateRequest.builder().prompt("ordered " + i).build()).id());
    }
    List<String> everyId = new ArrayList<>();
    for (Video video : client.videos().listAll(VideoListRequest.builder().order(VideoListOrder.ASC).build())) {
      everyId.add(video.id());
    }

    CliRun first = cli("list", "--limit", "2", "--order", "asc");
    Matcher hint = Pattern.compile("more: (sora4j list .*) \\(or --all\\)").matcher(first.out);
    assertThat(hint.find()).as(first.toString()).isTrue();
    assertThat(hint.group(1)).startsWith("sora4j list --limit 2 --order asc --after ");

    List<String> next = new ArrayList<>(Arrays.asList(hint.group(1).split(" ")));
    next.addAll(Arrays.asList("--api-key", KEY)); // the hint names the server, never the key
    CliRun second = CliRun.run(next.subList(1, next.size()).toArray(new String[0]));
    assertThat(second.exitCode).as(second.toString()).isZero();
    assertThat(second.out).as("the hint lists the next page: the third and fourth oldest jobs")
        .contains(everyId.get(2)).doesNotContain(everyId.get(0)).doesNotContain(everyId.get(1));
    assertThat(everyId).containsAll(created);
  }

  @Test
  void theNextPageCommandKeepsTheServersQueryAndKeyHeaderButNotTheKey() {
    for (int i = 0; i < 2; i++) {
      client.videos().create(VideoCreateRequest.builder().prompt("gateway " + i).build());
    }

    CliRun run = cli("list", "--limit", "1", "--query", "api-version=preview", "--query", "note=two words");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).containsPattern("more: sora4j list --limit 1 --after video_\\w+ --base-url "
        + Pattern.quote(emulator.baseUrl()) + " --query api-version=preview --query 'note=two words' \\(or --all\\)")
        .doesNotContain(KEY);
  }

  @Test
  void getPrintsTheJob() {
    Video video = completedVideo("A cat to get");

    CliRun run = cli("get", video.id());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("id           " + video.id())
        .contains("status       completed (100%)")
        .contains("model        sora-2")
        .contains("prompt       A cat to get")
        .contains("created      20");
  }

  @Test
  void downloadSavesEachVariant() throws IOException {
    Video video = completedVideo("A cat to download");
    Path mp4 = dir.resolve("video.mp4");
    Path webp = dir.resolve("thumb.webp");

    CliRun videoRun = cli("download", video.id(), "--output", mp4.toString());
    CliRun thumbnailRun = cli("download", video.id(), "--variant", "thumbnail", "-o", webp.toString());
    CliRun stdoutRun = cli("download", video.id(), "-o", "-");

    assertThat(videoRun.exitCode).as(videoRun.toString()).isZero();
    assertThat(videoRun.out).startsWith("saved " + mp4 + " (");
    assertMp4(mp4);
    assertThat(thumbnailRun.exitCode).as(thumbnailRun.toString()).isZero();
    byte[] thumbnail = Files.readAllBytes(webp);
    assertThat(new String(thumbnail, 0, 4, US_ASCII)).isEqualTo("RIFF");
    assertThat(new String(thumbnail, 8, 4, US_ASCII)).isEqualTo("WEBP");
    assertThat(stdoutRun.exitCode).isZero();
    assertThat(stdoutRun.outBytes).isEqualTo(Files.readAllBytes(mp4));
  }

  @Test
  void remixEditAndExtendStartJobsFromAVideo() throws IOException {
    Video source = completedVideo("A cat on stage");
    Path upload = Files.write(dir.resolve("clip.mp4"), new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});

    CliRun remix = cli("--json", "remix", source.id(), "--prompt", "Now in the rain", "--wait");
    CliRun edit = cli("--json", "edit", "--video", source.id(), "--prompt", "Make it night");
    CliRun editUpload = cli("--json", "edit", "--video-file", upload.toString(), "--prompt", "Make it day");
    CliRun extend = cli("--json", "extend", "--video", source.id(), "--prompt", "The cat bows", "--seconds", "4", "--wait");

    for (CliRun run : Arrays.asList(remix, edit, editUpload, extend)) {
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.outLines()).as(run.toString()).hasSize(1);
    }
    Video remixed = VIDEO_JSON.fromJson(remix.out);
    assertThat(remixed.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(remixed.remixedFromVideoId()).hasValue(source.id());
    assertThat(VIDEO_JSON.fromJson(edit.out).prompt()).hasValue("Make it night");
    assertThat(VIDEO_JSON.fromJson(editUpload.out).prompt()).hasValue("Make it day");
    Video extended = VIDEO_JSON.fromJson(extend.out);
    assertThat(extended.status()).isEqualTo(VideoStatus.COMPLETED);
    assertThat(extended.seconds().value()).isEqualTo("8"); // the stitched total
  }

  @Test
  void waitPicksUpAJobStartedEarlier() throws IOException {
    CliRun created = cli("--json", "create", "--prompt", "A cat to wait for");
    String id = VIDEO_JSON.fromJson(created.out).id();
    Path target = dir.resolve("waited.mp4");

    CliRun run = cli("wait", id, "--output", target.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains(id + " completed 100%").contains("saved " + target);
    assertMp4(target);
  }

  @Test
  void aFailedJobExitsWithOneAndItsError() {
    CliRun run = cli("create", "--prompt", "A cat [fail:moderation_blocked]", "--wait");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.err).matches("(?s)error: video video_\\w+ failed: moderation_blocked: .+\\R");
    assertThat(run.err).doesNotContain("\tat ");

    CliRun json = cli("create", "--json", "--prompt", "A cat [fail]", "--wait");
    assertThat(json.exitCode).isEqualTo(1);
    assertThat(json.out).contains("\"status\":\"failed\"").contains("generation_failed");
    assertThat(json.err).contains("failed: generation_failed");
  }

  @Test
  void deleteRemovesTheJob() throws IOException {
    Video video = completedVideo("A cat to delete");

    CliRun human = cli("delete", video.id());
    CliRun again = cli("--json", "delete", video.id());

    assertThat(human.exitCode).as(human.toString()).isZero();
    assertThat(human.out.trim()).isEqualTo("deleted " + video.id());
    assertThat(again.exitCode).isEqualTo(1);
    assertThat(again.err).startsWith("error: 404 ");

    Video another = completedVideo("Another cat to delete");
    CliRun json = cli("--json", "delete", another.id());
    DeletedVideo deleted = MOSHI.adapter(DeletedVideo.class).fromJson(json.out);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.id()).isEqualTo(another.id());
  }

  @Test
  void charactersAreCreatedAndRead() throws IOException {
    Path clip = Files.write(dir.resolve("mochi.mp4"), new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p'});

    CliRun created = cli("--json", "character", "create", "--name", "Mochi", "--video", clip.toString());

    assertThat(created.exitCode).as(created.toString()).isZero();
    VideoCharacter character = MOSHI.adapter(VideoCharacter.class).fromJson(created.out);
    assertThat(character.name()).hasValue("Mochi");
    String id = character.id().orElseThrow(AssertionError::new);

    CliRun read = cli("character", "get", id);
    assertThat(read.exitCode).as(read.toString()).isZero();
    assertThat(read.out).contains("id           " + id).contains("name         Mochi");
  }
}
