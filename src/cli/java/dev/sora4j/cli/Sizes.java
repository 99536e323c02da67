package dev.sora4j.cli;

import java.util.Locale;

/** Byte counts for people, in decimal units as file managers show them: {@code 1.2 MB}. */
final class Sizes {
  private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

  private Sizes() {
  }

  static String format(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 999.95 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
