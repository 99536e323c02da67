package dev.sora4j;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one call that override the client's: timeout, retries, extra headers and, for
 * requests that start a job, the idempotency key and whether ambiguous failures are retried.
 * Every operation of {@link Videos} accepts them.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final String idempotencyKey;
  private final boolean retryAmbiguousFailures;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.idempotencyKey = builder.idempotencyKey;
    this.retryAmbiguousFailures = builder.retryAmbiguousFailures;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /**
   * Returns options that change nothing: the call runs with the client's settings. The same
   * spelling as {@link PollOptions#defaults()}.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that change nothing.
   *
   * @return the empty options, the same as {@link #defaults()}
   * @deprecated use {@link #defaults()}, the one spelling of "no options" across the API
   */
  @Deprecated
  public static RequestOptions none() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** These options with one more header, as the download's resume adds {@code Range}. */
  RequestOptions withHeader(String name, String value) {
    Builder copy = new Builder();
    copy.timeout = timeout;
    copy.maxRetries = maxRetries;
    copy.idempotencyKey = idempotencyKey;
    copy.retryAmbiguousFailures = retryAmbiguousFailures;
    copy.headers.putAll(headers);
    return copy.header(name, value).build();
  }

  /**
   * Returns the timeout of the whole call, retries excluded.
   *
   * @return the timeout, empty to use the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns how many times the call may be retried.
   *
   * @return the retry budget, empty to use the client's
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * Returns the {@code Idempotency-Key} to send with a request that starts a job.
   *
   * @return the key, empty to let sora4j make a random one per call
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Returns whether a request that starts a job is retried after a failure that leaves it unknown
   * whether the job started.
   *
   * @return true when the caller opted in with {@link Builder#retryAmbiguousFailures(boolean)}
   */
  public boolean retryAmbiguousFailures() {
    return retryAmbiguousFailures;
  }

  /**
   * Returns the headers added to this call.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The options of the reads that wait for the job a call with these options started: its headers
   * and timeout, but not its retry budget (a budget meant for the create would make a long wait
   * fragile) nor its idempotency settings, which mean nothing to a read.
   */
  RequestOptions forPolling() {
    Builder polling = builder();
    polling.timeout = timeout;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (!header.getKey().equalsIgnoreCase(HeaderNames.IDEMPOTENCY_KEY)) {
        polling.headers.put(header.getKey(), header.getValue());
      }
    }
    return polling.build();
  }

  /** Names the headers but never shows their values, which may be credentials. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", idempotencyKey="
        + idempotencyKey + ", retryAmbiguousFailures=" + retryAmbiguousFailures + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private String idempotencyKey;
    private boolean retryAmbiguousFailures;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets the timeout of the whole call (connect, send, wait, read), retries excluded.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Requests.checkPositive("timeout", timeout);
      return this;
    }

    /**
     * Sets how many times this call may be retried.
     *
     * @param maxRetries zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Requests.checkRetries("maxRetries", maxRetries);
      return this;
    }

    /**
     * Sets the {@code Idempotency-Key} of a request that starts a job; it is sent unchanged on
     * every retry. Use your own key to make a retry of your own (after a crash, say) safe too.
     *
     * @param idempotencyKey a non-blank key, usable as a header value
     * @return this builder
     * @throws IllegalArgumentException if blank, or if it holds a character a header cannot carry
     */
    public Builder idempotencyKey(String idempotencyKey) {
      Requests.checkNotBlank("idempotencyKey", idempotencyKey);
      Requests.checkHeaderValue("idempotencyKey", HeaderNames.IDEMPOTENCY_KEY, idempotencyKey);
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Sets whether a request that starts a job (create, remix, edit, extend, createCharacter) is
     * retried like a read after a failure that leaves it unknown whether the server started the
     * job: a 5xx, a 408, a read or call timeout, or a connection broken after sending. Off by
     * default, because a server that ignores the {@code Idempotency-Key} would start (and bill) a
     * second job.
     *
     * <p><b>Only safe when the server honours {@code Idempotency-Key}</b>, answering a repeated
     * key with the job it already started. Every retry carries the same key. A request whose body
     * is a stream ({@link InputReference#ofStream}) is never sent twice, whatever this says.
     *
     * @param retryAmbiguousFailures true to retry ambiguous failures within the retry budget
     * @return this builder
     */
    public Builder retryAmbiguousFailures(boolean retryAmbiguousFailures) {
      this.retryAmbiguousFailures = retryAmbiguousFailures;
      return this;
    }

    /**
     * Adds a header to this call.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     * @throws IllegalArgumentException if the name or the value holds a character a header cannot
     *     carry; the message names the header and the position, never the value
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Requests.checkHeaderName("header", name);
      Requests.checkHeaderValue("header " + name, name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
