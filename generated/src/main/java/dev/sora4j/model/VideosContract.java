// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

/**
 * The rules of the Videos contract that code needs as values: the limits and forms of request
 * fields, the defaults a create request falls back to, and the names of the headers the contract
 * defines. Generated from {@code openapi/videos.yaml}, so that each is written once.
 */
public final class VideosContract {

  /** The least length of {@code CreateVideoRequest.prompt}, in characters (code points): {@value}. */
  public static final int PROMPT_MIN_LENGTH = 1;

  /** The greatest length of {@code CreateVideoRequest.prompt}, in characters (code points): {@value}. */
  public static final int PROMPT_MAX_LENGTH = 32000;

  /**
   * The form of {@code CreateVideoRequest.prompt}, a regular expression that must match somewhere
   * in the value (as in JSON Schema): {@value}.
   */
  public static final String PROMPT_PATTERN = "\\S";

  /** The rule of {@link #PROMPT_PATTERN} in words, as builders report it: {@value}. */
  public static final String PROMPT_RULE = "must not be blank (only whitespace)";

  /** The value a server assumes when a request leaves {@code model} out: {@code VideoModel.SORA_2}. */
  public static final VideoModel DEFAULT_MODEL = VideoModel.SORA_2;

  /** The value a server assumes when a request leaves {@code seconds} out: {@code VideoSeconds.SECONDS_4}. */
  public static final VideoSeconds DEFAULT_SECONDS = VideoSeconds.SECONDS_4;

  /** The value a server assumes when a request leaves {@code size} out: {@code VideoSize.SIZE_720X1280}. */
  public static final VideoSize DEFAULT_SIZE = VideoSize.SIZE_720X1280;

  /** The least length of {@code ImageUrlInputReference.image_url}, in characters (code points): {@value}. */
  public static final int IMAGE_URL_MIN_LENGTH = 1;

  /** The greatest length of {@code ImageUrlInputReference.image_url}, in characters (code points): {@value}. */
  public static final int IMAGE_URL_MAX_LENGTH = 20971520;

  /** The least value of {@code Video.progress}: {@value}. */
  public static final int PROGRESS_MINIMUM = 0;

  /** The greatest value of {@code Video.progress}: {@value}. */
  public static final int PROGRESS_MAXIMUM = 100;

  /** The least length of the {@code name} of {@code createVideoCharacter}, in characters (code points): {@value}. */
  public static final int CHARACTER_NAME_MIN_LENGTH = 1;

  /** The greatest length of the {@code name} of {@code createVideoCharacter}, in characters (code points): {@value}. */
  public static final int CHARACTER_NAME_MAX_LENGTH = 80;

  /** The least {@code limit} of {@code listVideos}: {@value}. */
  public static final int LIST_LIMIT_MINIMUM = 0;

  /** The greatest {@code limit} of {@code listVideos}: {@value}. */
  public static final int LIST_LIMIT_MAXIMUM = 100;

  /**
   * The request header {@code Idempotency-Key}. Optional. A key the client chooses for one job-starting request and sends unchanged on every retry of it, so that a server that honours it starts (and bills) one job however often the request arrives; a key reused for a different request is refused.
   */
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  /**
   * The response header {@code x-request-id}. Server-assigned id of this request. Quote it when reporting a problem.
   */
  public static final String REQUEST_ID_HEADER = "x-request-id";

  /**
   * The response header {@code openai-poll-after-ms}. Optional. Suggested wait, in milliseconds, before polling the job again. Clients that poll fall back to about one second without it.
   */
  public static final String POLL_AFTER_MS_HEADER = "openai-poll-after-ms";

  /**
   * The response header {@code retry-after}. Optional. Seconds to wait before retrying, or an HTTP date.
   */
  public static final String RETRY_AFTER_HEADER = "retry-after";

  /**
   * The response header {@code retry-after-ms}. Optional. Milliseconds to wait before retrying; preferred over retry-after when both are present.
   */
  public static final String RETRY_AFTER_MS_HEADER = "retry-after-ms";

  /**
   * The response header {@code x-should-retry}. Optional. The server's verdict on whether retrying this request can succeed; overrides the client's own retry rules.
   */
  public static final String SHOULD_RETRY_HEADER = "x-should-retry";

  private VideosContract() {
  }
}
