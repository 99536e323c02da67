package dev.sora4j.emulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code ; name=value} parameters of a header such as {@code Content-Type} or
 * {@code Content-Disposition}. Values are tokens or quoted strings (with backslash escapes, so a
 * quoted {@code ;} does not split); names are lower-cased.
 */
final class HeaderParams {
  private HeaderParams() {
  }

  /** The part before the first {@code ;}, lower-cased and trimmed: a media type or a disposition. */
  static String mainValue(String header) {
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  static Map<String, String> parameters(String header) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int position = header.indexOf(';');
    while (position >= 0 && position < header.length()) {
      position++; // past the ';'
      int equals = header.indexOf('=', position);
      int nextSemicolon = header.indexOf(';', position);
      if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
        position = nextSemicolon; // a parameter without a value: skip it
        continue;
      }
      String name = header.substring(position, equals).trim().toLowerCase(Locale.ROOT);
      int valueStart = equals + 1;
      while (valueStart < header.length() && header.charAt(valueStart) == ' ') {
        valueStart++;
      }
      StringBuilder value = new StringBuilder();
      if (valueStart < header.length() && header.charAt(valueStart) == '"') {
        int i = valueStart + 1;
        while (i < header.length() && header.charAt(i) != '"') {
          if (header.charAt(i) == '\\' && i + 1 < header.length()) {
            i++;
          }
          value.append(header.charAt(i));
          i++;
        }
        position = header.indexOf(';', i);
      } else {
        int end = header.indexOf(';', valueStart);
        value.append(header, valueStart, end < 0 ? header.length() : end);
        position = end;
      }
      parameters.put(name, value.toString().trim());
    }
    return parameters;
  }
}
