package dev.sora4j.emulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of a request body, the same whichever encoding carried them, so each operation
 * validates one shape. Multipart text parts and files keep their names; a JSON body is flattened
 * the way multipart spells objects: {@code {"video": {"id": "x"}}} becomes the text field
 * {@code video[id]}.
 */
final class RequestForm {
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, UploadedFile> files = new LinkedHashMap<>();
  /** The names of JSON objects, even empty ones, which flattening alone would lose. */
  private final Set<String> objects = new HashSet<>();

  /**
   * Flattens a parsed JSON body. Only strings (and objects of strings, one level deep) are
   * fields of this contract; null reads as absent, as the SDKs omit absent fields anyway.
   */
  static RequestForm fromJson(Object body) {
    if (!(body instanceof Map)) {
      throw ApiErrorException.invalid(null, "invalid_json", "The request body must be a JSON object.");
    }
    RequestForm form = new RequestForm();
    for (Map.Entry<?, ?> field : ((Map<?, ?>) body).entrySet()) {
      String name = String.valueOf(field.getKey());
      Object value = field.getValue();
      if (value instanceof Map) {
        form.objects.add(name);
        for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
          form.addJsonValue(name + "[" + member.getKey() + "]", member.getValue());
        }
      } else {
        form.addJsonValue(name, value);
      }
    }
    return form;
  }

  private void addJsonValue(String name, Object value) {
    if (value == null) {
      return;
    }
    if (!(value instanceof String)) {
      throw ApiErrorException.invalid(name, "invalid_type",
          "Invalid type for '" + name + "': expected a string, but got " + jsonTypeOf(value) + ".");
    }
    addText(name, (String) value);
  }

  private static String jsonTypeOf(Object value) {
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value instanceof Map ? "an object" : "an array";
  }

  void addText(String name, String value) {
    rejectDuplicate(name);
    texts.put(name, value);
  }

  void addFile(String name, UploadedFile file) {
    rejectDuplicate(name);
    files.put(name, file);
  }

  private void rejectDuplicate(String name) {
    if (texts.containsKey(name) || files.containsKey(name)) {
      throw ApiErrorException.invalid(name, "duplicate_parameter", "Duplicate parameter: '" + name + "'.");
    }
  }

  /** Whether a JSON body gave this field as an object (perhaps an empty one). */
  boolean hasObject(String name) {
    return objects.contains(name);
  }

  /** The text field, or null when absent. */
  String text(String name) {
    return texts.get(name);
  }

  /** The uploaded file, or null when absent. */
  UploadedFile file(String name) {
    return files.get(name);
  }

  /** Refuses any field the operation does not define, as the provider does. */
  void allowOnly(String... names) {
    Set<String> allowed = new HashSet<>(Arrays.asList(names));
    for (String name : texts.keySet()) {
      rejectUnknown(allowed, name);
    }
    for (String name : files.keySet()) {
      rejectUnknown(allowed, name);
    }
  }

  private static void rejectUnknown(Set<String> allowed, String name) {
    if (!allowed.contains(name)) {
      throw ApiErrorException.invalid(name, "unknown_parameter", "Unknown parameter: '" + name + "'.");
    }
  }

  /**
   * What the request asked for, independent of encoding details (multipart boundary, field
   * order), as a SHA-256 digest so that a 20 MB image URL is not kept per idempotency key: two
   * requests with equal fingerprints ask for the same job.
   */
  String fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
    for (Map.Entry<String, String> text : new TreeMap<>(texts).entrySet()) {
      update(digest, "text:" + text.getKey());
      update(digest, text.getValue());
    }
    for (Map.Entry<String, UploadedFile> file : new TreeMap<>(files).entrySet()) {
      UploadedFile upload = file.getValue();
      update(digest, "file:" + file.getKey());
      update(digest, upload.filename + ":" + upload.contentType + ":" + upload.size);
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : digest.digest()) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  /** Length-prefixed, so that no two different field lists digest the same bytes. */
  private static void update(MessageDigest digest, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }
}
