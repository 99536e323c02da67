package dev.sora4j.emulator;

import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideosContract;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes responses: JSON bodies through the generated models' Moshi adapters (so the emulator
 * speaks exactly the spec's shapes, nullable keys as explicit null) and the error envelope.
 */
final class Replies {
  static final String REQUEST_ID = VideosContract.REQUEST_ID_HEADER;
  static final String POLL_AFTER_MS = VideosContract.POLL_AFTER_MS_HEADER;

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Replies() {
  }

  static <T> void json(HttpExchange exchange, int status, Class<T> type, T value) throws IOException {
    send(exchange, status, MOSHI.adapter(type).toJson(value));
  }

  /** A job as the profile's server shows it. */
  static void video(HttpExchange exchange, ServerProfile profile, Video video, Job job, long nowMillis)
      throws IOException {
    send(exchange, 200, MOSHI.adapter(Object.class).serializeNulls().toJson(shaped(profile, video, job, nowMillis)));
  }

  /** A listing as the profile's server shows it; {@code jobs} are the page's, in order. */
  static void list(HttpExchange exchange, ServerProfile profile, VideoList list, List<Job> jobs, long nowMillis)
      throws IOException {
    Map<String, Object> json = jsonObject(MOSHI.adapter(VideoList.class).toJsonValue(list));
    List<Object> data = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      data.add(shaped(profile, list.data().get(i), jobs.get(i), nowMillis));
    }
    json.put("data", data);
    profile.shapeList(json);
    send(exchange, 200, MOSHI.adapter(Object.class).serializeNulls().toJson(json));
  }

  private static Map<String, Object> shaped(ServerProfile profile, Video video, Job job, long nowMillis) {
    Map<String, Object> json = jsonObject(MOSHI.adapter(Video.class).toJsonValue(video));
    profile.shapeVideo(json, job, nowMillis);
    return json;
  }

  @SuppressWarnings("unchecked") // a model's JSON value is always an object with string keys
  private static Map<String, Object> jsonObject(Object value) {
    return (Map<String, Object>) value;
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * The error envelope, {@code {"error": {"message", "type", "param", "code"}}}, written as plain
   * JSON: its generated classes belong to the client and are not public API. The nullable
   * {@code param} and {@code code} go out as explicit nulls, as the contract sends them.
   */
  static void error(HttpExchange exchange, ApiErrorException error) throws IOException {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("message", error.getMessage());
    details.put("type", error.type());
    details.put("param", error.param());
    details.put("code", error.code());
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("error", details);
    send(exchange, error.status(), MOSHI.adapter(Object.class).serializeNulls().toJson(envelope));
  }
}
