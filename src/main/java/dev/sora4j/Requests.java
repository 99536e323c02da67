package dev.sora4j;

import dev.sora4j.model.VideoSeconds;

/**
 * What the request builders share: their checks, which throw {@link IllegalArgumentException}
 * in the "field: rule" form of the generated builders, and the abbreviation their toString uses.
 */
final class Requests {
  /** The contract's limit on every prompt (create, remix, edit, extend). */
  static final int PROMPT_MAX_LENGTH = 32000;

  /** Longer strings are cut in toString: an image_url may be a 20 MB data: URL. */
  private static final int TO_STRING_LIMIT = 200;

  private Requests() {
  }

  /** Checks a prompt: set, and 1..32000 characters. */
  static void checkPrompt(String prompt) {
    checkRequired("prompt", prompt);
    checkLength("prompt", prompt, 1, PROMPT_MAX_LENGTH);
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

  /** The {@code seconds(int)} setters: a whole, positive number of seconds. */
  static VideoSeconds positiveSeconds(int seconds) {
    if (seconds <= 0) {
      throw new IllegalArgumentException("seconds: must be positive, was " + seconds);
    }
    return VideoSeconds.of(Integer.toString(seconds));
  }

  static <T> T checkNotNull(String parameter, T value) {
    if (value == null) {
      throw new NullPointerException(parameter + ": must not be null");
    }
    return value;
  }

  /** The value for toString: a long string is cut (never inside a surrogate pair) and its length given. */
  static String abbreviate(String text) {
    if (text == null || text.length() <= TO_STRING_LIMIT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(TO_STRING_LIMIT - 1)) ? TO_STRING_LIMIT - 1 : TO_STRING_LIMIT;
    return text.substring(0, end) + "...(" + text.length() + " chars)";
  }
}
