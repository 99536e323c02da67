package dev.sora4j.cli;

import com.squareup.moshi.JsonWriter;
import dev.sora4j.BulkLine;
import dev.sora4j.BulkListener;
import dev.sora4j.BulkResult;
import dev.sora4j.model.Video;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;

/**
 * What a bulk run shows while it goes: on a terminal, one live block (the counts, then a line per
 * active job) redrawn in place; otherwise one plain line per change; with {@code --json}, one
 * result object per line on stdout as each ends. Called from the run's threads, so synchronized.
 */
final class BulkDisplay implements BulkListener {
  /** Active jobs shown in the live block; the rest are counted. */
  private static final int SHOWN = 10;
  private static final String UP_AND_CLEAR = "\u001b[%dF\u001b[J";

  private final SoraCommand root;
  private final boolean live;
  private final boolean json;
  private final Map<Integer, String> active = new LinkedHashMap<>();
  private final Map<Integer, String> lastStatus = new LinkedHashMap<>();
  private int lines;
  private int completed;
  private int failed;
  private int drawn;
  private boolean closed;

  private BulkDisplay(SoraCommand root, boolean live, boolean json) {
    this.root = root;
    this.live = live;
    this.json = json;
  }

  static BulkDisplay forRoot(SoraCommand root) {
    return new BulkDisplay(root, root.terminal && !root.json, root.json);
  }

  @Override
  public synchronized void started(int lineCount) {
    this.lines = lineCount;
    redraw();
  }

  @Override
  public synchronized void progress(BulkLine line, Video video) {
    if (closed) {
      return;
    }
    String status = Output.statusName(video);
    active.put(line.lineNumber(), String.format(Locale.ROOT, "  %-24s %-38s %-12s %3s%%",
        line.customId(), video.id(), status, video.progress() == null ? "?" : video.progress()));
    if (live) {
      redraw();
    } else if (!json && !status.equals(lastStatus.put(line.lineNumber(), status))) {
      root.out.println("line " + line.lineNumber() + " (" + line.customId() + ") " + video.id() + " " + status);
    }
  }

  @Override
  public synchronized void ended(BulkResult result) {
    if (closed) {
      return;
    }
    active.remove(result.lineNumber());
    lastStatus.remove(result.lineNumber());
    if (result.completed()) {
      completed++;
    } else {
      failed++;
    }
    if (json) {
      root.out.println(root.secrets.redact(json(result)));
    } else if (live) {
      redraw();
    } else {
      root.out.println(root.secrets.redact(describe(result)));
    }
  }

  @Override
  public synchronized void slowedDown(int jobsAtOnce) {
    if (!json && !live) {
      root.err.println("rate limited: now " + jobsAtOnce + " jobs at once");
    }
  }

  private static String describe(BulkResult result) {
    String line = "line " + result.lineNumber() + " (" + result.customId() + ") "
        + result.videoId().map(id -> id + " ").orElse("");
    if (!result.completed()) {
      return line + "failed: " + result.error().orElse("");
    }
    StringBuilder saved = new StringBuilder(line).append("completed");
    if (result.fromEarlierRun()) {
      saved.append(" (earlier run)");
    }
    for (Path file : result.files()) {
      saved.append(", saved ").append(file.getFileName());
    }
    return saved.toString();
  }

  private void redraw() {
    if (!live || closed) {
      return;
    }
    StringBuilder block = new StringBuilder();
    if (drawn > 0) {
      block.append(String.format(Locale.ROOT, UP_AND_CLEAR, drawn));
    }
    int running = active.size();
    int queued = Math.max(0, lines - running - completed - failed);
    block.append(String.format(Locale.ROOT, "queued %d  running %d  completed %d  failed %d%n",
        queued, running, completed, failed));
    int shown = 0;
    for (String job : active.values()) {
      if (shown++ == SHOWN) {
        block.append("  and ").append(running - SHOWN).append(" more").append(System.lineSeparator());
        break;
      }
      block.append(job).append(System.lineSeparator());
    }
    drawn = 1 + Math.min(running, SHOWN + 1);
    root.out.print(block);
    root.out.flush();
  }

  static String json(BulkResult result) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("line").value(result.lineNumber());
      writer.name("custom_id").value(result.customId());
      writer.name("status").value(result.completed() ? "completed" : "failed");
      writer.name("video_id").value(result.videoId().orElse(null));
      writer.name("files").beginArray();
      for (Path file : result.files()) {
        writer.value(file.toString());
      }
      writer.endArray();
      writer.name("seconds").value(result.seconds());
      writer.name("error").value(result.error().orElse(null));
      writer.name("earlier_run").value(result.fromEarlierRun());
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    return buffer.readUtf8();
  }

  /** Leaves the live block as drawn last; later calls from jobs still ending are ignored. */
  synchronized void finish() {
    closed = true;
  }
}
