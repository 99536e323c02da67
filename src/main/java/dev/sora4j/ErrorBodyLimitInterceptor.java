package dev.sora4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Cuts the body of an error response to its first {@value #MAX_ERROR_BODY_BYTES} bytes before
 * Retrofit sees it. Retrofit reads an error body whole into memory, so without this a misbehaving
 * server or proxy could make the client hold (or wait for) an arbitrarily large page, only for
 * {@link ErrorMapper} to keep the envelope or the first few hundred characters of it.
 */
final class ErrorBodyLimitInterceptor implements Interceptor {
  /** Enough for any error envelope, and for the start of a proxy's HTML page. */
  static final long MAX_ERROR_BODY_BYTES = 64 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful()) {
      return response;
    }
    ResponseBody capped;
    try {
      capped = response.peekBody(MAX_ERROR_BODY_BYTES);
    } finally {
      // Drops the rest of a long body (and with it the connection) instead of reading it.
      response.close();
    }
    return response.newBuilder().body(capped).build();
  }
}
