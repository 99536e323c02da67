package example;

import dev.sora4j.AuthenticationException;
import dev.sora4j.NotFoundException;
import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideoRemixRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.VideosException;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoListOrder;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The README's quick tour as a user's application: {@code QuickTour BASE_URL OUTPUT_DIR}. Every
 * step checks what it got and throws otherwise, so the process exits non-zero on any error.
 */
public final class QuickTour {
  private QuickTour() {
  }

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    Path outputDir = Paths.get(args[1]);
    try (VideosClient client = VideosClient.builder().baseUrl(baseUrl).apiKey("sk-test").build()) {
      // create, wait with progress, download
      List<String> seen = new ArrayList<>();
      Video video = client.videos().createAndPoll(
          VideoCreateRequest.builder()
              .prompt("A calico cat playing a piano on stage")
              .seconds(VideoSeconds.SECONDS_8)
              .build(),
          PollOptions.builder()
              .progressListener(v -> {
                seen.add(v.status().toString());
                System.out.println(v.status() + " " + v.progress() + "%");
              })
              .build());
      check(video.status() == VideoStatus.COMPLETED, "the job completed: " + video);
      check(!seen.isEmpty(), "progress was reported");
      Path mp4 = client.videos().downloadContent(video.id(), VideoContentVariant.VIDEO, outputDir.resolve("cat.mp4"));
      check(Files.size(mp4) > 0, "the video was saved");
      Path thumbnail = client.videos().downloadContent(
          video.id(), VideoContentVariant.THUMBNAIL, outputDir.resolve("cat.webp"));
      check(Files.size(thumbnail) > 0, "the thumbnail was saved");
      System.out.println("saved " + mp4 + " (" + Files.size(mp4) + " bytes)");

      // remix
      Video remix = client.videos().remix(video.id(), VideoRemixRequest.builder().prompt("Now in the rain").build());
      check(video.id().equals(remix.remixedFromVideoId().orElse(null)), "the remix names its source: " + remix);
      Video remixed = client.videos().poll(remix.id(), PollOptions.defaults());
      check(remixed.status() == VideoStatus.COMPLETED, "the remix completed: " + remixed);

      // list every video
      List<String> ids = new ArrayList<>();
      for (Video listed : client.videos().listAll(VideoListRequest.builder().order(VideoListOrder.DESC).build())) {
        ids.add(listed.id());
      }
      check(ids.contains(video.id()) && ids.contains(remix.id()), "both videos are listed: " + ids);

      // errors
      try (VideosClient wrongKey = VideosClient.builder().baseUrl(baseUrl).apiKey("sk-wrong").build()) {
        wrongKey.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
        throw new AssertionError("a wrong key was accepted");
      } catch (AuthenticationException e) {
        check(e.statusCode() == 401, "401 for a wrong key");
        check(!e.jobMayExist(), "a 401 started no job");
        check(!e.getMessage().contains("sk-wrong"), "the key stays out of the message: " + e.getMessage());
      }
      try {
        client.videos().retrieve("video_missing");
        throw new AssertionError("an unknown video was found");
      } catch (NotFoundException e) {
        check(e.statusCode() == 404, "404 for an unknown video");
      } catch (VideosException e) {
        throw new AssertionError("expected a NotFoundException", e);
      }

      // async
      CompletableFuture<Video> done = client.videos().createAndPollAsync(
          VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage").build(),
          PollOptions.defaults());
      Video async = done.get(60, TimeUnit.SECONDS);
      check(async.status() == VideoStatus.COMPLETED, "the async job completed: " + async);
      System.out.println("quick tour passed: " + ids.size() + " videos");
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("failed: " + what);
    }
  }
}
