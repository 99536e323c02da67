// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every generated model shares: the contract's limits, checked by the builders, toString,
 * and the tolerant reader. A server that bends the contract (a float where an integer was
 * promised, a number sent as a string, a status this version does not list) is read, and what it
 * sent is kept as its "wire form" so that writing the object back sends the same JSON values.
 */
final class ModelSupport {
  /** Longer strings are cut in toString: an image_url may be a 20 MB data: URL. */
  private static final int TO_STRING_LIMIT = 200;

  private static final BigDecimal LONG_LIMIT = BigDecimal.valueOf(Long.MAX_VALUE);

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

  /**
   * Reads a JSON integer leniently: a fraction is rounded down (Bifrost sends {@code progress}
   * 42.5) and a number sent as a string is read as that number. When the server's form differs
   * from the integer, that form is put in {@code wireForms} under {@code name}.
   *
   * @throws JsonDataException naming the path, for a value that is no number at all
   */
  static Long readLong(JsonReader reader, String name, Map<String, Object> wireForms) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String path = reader.getPath();
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException(name + ": expected an integer but was " + token + " at " + path);
    }
    String text = reader.nextString();
    BigDecimal number;
    try {
      number = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new JsonDataException(name + ": expected an integer but was \"" + abbreviate(text) + "\" at " + path);
    }
    BigDecimal whole = number.setScale(0, RoundingMode.FLOOR);
    if (whole.abs().compareTo(LONG_LIMIT) > 0) {
      throw new JsonDataException(name + ": integer out of range: " + abbreviate(text) + " at " + path);
    }
    if (token == JsonReader.Token.STRING) {
      wireForms.put(name, text);
    } else if (whole.compareTo(number) != 0) {
      wireForms.put(name, number);
    }
    return whole.longValue();
  }

  /** Like {@link #readLong}, for an int property. */
  static Integer readInt(JsonReader reader, String name, Map<String, Object> wireForms) throws IOException {
    String path = reader.getPath();
    Long value = readLong(reader, name, wireForms);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new JsonDataException(name + ": integer out of range: " + value + " at " + path);
    }
    return value.intValue();
  }

  /** Reads the text of an enum property; a number or boolean in its place is kept as its text. */
  static String readText(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token == JsonReader.Token.BOOLEAN) {
      return String.valueOf(reader.nextBoolean());
    }
    return reader.nextString();
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

  /** Keeps an enum's text as its wire form when no constant holds it, and forgets an older one otherwise. */
  static void keepUnknownText(Map<String, Object> wireForms, String name, String text, boolean unknown) {
    if (unknown) {
      wireForms.put(name, text);
    } else {
      wireForms.remove(name);
    }
  }

  /** Writes an explicit null: the contract sends nullable properties as null, not absent. */
  static void writeNull(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    writer.nullValue();
    writer.setSerializeNulls(serializeNulls);
  }

  /** Writes an enum's text; an UNKNOWN without text cannot occur in a parsed or built object, so this guards a bug, not input. */
  static void writeEnumText(JsonWriter writer, String text) throws IOException {
    if (text == null) {
      throw new JsonDataException("UNKNOWN has no text to write at " + writer.getPath());
    }
    writer.value(text);
  }

  /** The value for toString and writing: what the server sent when it differs, else the typed value. */
  static Object asSent(Map<String, Object> wireForms, String name, Object typed) {
    return wireForms.containsKey(name) ? wireForms.get(name) : typed;
  }
}
