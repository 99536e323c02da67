package dev.sora4j.bench;

import dev.sora4j.VideosClient;
import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * A process that downloads one video to a file, forced to disk at the end, and prints
 * {@code bytes seconds heapPeakBytes}. Run with a small heap to show the body streams.
 */
public final class Download {
  private Download() {
  }

  /**
   * Downloads once.
   *
   * @param args {@code sora4j} or {@code raw}, the base URL, the target file
   * @throws Exception when the download fails
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[1];
    Path target = Paths.get(args[2]);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    if (args[0].equals("sora4j")) {
      try (VideosClient client = VideosClient.builder().baseUrl(baseUrl).apiKey(Raw.KEY).build()) {
        client.videos().downloadContent("video_123", VideoContentVariant.VIDEO, target);
      }
    } else {
      Raw raw = new Raw(baseUrl, 64);
      raw(raw, baseUrl, target);
      raw.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(Files.size(target) + " " + seconds + " " + peak);
  }

  /** Streams the body to the file through one buffer and forces it, as sora4j does. */
  private static void raw(Raw raw, String baseUrl, Path target) throws IOException {
    okhttp3.Request request = new okhttp3.Request.Builder().url(baseUrl + "/videos/video_123/content")
        .header("Authorization", "Bearer " + Raw.KEY).header("Accept", "application/binary").build();
    try (Response response = raw.http.newCall(request).execute();
         FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
             StandardOpenOption.TRUNCATE_EXISTING)) {
      BufferedSource source = response.body().source();
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      while (source.read(buffer) >= 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        buffer.clear();
      }
      channel.force(true);
    }
  }
}
