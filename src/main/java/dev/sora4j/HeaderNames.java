package dev.sora4j;

import dev.sora4j.model.VideosContract;

/**
 * The names of the HTTP headers the library sends or reads, each written once: those the contract
 * defines come from the spec (through {@link VideosContract}), the others from HTTP itself. Header
 * names are case-insensitive; these spellings are the ones the library sends.
 */
final class HeaderNames {
  static final String AUTHORIZATION = "Authorization";
  /** Azure OpenAI's header for the key. */
  static final String API_KEY = "api-key";
  static final String ORGANIZATION = "OpenAI-Organization";
  static final String PROJECT = "OpenAI-Project";
  static final String USER_AGENT = "User-Agent";
  static final String ACCEPT = "Accept";
  static final String IDEMPOTENCY_KEY = VideosContract.IDEMPOTENCY_KEY_HEADER;
  /** The id to quote to the provider about a response. */
  static final String REQUEST_ID = VideosContract.REQUEST_ID_HEADER;
  static final String RETRY_AFTER = VideosContract.RETRY_AFTER_HEADER;
  /** OpenAI's finer {@code retry-after}, in milliseconds. */
  static final String RETRY_AFTER_MS = VideosContract.RETRY_AFTER_MS_HEADER;
  /** OpenAI's override of the retry rules for one response. */
  static final String SHOULD_RETRY = VideosContract.SHOULD_RETRY_HEADER;
  /** The server's hint for the pause before the next check of a job. */
  static final String POLL_AFTER_MS = VideosContract.POLL_AFTER_MS_HEADER;
  static final String ACCEPT_RANGES = "Accept-Ranges";
  static final String RANGE = "Range";
  static final String CONTENT_RANGE = "Content-Range";

  private HeaderNames() {
  }
}
