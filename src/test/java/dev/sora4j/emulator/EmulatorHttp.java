package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A plain HTTP client of the emulator for its tests: OkHttp to send, the generated models' Moshi
 * adapters to read, so the tests see the wire and nothing of the library's facade.
 */
final class EmulatorHttp {
  static final Moshi MOSHI = new Moshi.Builder().build();
  static final MediaType JSON = MediaType.get("application/json");
  static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .readTimeout(10, TimeUnit.SECONDS)
      .build();

  private final String baseUrl;

  EmulatorHttp(VideosEmulator emulator) {
    this.baseUrl = emulator.baseUrl();
  }

  /** A request to a path below the base URL, e.g. {@code videos/abc}. */
  Request.Builder request(String path) {
    return new Request.Builder().url(baseUrl + path);
  }

  Reply get(String path) {
    return send(request(path).get());
  }

  Reply delete(String path) {
    return send(request(path).delete());
  }

  Reply postJson(String path, String json) {
    return send(request(path).post(RequestBody.create(json, JSON)));
  }

  Reply postMultipart(String path, MultipartBody body) {
    return send(request(path).post(body));
  }

  Reply send(Request.Builder request) {
    try (Response response = SHARED.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.headers(), response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a request and returns the response unread, for streaming its body; close it. */
  Response open(Request.Builder request) throws IOException {
    return SHARED.newCall(request.build()).execute();
  }

  /** Starts a job from a prompt and returns it as created. */
  Video create(String prompt) {
    Reply reply = postJson("videos", json("prompt", prompt));
    assertThat(reply.code).as(reply.text()).isEqualTo(200);
    return reply.as(Video.class);
  }

  /** Polls until the job is completed or failed. */
  Video awaitFinished(String id) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      Video video = get("videos/" + id).as(Video.class);
      if (video.status() == VideoStatus.COMPLETED || video.status() == VideoStatus.FAILED) {
        return video;
      }
      assertThat(System.nanoTime()).as("job %s finished in time", id).isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A JSON object from alternating names and values (strings, maps, numbers). */
  static String json(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return MOSHI.adapter(Object.class).toJson(object);
  }

  /** One response, read whole. */
  static final class Reply {
    final int code;
    final Headers headers;
    final byte[] body;

    Reply(int code, Headers headers, byte[] body) {
      this.code = code;
      this.headers = headers;
      this.body = body;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    <T> T as(Class<T> type) {
      assertThat(code).as("status of %s", text()).isBetween(200, 299);
      try {
        return MOSHI.adapter(type).fromJson(text());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The error envelope's content, after checking the status. */
    ErrorEnvelope error(int expectedStatus) {
      assertThat(code).as("status of %s", text()).isEqualTo(expectedStatus);
      assertThat(headers.get("Content-Type")).isEqualTo("application/json");
      try {
        return ErrorEnvelope.of(MOSHI.adapter(Object.class).fromJson(text()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
