package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Listing pages through every job exactly once, in either order, by the {@code after} cursor. */
@Timeout(20)
class PaginationTest {
  private static VideosEmulator emulator;
  private static EmulatorHttp http;
  /** The ids of the 25 jobs, oldest first. */
  private static final List<String> CREATED = new ArrayList<>();

  @BeforeAll
  static void createTwentyFiveJobs() {
    emulator = VideosEmulator.start();
    http = new EmulatorHttp(emulator);
    for (int i = 0; i < 25; i++) {
      CREATED.add(http.create("job " + i).id());
    }
  }

  @AfterAll
  static void close() {
    emulator.close();
  }

  /** Pages through with limit 10 and returns the ids seen, checking each page's cursors. */
  private static List<String> pageThrough(String order, List<Integer> pageSizes) {
    List<String> seen = new ArrayList<>();
    String after = null;
    while (true) {
      VideoList page = http.get("videos?limit=10&order=" + order + (after == null ? "" : "&after=" + after))
          .as(VideoList.class);
      assertThat(page.object()).isEqualTo(VideoList.ObjectEnum.LIST);
      pageSizes.add(page.data().size());
      for (Video video : page.data()) {
        seen.add(video.id());
      }
      if (!page.data().isEmpty()) {
        assertThat(page.firstId()).hasValue(page.data().get(0).id());
        assertThat(page.lastId()).hasValue(page.data().get(page.data().size() - 1).id());
      }
      if (!page.hasMore()) {
        return seen;
      }
      after = page.lastId().get();
    }
  }

  @Test
  void ascendingPagesHoldEveryJobOnceOldestFirst() {
    List<Integer> sizes = new ArrayList<>();
    assertThat(pageThrough("asc", sizes)).containsExactlyElementsOf(CREATED);
    assertThat(sizes).containsExactly(10, 10, 5);
  }

  @Test
  void descendingPagesHoldEveryJobOnceNewestFirst() {
    List<String> newestFirst = new ArrayList<>(CREATED);
    Collections.reverse(newestFirst);
    List<Integer> sizes = new ArrayList<>();
    assertThat(pageThrough("desc", sizes)).containsExactlyElementsOf(newestFirst);
    assertThat(sizes).containsExactly(10, 10, 5);
  }

  @Test
  void theDefaultsAreTwentyNewestFirst() {
    VideoList page = http.get("videos").as(VideoList.class);
    assertThat(page.data()).hasSize(20);
    assertThat(page.data().get(0).id()).isEqualTo(CREATED.get(24));
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void limitZeroAndTheLastPageAreEmptyWithNullCursors() {
    EmulatorHttp.Reply none = http.get("videos?limit=0");
    VideoList empty = none.as(VideoList.class);
    assertThat(empty.data()).isEmpty();
    assertThat(empty.hasMore()).isTrue();
    assertThat(none.text()).contains("\"first_id\":null", "\"last_id\":null");

    VideoList afterNewest = http.get("videos?after=" + CREATED.get(24) + "&order=asc").as(VideoList.class);
    assertThat(afterNewest.data()).isEmpty();
    assertThat(afterNewest.hasMore()).isFalse();
    assertThat(http.get("videos?limit=100").as(VideoList.class).data()).hasSize(25);
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() {
    ErrorEnvelope tooMany = http.get("videos?limit=101").error(400);
    assertThat(tooMany.param()).hasValue("limit");
    assertThat(tooMany.code()).hasValue("integer_above_max_value");
    assertThat(http.get("videos?limit=-1").error(400).code()).hasValue("integer_below_min_value");
    assertThat(http.get("videos?limit=ten").error(400).code()).hasValue("invalid_type");
    assertThat(http.get("videos?order=newest").error(400).param()).hasValue("order");
    assertThat(http.get("videos?after=video_unknown").error(400).param()).hasValue("after");
  }

  @Test
  void aCursorStillWorksAfterItsJobIsDeleted() {
    try (VideosEmulator own = VideosEmulator.start()) {
      EmulatorHttp ownHttp = new EmulatorHttp(own);
      String first = ownHttp.create("a").id();
      String second = ownHttp.create("b").id();
      String third = ownHttp.create("c").id();
      ownHttp.delete("videos/" + second);

      VideoList page = ownHttp.get("videos?order=asc&after=" + second).as(VideoList.class);
      assertThat(page.data()).extracting(Video::id).containsExactly(third);
      assertThat(ownHttp.get("videos?order=asc").as(VideoList.class).data())
          .extracting(Video::id).containsExactly(first, third);
    }
  }
}
