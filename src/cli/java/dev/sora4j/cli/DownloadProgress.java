package dev.sora4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ProgressBar;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A live bar for a download on a terminal: {@code cat.mp4 40% [====>    ] 1.2 MB/3.0 MB 0:02}.
 * The library reports no download progress, so this counts the bytes of the content responses
 * as they are read, as an interceptor on the command's HTTP client; the library still writes the
 * file (its temporary file, its resumption of a broken transfer) as it always does.
 */
final class DownloadProgress implements Interceptor {
  /** {@code Content-Range: bytes 100-199/1000}: where a resumed transfer starts, and the whole size. */
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+)");

  private final PrintStream out;
  private final int width;
  private String label;
  private ProgressBar bar;
  private long total = -1;

  DownloadProgress(PrintStream out, int width) {
    this.out = out;
    this.width = width;
  }

  /** Shows the next content response's bytes, under this label (the target file's name). */
  synchronized void watch(String label) {
    this.label = label;
  }

  /** Ends the bar, leaving its last state on screen; the command then prints its result. */
  synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    label = null;
    total = -1;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (!response.isSuccessful() || !chain.request().url().encodedPath().endsWith("/content") || !watching()) {
      return response;
    }
    started(response.code() == 206 ? response.header("Content-Range") : null, body.contentLength());
    BufferedSource counted = Okio.buffer(new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long read = super.read(sink, byteCount);
        if (read > 0) {
          advanceBy(read);
        }
        return read;
      }
    });
    return response.newBuilder().body(ResponseBody.create(counted, body.contentType(), body.contentLength())).build();
  }

  private synchronized boolean watching() {
    return label != null;
  }

  /** The first response sets the size; a resumed one (206) restarts from where it picks up. */
  private synchronized void started(String contentRange, long length) {
    long from = 0;
    if (contentRange != null) {
      Matcher range = CONTENT_RANGE.matcher(contentRange);
      if (range.matches()) {
        from = Long.parseLong(range.group(1));
        total = Long.parseLong(range.group(2));
      }
    } else {
      total = length;
    }
    if (bar == null) {
      bar = BarRenderer.start(out, width, label, total, sizes(from));
    }
    bar.maxHint(total);
    advanceTo(from);
  }

  private synchronized void advanceBy(long bytes) {
    if (bar != null) {
      advanceTo(bar.getCurrent() + bytes);
    }
  }

  private void advanceTo(long current) {
    bar.stepTo(current);
    bar.setExtraMessage(sizes(current));
  }

  private String sizes(long current) {
    return Sizes.format(current) + (total >= 0 ? "/" + Sizes.format(total) : "");
  }
}
