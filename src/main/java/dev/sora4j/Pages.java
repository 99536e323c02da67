package dev.sora4j;

import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place that walks a listing page by page, fetching each page only when the current one
 * is used up.
 *
 * <p>The next page's cursor is the page's {@code last_id}, or the id of its last video when a
 * gateway leaves {@code last_id} out. A page with {@code has_more: false} is the last; a page
 * without {@code has_more} is followed until a page comes back empty. A cursor seen before means
 * the server ignores {@code after}, and would loop forever: that ends the iteration with an error.
 */
final class Pages implements Iterator<Video> {
  private final Function<VideoListRequest, VideoList> fetch;
  private final Set<String> cursorsSent = new HashSet<>();
  private VideoListRequest next;
  private Iterator<Video> page = Collections.<Video>emptyList().iterator();
  /** Set when the last page fetched repeated a cursor: thrown once that page's videos are used up. */
  private MalformedResponseException repeatedCursor;

  Pages(VideoListRequest first, Function<VideoListRequest, VideoList> fetch) {
    this.next = first;
    this.fetch = fetch;
    if (first.afterOrNull() != null) {
      cursorsSent.add(first.afterOrNull());
    }
  }

  @Override
  public boolean hasNext() {
    while (!page.hasNext() && next != null) {
      if (repeatedCursor != null) {
        throw repeatedCursor;
      }
      VideoList list = fetch.apply(next);
      List<Video> videos = list.data();
      page = videos.iterator();
      next = following(list, videos);
    }
    return page.hasNext();
  }

  @Override
  public Video next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.next();
  }

  private VideoListRequest following(VideoList list, List<Video> videos) {
    if (Boolean.FALSE.equals(list.hasMore()) || videos.isEmpty()) {
      return null;
    }
    String cursor = list.lastId().orElse(videos.get(videos.size() - 1).id());
    if (cursor == null || cursor.trim().isEmpty()) {
      return null;
    }
    if (!cursorsSent.add(cursor)) {
      repeatedCursor = new MalformedResponseException("the server sent the cursor after=" + ModelSupport.abbreviate(cursor)
          + " again; it seems to ignore `after`, so the listing stops here instead of repeating pages forever",
          null, null, false, null);
      return next;
    }
    return next.withAfter(cursor);
  }
}
