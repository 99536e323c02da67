package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideoStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many clients at once: nothing lost, nothing duplicated. */
@Timeout(30)
class ConcurrencyTest {

  @Test
  void twoHundredJobsFromSixteenThreadsAllComplete() throws Exception {
    try (VideosEmulator emulator = VideosEmulator.builder().speedFactor(100).start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      ExecutorService clients = Executors.newFixedThreadPool(16);
      try {
        List<Future<String>> started = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          String prompt = "job " + i;
          started.add(clients.submit(() -> http.create(prompt).id()));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> id : started) {
          ids.add(id.get());
        }
        assertThat(ids).hasSize(200);

        List<Future<Video>> finished = new ArrayList<>();
        for (String id : ids) {
          finished.add(clients.submit((Callable<Video>) () -> http.awaitFinished(id)));
        }
        for (Future<Video> video : finished) {
          assertThat(video.get().status()).isEqualTo(VideoStatus.COMPLETED);
        }
      } finally {
        clients.shutdownNow();
      }

      Set<String> listed = new HashSet<>();
      String after = null;
      int pages = 0;
      while (true) {
        VideoList page = http.get("videos?limit=100" + (after == null ? "" : "&after=" + after)).as(VideoList.class);
        pages++;
        for (Video video : page.data()) {
          assertThat(listed.add(video.id())).as("listed once: %s", video.id()).isTrue();
        }
        if (!page.hasMore()) {
          break;
        }
        after = page.lastId().get();
      }
      assertThat(pages).isEqualTo(2);
      assertThat(listed).hasSize(200);
    }
  }
}
