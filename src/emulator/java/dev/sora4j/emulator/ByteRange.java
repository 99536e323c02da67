package dev.sora4j.emulator;

import java.util.Locale;

/**
 * One range of a {@code Range: bytes=...} request header (RFC 9110 section 14): {@code N-},
 * {@code N-M} or the suffix form {@code -S}. A header this class does not understand, or one
 * asking for several ranges, is ignored and the whole body served, as the RFC allows.
 */
final class ByteRange {
  private static final long ABSENT = -1;
  private static final long UNREADABLE = -2;

  final long first;
  final long last;

  private ByteRange(long first, long last) {
    this.first = first;
    this.last = last;
  }

  long length() {
    return last - first + 1;
  }

  /**
   * Reads the header against a body of the given length.
   *
   * @param header the Range header, or null
   * @return the range, or null to serve the whole body
   * @throws Unsatisfiable if the range lies outside the body
   */
  static ByteRange parse(String header, long bodyLength) throws Unsatisfiable {
    if (header == null) {
      return null;
    }
    String trimmed = header.trim();
    if (!trimmed.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
      return null;
    }
    String spec = trimmed.substring("bytes=".length());
    int dash = spec.indexOf('-');
    if (dash < 0 || spec.indexOf(',') >= 0) {
      return null;
    }
    long first = number(spec.substring(0, dash));
    long last = number(spec.substring(dash + 1));
    if (first == UNREADABLE || last == UNREADABLE || (first == ABSENT && last == ABSENT)) {
      return null;
    }
    if (first == ABSENT) { // a suffix: the final `last` bytes
      if (last == 0 || bodyLength == 0) {
        throw new Unsatisfiable();
      }
      return new ByteRange(Math.max(0, bodyLength - last), bodyLength - 1);
    }
    if (last != ABSENT && last < first) {
      return null; // invalid, so ignored
    }
    if (first >= bodyLength) {
      throw new Unsatisfiable();
    }
    return new ByteRange(first, last == ABSENT ? bodyLength - 1 : Math.min(last, bodyLength - 1));
  }

  private static long number(String text) {
    String digits = text.trim();
    if (digits.isEmpty()) {
      return ABSENT;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return UNREADABLE;
      }
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return UNREADABLE; // more than 19 digits
    }
  }

  /** The range lies outside the body: answered with 416. */
  static final class Unsatisfiable extends Exception {
    private static final long serialVersionUID = 1L;

    Unsatisfiable() {
      super(null, null, false, false);
    }
  }
}
