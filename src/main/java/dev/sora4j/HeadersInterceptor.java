package dev.sora4j;

import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place that adds the client's configured headers and query parameters to requests:
 * auth, organization, project, default headers and query, agent.
 *
 * <p>It runs as a network interceptor, so on every hop of a redirect chain: a hop to the base
 * URL's origin (scheme, host and port) gets them, a hop to any other origin (a signed CDN URL a
 * gateway redirects content to) gets none of them, and any header of those names is removed from
 * it. Credentials belong to their origin.
 */
final class HeadersInterceptor implements Interceptor {
  static final String USER_AGENT = "sora4j/" + Version.VERSION + " (Java " + System.getProperty("java.version") + ")";

  private final ClientConfig config;

  HeadersInterceptor(ClientConfig config) {
    this.config = config;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    if (!sameOrigin(original.url(), config.baseUrl)) {
      return chain.proceed(withoutConfiguredHeaders(original));
    }
    Request.Builder request = original.newBuilder();
    for (Map.Entry<String, String> header : config.defaultHeaders.entrySet()) {
      if (original.header(header.getKey()) == null) {
        request.header(header.getKey(), header.getValue());
      }
    }
    String authHeader = authHeaderName(config);
    if (authHeader != null) {
      request.header(authHeader, (config.authStyle == AuthStyle.BEARER ? "Bearer " : "") + config.apiKey);
    }
    if (config.organization != null) {
      request.header(HeaderNames.ORGANIZATION, config.organization);
    }
    if (config.project != null) {
      request.header(HeaderNames.PROJECT, config.project);
    }
    request.header(HeaderNames.USER_AGENT, USER_AGENT);
    if (!config.defaultQuery.isEmpty()) {
      HttpUrl.Builder url = original.url().newBuilder();
      for (Map.Entry<String, String> parameter : config.defaultQuery.entrySet()) {
        if (original.url().queryParameter(parameter.getKey()) == null) {
          url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
      }
      request.url(url.build());
    }
    return chain.proceed(request.build());
  }

  /** The header the key travels in, or null for {@link AuthStyle#NONE}. */
  static String authHeaderName(ClientConfig config) {
    switch (config.authStyle) {
      case BEARER:
        return HeaderNames.AUTHORIZATION;
      case API_KEY_HEADER:
        return HeaderNames.API_KEY;
      case CUSTOM_HEADER:
        return config.authHeader;
      default:
        return null;
    }
  }

  private Request withoutConfiguredHeaders(Request request) {
    Request.Builder stripped = request.newBuilder()
        .removeHeader(HeaderNames.AUTHORIZATION)
        .removeHeader(HeaderNames.API_KEY)
        .removeHeader(HeaderNames.ORGANIZATION)
        .removeHeader(HeaderNames.PROJECT);
    if (config.authHeader != null) {
      stripped.removeHeader(config.authHeader);
    }
    for (String name : config.defaultHeaders.keySet()) {
      stripped.removeHeader(name);
    }
    return stripped.build();
  }

  static boolean sameOrigin(HttpUrl url, HttpUrl base) {
    return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
  }
}
