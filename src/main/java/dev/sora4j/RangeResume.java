package dev.sora4j;

import java.util.function.Function;
import okhttp3.ResponseBody;

/**
 * The one place that resumes a broken download with a {@code Range} request: only when the first
 * answer said {@code Accept-Ranges: bytes}, at most a set number of times, and only with a
 * {@code 206} whose {@code Content-Range} starts where the file ends; otherwise the download fails
 * as it would have without resuming (and nothing partial is left at the target).
 */
final class RangeResume implements Downloads.Resume {
  private final Function<RequestOptions, RawResponse<ResponseBody>> fetch;
  private final RequestOptions options;
  private final boolean rangesServed;
  private int resumesLeft;

  RangeResume(RawResponse<ResponseBody> first, Function<RequestOptions, RawResponse<ResponseBody>> fetch,
      RequestOptions options, int maxResumes) {
    this.fetch = fetch;
    this.options = options;
    this.rangesServed = "bytes".equalsIgnoreCase(first.headers().get(HeaderNames.ACCEPT_RANGES));
    this.resumesLeft = maxResumes;
  }

  @Override
  public ResponseBody from(long offset) {
    if (!rangesServed || resumesLeft <= 0) {
      return null;
    }
    resumesLeft--;
    RawResponse<ResponseBody> rest;
    try {
      rest = fetch.apply(options.withHeader(HeaderNames.RANGE, "bytes=" + offset + "-"));
    } catch (VideosException e) {
      // The resume failed too; the caller reports the original break, which says what was lost.
      return null;
    }
    String range = rest.headers().get(HeaderNames.CONTENT_RANGE);
    if (rest.statusCode() != 206 || range == null || !range.trim().startsWith("bytes " + offset + "-")) {
      rest.body().close();
      return null;
    }
    return rest.body();
  }
}
