// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

/** What every generated model shares: the contract's limits, checked by the builders, and toString. */
final class ModelSupport {
  /** Longer strings are cut in toString: an image_url may be a 20 MB data: URL. */
  private static final int TO_STRING_LIMIT = 200;

  private ModelSupport() {
  }

  /** The value for toString, with a long string cut and its length given. */
  static String abbreviate(Object value) {
    String text = String.valueOf(value);
    if (text.length() <= TO_STRING_LIMIT) {
      return text;
    }
    return text.substring(0, TO_STRING_LIMIT) + "...(" + text.length() + " chars)";
  }

  /** Lengths count code points, as JSON Schema does, so an emoji counts once. */
  static void checkMinLength(String name, String value, int min) {
    if (value != null && value.codePointCount(0, value.length()) < min) {
      throw new IllegalArgumentException(name + ": must be at least " + min
          + (min == 1 ? " character" : " characters") + " long, was "
          + value.codePointCount(0, value.length()));
    }
  }

  static void checkMaxLength(String name, String value, int max) {
    if (value != null && value.length() > max && value.codePointCount(0, value.length()) > max) {
      throw new IllegalArgumentException(name + ": must be at most " + max + " characters long, was "
          + value.codePointCount(0, value.length()));
    }
  }

  static void checkMinimum(String name, Number value, long min) {
    if (value != null && value.longValue() < min) {
      throw new IllegalArgumentException(name + ": must be at least " + min + ", was " + value);
    }
  }

  static void checkMaximum(String name, Number value, long max) {
    if (value != null && value.longValue() > max) {
      throw new IllegalArgumentException(name + ": must be at most " + max + ", was " + value);
    }
  }
}
