package dev.sora4j;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Keeps OkHttp from silently sending a job-starting request a second time, so that only
 * {@link RetryPolicy} decides whether to repeat it.
 *
 * <p>By itself OkHttp re-sends a request whose body it can replay after a connection failure once
 * the request was sent ({@code retryOnConnectionFailure}, meant for stale pooled connections), on a
 * 408, and on a 503 with {@code Retry-After: 0}; each could start and bill a second job. It never
 * does so for a one-shot body, so this interceptor marks the body of every request that carries an
 * {@code Idempotency-Key} (which {@link CallExecutor} puts on exactly the job-starting requests) as
 * one-shot. OkHttp still tries another route when connecting fails, which cannot start a job.
 *
 * <p>Install it with {@code OkHttpClient.Builder.addInterceptor}: an application interceptor runs
 * before OkHttp's retry logic looks at the body; a network interceptor would run too late.
 */
final class NoReplayInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null || body.isOneShot() || request.header(HeaderNames.IDEMPOTENCY_KEY) == null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method(request.method(), new OneShotBody(body)).build());
  }

  /** The same bytes, declared one-shot. */
  static final class OneShotBody extends RequestBody {
    private final RequestBody delegate;

    OneShotBody(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public boolean isDuplex() {
      return delegate.isDuplex();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }
  }
}
