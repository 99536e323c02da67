package dev.sora4j.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.sora4j.model.Video;
import java.io.IOException;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The lower limit: the same HTTP calls made by hand with OkHttp and Moshi, and the same model
 * parsed, with no retries, checks, or error mapping.
 */
final class Raw {
  static final String KEY = "sk-bench-key";
  private static final MediaType JSON = MediaType.get("application/json");

  final OkHttpClient http;
  final JsonAdapter<Video> videos = new Moshi.Builder().build().adapter(Video.class);
  private final String baseUrl;

  Raw(String baseUrl, int perHost) {
    this.baseUrl = baseUrl;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Math.max(64, perHost));
    dispatcher.setMaxRequestsPerHost(perHost);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  Request retrieveRequest(String id) {
    return new Request.Builder().url(baseUrl + "/videos/" + id).header("Authorization", "Bearer " + KEY).build();
  }

  Video retrieve(String id) throws IOException {
    try (Response response = http.newCall(retrieveRequest(id)).execute()) {
      return parse(response);
    }
  }

  Request createRequest(String prompt) {
    String body = "{\"prompt\":\"" + prompt + "\",\"model\":\"sora-2\",\"seconds\":\"4\",\"size\":\"720x1280\"}";
    return new Request.Builder().url(baseUrl + "/videos").header("Authorization", "Bearer " + KEY)
        .post(RequestBody.create(body, JSON)).build();
  }

  Video create(String prompt) throws IOException {
    try (Response response = http.newCall(createRequest(prompt)).execute()) {
      return parse(response);
    }
  }

  Video parse(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    ResponseBody body = response.body();
    return videos.fromJson(body.source());
  }

  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
