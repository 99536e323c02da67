package dev.sora4j.bench;

import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.model.Video;

/** A process that creates one job and retrieves it once, then exits: run fresh for each measure. */
public final class ColdStart {
  private ColdStart() {
  }

  /**
   * Runs once.
   *
   * @param args {@code sora4j} or {@code raw}, then the server's base URL
   * @throws Exception when a call fails
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[1];
    if (args[0].equals("sora4j")) {
      try (VideosClient client = VideosClient.builder().baseUrl(baseUrl).apiKey(Raw.KEY).build()) {
        Video created = client.videos().create(VideoCreateRequest.builder().prompt("a cat").build());
        client.videos().retrieve(created.id());
      }
    } else {
      Raw raw = new Raw(baseUrl, 64);
      Video created = raw.create("a cat");
      raw.retrieve(created.id());
      raw.close();
    }
  }
}
