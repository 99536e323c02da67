package dev.sora4j;

import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The HTTP client every call goes through: the configured timeouts and the library's interceptors, in order. */
final class HttpStack {
  private HttpStack() {
  }

  /**
   * Derives the library's client from {@code base}, which is left as it was.
   *
   * @param dispatcher the dispatcher to use instead of the base's, or null to share the base's
   */
  static OkHttpClient derive(OkHttpClient base, ClientConfig config, Dispatcher dispatcher) {
    OkHttpClient.Builder derived = base.newBuilder();
    if (dispatcher != null) {
      derived.dispatcher(dispatcher);
    }
    return derived
        .connectTimeout(config.connectTimeout)
        .readTimeout(config.readTimeout)
        .writeTimeout(config.readTimeout)
        // A network interceptor sees every hop of a redirect, so credentials stay on their origin.
        .addNetworkInterceptor(new HeadersInterceptor(config))
        .addInterceptor(new NoReplayInterceptor())
        .addInterceptor(new ErrorBodyLimitInterceptor())
        .addInterceptor(new JsonBodyLimitInterceptor())
        .build();
  }
}
