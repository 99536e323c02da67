package dev.sora4j;

import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Bounds the successful JSON answers of calls that ask for JSON ({@code Accept: application/json})
 * to {@value #MAX_JSON_BODY_BYTES} bytes: Moshi would otherwise build a model of whatever a broken
 * server or proxy sends (a 50 MB body costs about ten times that in heap). A body announced or
 * found longer fails with a {@link MalformedResponseException} as soon as the limit is passed,
 * without reading the rest. Content downloads ask for {@code application/binary} and are streamed.
 */
final class JsonBodyLimitInterceptor implements Interceptor {
  /** A hundred videos' page is about 100 kB; forty times that is no answer of this contract. */
  static final long MAX_JSON_BODY_BYTES = 4L * 1024 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String accept = chain.request().header(HeaderNames.ACCEPT);
    ResponseBody body = response.body();
    if (!response.isSuccessful() || body == null || accept == null || !accept.startsWith("application/json")) {
      return response;
    }
    return response.newBuilder().body(new LimitedBody(body)).build();
  }

  static JsonEncodingException tooLarge(long length) {
    return new JsonEncodingException("the JSON body is over the limit of " + MAX_JSON_BODY_BYTES + " bytes"
        + (length >= 0 ? " (" + length + " bytes announced)" : "") + "; it was not read");
  }

  private static final class LimitedBody extends ResponseBody {
    private final ResponseBody body;
    private final BufferedSource source;

    LimitedBody(ResponseBody body) {
      this.body = body;
      this.source = Okio.buffer(new ForwardingSource(body.source()) {
        private long read;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          if (body.contentLength() > MAX_JSON_BODY_BYTES) {
            throw tooLarge(body.contentLength());
          }
          long count = super.read(sink, byteCount);
          read += Math.max(0, count);
          if (read > MAX_JSON_BODY_BYTES) {
            throw tooLarge(-1);
          }
          return count;
        }
      });
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() {
      return body.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      body.close();
    }
  }
}
