package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoListOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that looks for the job a create may have started when no answer came back (a
 * crash, a lost connection): the newest videos are listed until they are older than the oldest
 * such create, and a video is a line's candidate when it has the line's prompt, was created no
 * earlier than the create was sent (less {@value #CLOCK_SKEW_SECONDS} s for the server's clock),
 * and is not the job of another line already.
 */
final class BulkLookup {
  /** How far the server's clock may be behind ours. */
  static final long CLOCK_SKEW_SECONDS = 300;

  /** A line whose create went unanswered. */
  static final class Unanswered {
    final int line;
    final String prompt;
    final long sentAt;

    Unanswered(int line, String prompt, long sentAt) {
      this.line = line;
      this.prompt = prompt;
      this.sentAt = sentAt;
    }
  }

  private BulkLookup() {
  }

  /**
   * Lists the candidates of each line.
   *
   * @param claimed the job ids that are other lines' already
   * @return for each line, the ids of the jobs that could be its own, newest first
   */
  static Map<Integer, List<String>> candidates(Videos videos, List<Unanswered> lines, Set<String> claimed) {
    Map<Integer, List<String>> found = new HashMap<>();
    if (lines.isEmpty()) {
      return found;
    }
    long oldest = Long.MAX_VALUE;
    for (Unanswered line : lines) {
      found.put(line.line, new ArrayList<>());
      oldest = Math.min(oldest, line.sentAt);
    }
    VideoListRequest newestFirst = VideoListRequest.builder().order(VideoListOrder.DESC)
        .limit(VideoListRequest.MAX_LIMIT).build();
    for (Video video : videos.listAll(newestFirst)) {
      long createdAt = video.createdAt() == null ? 0 : video.createdAt();
      if (createdAt < oldest - CLOCK_SKEW_SECONDS) {
        break;
      }
      if (claimed.contains(video.id()) || !video.prompt().isPresent()) {
        continue;
      }
      for (Unanswered line : lines) {
        if (video.prompt().get().equals(line.prompt) && createdAt >= line.sentAt - CLOCK_SKEW_SECONDS) {
          found.get(line.line).add(video.id());
        }
      }
    }
    return found;
  }
}
