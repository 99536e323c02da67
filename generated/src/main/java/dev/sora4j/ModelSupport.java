// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every generated model shares: the contract's limits, checked by the builders, toString,
 * and the tolerant reader. A server that bends the contract (a float where an integer was
 * promised, a number sent as a string, a status this version does not list) is read, and what it
 * sent is kept as its "wire form" so that writing the object back sends the same JSON values.
 */
final class ModelSupport {
  /** Longer strings are cut in toString: an image_url may be a 20 MB data: URL. */
  private static final int TO_STRING_LIMIT = 200;

  private ModelSupport() {
  }

  /** The value for toString: a long string is cut (never inside a surrogate pair) and its length given. */
  static String abbreviate(Object value) {
    return abbreviate(String.valueOf(value), TO_STRING_LIMIT);
  }

  /**
   * Cuts a text longer than {@code limit} characters, never inside a surrogate pair, and gives its
   * full length, so that a reader knows it was cut and by how much.
   */
  static String abbreviate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end) + "...(" + text.length() + " chars)";
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

  /**
   * Checks a value against the contract's pattern, which, as in JSON Schema, may match anywhere in
   * the value unless it is anchored.
   */
  static void checkPattern(String name, String value, String pattern, String rule) {
    if (value != null && !Pattern.compile(pattern).matcher(value).find()) {
      throw new IllegalArgumentException(name + ": " + rule + ", was \"" + abbreviate(value) + "\"");
    }
  }

  /**
   * Reads any JSON value as Moshi does (String, Boolean, List, Map or null), except that an
   * integer stays an integer ({@code 8} reads as the Long 8, not the Double 8.0) so that it is
   * written back as sent; other numbers read as Double.
   */
  static Object readJsonValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readJsonValue(reader));
        }
        reader.endArray();
        return list;
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), readJsonValue(reader));
        }
        reader.endObject();
        return map;
      case NUMBER:
        String text = reader.nextString();
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          // Not a long: a fraction, an exponent or too many digits; a Double is what Moshi gives too.
          return Double.parseDouble(text);
        }
      default:
        return reader.readJsonValue();
    }
  }

  /** Writes an explicit null: the contract sends nullable properties as null, not absent. */
  static void writeNull(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.nullValue();
    writer.setSerializeNulls(serializeNulls);
  }

  /** The value for toString and writing: what the server sent when it differs, else the typed value. */
  static Object asSent(Map<String, Object> wireForms, String name, Object typed) {
    return wireForms.containsKey(name) ? wireForms.get(name) : typed;
  }
}
