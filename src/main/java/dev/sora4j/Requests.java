package dev.sora4j;

import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideosContract;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * What the builders share: their checks, which throw {@link IllegalArgumentException} in the
 * "field: rule" form of the generated builders. (Their toString cuts long values with the
 * generated {@code ModelSupport.abbreviate}, as the generated models do.)
 */
final class Requests {
  /** Matches somewhere in a prompt of the contract's form, as a JSON Schema pattern does. */
  private static final Pattern PROMPT_FORM = Pattern.compile(VideosContract.PROMPT_PATTERN);

  private Requests() {
  }

  /**
   * Checks a prompt by the contract's rules for every prompt (create, remix, edit, extend): set,
   * within the length limits, and not blank.
   */
  static void checkPrompt(String prompt) {
    checkRequired("prompt", prompt);
    checkLength("prompt", prompt, VideosContract.PROMPT_MIN_LENGTH, VideosContract.PROMPT_MAX_LENGTH);
    checkForm("prompt", PROMPT_FORM.matcher(prompt).find(), VideosContract.PROMPT_RULE, prompt);
  }

  /** Checks a duration to send: a whole positive number of seconds as text, such as "4" or "6". */
  static void checkSeconds(VideoSeconds seconds) {
    checkForm("seconds", seconds.isWellFormed(), VideoSeconds.RULE, seconds.value());
  }

  private static void checkForm(String field, boolean wellFormed, String rule, String value) {
    if (!wellFormed) {
      throw new IllegalArgumentException(field + ": " + rule + ", was \"" + ModelSupport.abbreviate(value) + "\"");
    }
  }

  static void checkRequired(String field, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
  }

  /** Lengths count code points, as JSON Schema and the generated builders do. */
  static void checkLength(String field, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      throw new IllegalArgumentException(field + ": must be at least " + min
          + (min == 1 ? " character" : " characters") + " long, was " + length);
    }
    if (length > max) {
      throw new IllegalArgumentException(field + ": must be at most " + max + " characters long, was " + length);
    }
  }

  static void checkRange(String field, long value, long min, long max) {
    if (value < min) {
      throw new IllegalArgumentException(field + ": must be at least " + min + ", was " + value);
    }
    if (value > max) {
      throw new IllegalArgumentException(field + ": must be at most " + max + ", was " + value);
    }
  }

  /** Ids and open-enum values: null, empty and whitespace-only are all unusable. */
  static String checkNotBlank(String field, String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return value;
  }

  /**
   * An opaque id sent as one path segment. Gateways' ids may hold {@code +}, {@code /} or
   * {@code =} (LiteLLM's are base64), which Retrofit percent-encodes as needed; but {@code .} and
   * {@code ..} would be resolved as the current or parent folder, so they are refused here,
   * before anything is sent.
   */
  static String checkPathSegment(String field, String value) {
    checkNotBlank(field, value);
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(field + ": must not be \"" + value
          + "\", which a URL resolves as a folder instead of an id");
    }
    return value;
  }

  /** The {@code seconds(int)} setters: a whole, positive number of seconds. */
  static VideoSeconds positiveSeconds(int seconds) {
    VideoSeconds value = VideoSeconds.of(Integer.toString(seconds));
    checkSeconds(value);
    return value;
  }

  /** Timeouts and intervals of the builders: present and longer than zero. */
  static Duration checkPositive(String field, Duration value) {
    checkNotNull(field, value);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(field + ": must be positive, was " + value);
    }
    return value;
  }

  /** Retry budgets: zero or more. */
  static int checkRetries(String field, int retries) {
    if (retries < 0) {
      throw new IllegalArgumentException(field + ": must be 0 or more, was " + retries);
    }
    return retries;
  }

  static <T> T checkNotNull(String parameter, T value) {
    if (value == null) {
      throw new NullPointerException(parameter + ": must not be null");
    }
    return value;
  }

  /**
   * Checks a header name by OkHttp's rule (not empty, printable ASCII without spaces), so that a
   * bad one fails when it is set rather than inside a call.
   */
  static void checkHeaderName(String field, String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(field + ": the header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(field + ": the header name has " + describe(c) + " at index " + i
            + "; a header name is printable ASCII without spaces");
      }
    }
  }

  /**
   * Checks that a header can carry the value, by OkHttp's own rule, without ever putting the value
   * in the message: OkHttp's message shows it (it hides only Authorization and Cookie), and the
   * value may be a credential.
   */
  static void checkHeaderValue(String field, String name, String value) {
    try {
      new Headers.Builder().add(name, value);
    } catch (IllegalArgumentException e) {
      // Not chained: the cause's message holds the value.
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '\t' && (c < 0x20 || c > 0x7e)) {
          throw new IllegalArgumentException(field + ": the value has " + describe(c) + " at index " + i
              + ", which a header cannot carry (the value is not shown)");
        }
      }
      throw new IllegalArgumentException(field + ": not a valid header (the value is not shown)");
    }
  }

  /**
   * Checks an API key: printable ASCII without spaces (0x21 to 0x7E), the characters every
   * provider's keys are made of. Checked whole rather than trimmed, so that the key sent is the key
   * given; the message names the position and the kind of character, never the key.
   */
  static void checkApiKey(String field, String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(field + ": has " + describe(c) + " at index " + i + " of " + key.length()
            + "; an API key is printable ASCII without spaces (a trailing newline read from a file is the usual"
            + " cause; the key is not shown)");
      }
    }
  }

  /** Names a character unfit for a header by its kind, so that a message never quotes part of a secret. */
  private static String describe(char c) {
    switch (c) {
      case '\n':
        return "a line feed";
      case '\r':
        return "a carriage return";
      case ' ':
        return "a space";
      case '\t':
        return "a tab";
      default:
        return c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character";
    }
  }
}
