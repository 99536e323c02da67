// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

/** The contract's limits, as checked by the generated builders. */
final class ModelChecks {
  private ModelChecks() {
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
