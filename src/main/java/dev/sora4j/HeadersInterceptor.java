package dev.sora4j;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** The one place that adds the client's headers to every request: auth, organization, project, agent. */
final class HeadersInterceptor implements Interceptor {
  static final String USER_AGENT = "sora4j/" + Version.VERSION + " (Java " + System.getProperty("java.version") + ")";

  private final ClientConfig config;

  HeadersInterceptor(ClientConfig config) {
    this.config = config;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder();
    for (Map.Entry<String, String> header : config.defaultHeaders.entrySet()) {
      if (chain.request().header(header.getKey()) == null) {
        request.header(header.getKey(), header.getValue());
      }
    }
    if (config.authStyle == AuthStyle.API_KEY_HEADER) {
      request.header("api-key", config.apiKey);
    } else {
      request.header("Authorization", "Bearer " + config.apiKey);
    }
    if (config.organization != null) {
      request.header("OpenAI-Organization", config.organization);
    }
    if (config.project != null) {
      request.header("OpenAI-Project", config.project);
    }
    request.header("User-Agent", USER_AGENT);
    return chain.proceed(request.build());
  }
}
