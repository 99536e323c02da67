package dev.sora4j.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoError;
import dev.sora4j.model.VideoWebhookEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import okio.Buffer;

/**
 * Prints results, for people or, with {@code --json}, for programs. In JSON mode standard output
 * carries only JSON, one object per line (a video, a list's videos one by one, a character, a
 * deletion, or for downloads {@code {"path", "bytes"}}), and everything meant for people (progress,
 * remarks) goes to standard error, so that {@code sora4j --json ... | jq} keeps working.
 */
final class Output {
  private static final int PROMPT_COLUMN_WIDTH = 48;
  /** A list's columns; the provider's ids are 38 characters ({@code video_} and 32 hex digits). */
  private static final String ROW = "%-38s  %-11s  %8s  %-20s  %s";

  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;
  private final JsonAdapter<Video> videoJson;
  private final JsonAdapter<VideoCharacter> characterJson;
  private final JsonAdapter<DeletedVideo> deletedJson;
  private final JsonAdapter<VideoWebhookEvent> eventJson;

  Output(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
    Moshi moshi = new Moshi.Builder().build();
    this.videoJson = moshi.adapter(Video.class);
    this.characterJson = moshi.adapter(VideoCharacter.class);
    this.deletedJson = moshi.adapter(DeletedVideo.class);
    this.eventJson = moshi.adapter(VideoWebhookEvent.class);
  }

  boolean json() {
    return json;
  }

  /** The stream for lines meant for people: standard output, or standard error in JSON mode. */
  PrintStream humanStream() {
    return json ? err : out;
  }

  /** A line for people: on standard output, or on standard error in JSON mode. */
  void note(String line) {
    humanStream().println(line);
  }

  void video(Video video) {
    if (json) {
      out.println(videoJson.toJson(video));
      return;
    }
    field("id", video.id());
    field("status", statusOf(video));
    field("model", video.model() == null ? null : video.model().value());
    field("size", video.size() == null ? null : video.size().value());
    field("seconds", video.seconds() == null ? null : video.seconds().value());
    field("prompt", video.prompt().map(Output::oneLine).orElse(null));
    field("remixed from", video.remixedFromVideoId().orElse(null));
    field("created", time(video.createdAt()));
    field("completed", time(video.completedAt().orElse(null)));
    field("expires", time(video.expiresAt().orElse(null)));
    field("error", video.error().map(Output::describe).orElse(null));
  }

  void videoListHeader() {
    if (!json) {
      out.println(String.format(Locale.ROOT, ROW, "ID", "STATUS", "PROGRESS", "CREATED", "PROMPT"));
    }
  }

  /** One video of a list: a table row, or a JSON line. */
  void videoRow(Video video) {
    if (json) {
      out.println(videoJson.toJson(video));
      return;
    }
    String status = statusName(video);
    String progress = video.progress() == null ? "" : video.progress() + "%";
    String prompt = video.prompt().map(Output::oneLine).map(p -> truncate(p, PROMPT_COLUMN_WIDTH)).orElse("");
    out.println(String.format(Locale.ROOT, ROW,
        video.id(), status, progress, nullToEmpty(time(video.createdAt())), prompt).trim());
  }

  void character(VideoCharacter character) {
    if (json) {
      out.println(characterJson.toJson(character));
      return;
    }
    field("id", character.id().orElse(null));
    field("name", character.name().orElse(null));
    field("created", time(character.createdAt()));
  }

  void deleted(DeletedVideo deleted) {
    if (json) {
      out.println(deletedJson.toJson(deleted));
    } else {
      out.println("deleted " + deleted.id());
    }
  }

  /** A finished download: {@code saved cat.mp4 (1.2 MB)}, or its JSON. */
  void saved(Path path, long bytes) {
    if (json) {
      out.println(jsonObject("path", path.toString(), "bytes", bytes));
    } else {
      out.println("saved " + path + " (" + Sizes.format(bytes) + ")");
    }
  }

  /** A finished download reported beside a JSON result: the line goes to stderr. */
  void savedNote(Path path, long bytes) {
    note("saved " + path + " (" + Sizes.format(bytes) + ")");
  }

  void emulatorStarted(String baseUrl, int port) {
    if (json) {
      out.println(jsonObject("base_url", baseUrl, "port", port));
    } else {
      out.println("sora4j emulator listening on " + baseUrl);
    }
  }

  /** Where {@code sora4j webhook listen} receives: a line for people, on stderr in JSON mode. */
  void webhookListening(String url) {
    note("sora4j webhook listener on " + url + " (POST deliveries there, at any path)");
  }

  /** A verified webhook's event: {@code video.completed video_123 (evt_..., TIME)}, or its JSON. */
  void webhookEvent(VideoWebhookEvent event) {
    if (json) {
      out.println(eventJson.toJson(event));
      return;
    }
    String type = event.type() == null ? "unknown" : event.type().value();
    out.println(type + " " + event.data().id() + " (" + event.id() + ", " + time(event.createdAt()) + ")");
  }

  /** A delivery that failed verification: always on stderr, so stdout holds only verified events. */
  void webhookRefused(String reason) {
    err.println("refused a delivery: " + reason);
  }

  /** The status's wire name; {@code unknown} for a status this version does not know. */
  static String statusName(Video video) {
    return video.rawStatus() == null ? "unknown" : video.rawStatus();
  }

  static String statusOf(Video video) {
    String status = statusName(video);
    return video.progress() == null ? status : status + " (" + video.progress() + "%)";
  }

  static String describe(VideoError error) {
    String code = error.code();
    String message = error.message();
    if (code == null || code.isEmpty()) {
      return message == null ? "unknown error" : oneLine(message);
    }
    return message == null || message.isEmpty() ? code : code + ": " + oneLine(message);
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  private void field(String name, String value) {
    if (value != null && !value.isEmpty()) {
      out.println(String.format(Locale.ROOT, "%-13s%s", name, value));
    }
  }

  private static String time(Long epochSeconds) {
    return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds).toString();
  }

  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String jsonObject(String textName, String text, String numberName, long number) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name(textName).value(text);
      writer.name(numberName).value(number);
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    return buffer.readUtf8();
  }
}
