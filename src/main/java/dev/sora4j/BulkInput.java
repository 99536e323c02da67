package dev.sora4j;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * The one place that reads a bulk run's input: JSON Lines, each line an object with the create
 * fields ({@code prompt} required; {@code model}, {@code seconds}, {@code size},
 * {@code input_reference} as {@code {"file_id"}} or {@code {"image_url"}}) and an optional
 * {@code custom_id}. Blank lines are skipped (but counted, so numbers match an editor's).
 *
 * <p>The file is read twice: once whole to check every line (keeping only the ids, for
 * uniqueness) before any job starts, then line by line as the run takes them, so that a run holds
 * only its jobs in flight.
 */
final class BulkInput {
  /** A {@code custom_id} names files, so it is kept to characters every file system takes. */
  static final Pattern CUSTOM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final String FIELDS = "prompt, model, seconds, size, input_reference, custom_id";

  /** What the check of a whole file found: its digest (to tie a journal to it) and its job count. */
  static final class Checked {
    final String sha256;
    final int jobs;

    Checked(String sha256, int jobs) {
      this.sha256 = sha256;
      this.jobs = jobs;
    }
  }

  private BulkInput() {
  }

  /**
   * Checks every line.
   *
   * @throws BulkInputException listing the lines that cannot run
   * @throws UncheckedIOException when the file cannot be read
   */
  static Checked check(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    List<String> problems = new ArrayList<>();
    int problemCount = 0;
    Set<String> ids = new HashSet<>();
    int jobs = 0;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
         Lines lines = new Lines(in)) {
      while (lines.hasNext()) {
        String problem;
        try {
          BulkLine line = lines.next();
          jobs++;
          problem = ids.add(line.customId()) ? null
              : "line " + line.lineNumber() + ": custom_id: " + line.customId() + " is used by an earlier line";
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
        if (problem != null) {
          problemCount++;
          if (problems.size() < BulkInputException.MAX_LISTED) {
            problems.add(problem);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new BulkInputException(file.toString(), java.util.Collections.singletonList(e.getMessage()), 1);
      }
      throw e;
    }
    if (jobs == 0 && problemCount == 0) {
      throw new BulkInputException(file.toString(), java.util.Collections.singletonList("the file has no lines"), 1);
    }
    if (problemCount > 0) {
      throw new BulkInputException(file.toString(), problems, problemCount);
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : digest.digest()) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return new Checked(hex.toString(), jobs);
  }

  /** Opens the file for reading line by line; each {@code next()} parses one line. */
  static Lines open(Path file) {
    try {
      return new Lines(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * The lines of a file, parsed one at a time. {@code next()} throws an
   * {@link IllegalArgumentException} starting {@code line N:} for a line that cannot run.
   */
  static final class Lines implements Iterator<BulkLine>, Closeable {
    private final BufferedReader reader;
    private int number;
    private String nextText;
    private int nextNumber;

    Lines(InputStream in) {
      this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public boolean hasNext() {
      while (nextText == null) {
        String text;
        try {
          text = reader.readLine();
        } catch (CharacterCodingException e) {
          throw new UncheckedIOException("line " + (number + 1) + ": not UTF-8 text", e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (text == null) {
          return false;
        }
        number++;
        if (!text.trim().isEmpty()) {
          nextText = text;
          nextNumber = number;
        }
      }
      return true;
    }

    @Override
    public BulkLine next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String text = nextText;
      nextText = null;
      return parse(nextNumber, text);
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** Parses one line; a problem is thrown as {@code line N: field: rule}. */
  static BulkLine parse(int number, String text) {
    try {
      return parseObject(number, text);
    } catch (IllegalArgumentException | JsonDataException | JsonEncodingException e) {
      throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("line " + number + ": not a JSON object: " + e.getMessage(), e);
    }
  }

  private static BulkLine parseObject(int number, String text) throws IOException {
    JsonReader json = JsonReader.of(new Buffer().writeUtf8(text));
    if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new IllegalArgumentException("must be a JSON object with at least a prompt");
    }
    VideoCreateRequest.Builder request = VideoCreateRequest.builder();
    String customId = null;
    Set<String> seen = new HashSet<>();
    json.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      if (!seen.add(name)) {
        throw new IllegalArgumentException(name + ": given twice");
      }
      if (json.peek() == JsonReader.Token.NULL) {
        json.nextNull();
        continue;
      }
      switch (name) {
        case "prompt":
          request.prompt(string(json, name));
          break;
        case "model":
          request.model(string(json, name));
          break;
        case "seconds":
          request.seconds(dev.sora4j.model.VideoSeconds.of(stringOrInteger(json, name)));
          break;
        case "size":
          request.size(string(json, name));
          break;
        case "input_reference":
          request.inputReference(inputReference(json));
          break;
        case "custom_id":
          customId = stringOrInteger(json, name);
          if (!CUSTOM_ID.matcher(customId).matches()) {
            throw new IllegalArgumentException("custom_id: must be 1 to 128 letters, digits, '.', '_' or '-', "
                + "starting with a letter or digit, was \"" + ModelSupport.abbreviate(customId) + "\"");
          }
          break;
        default:
          throw new IllegalArgumentException("unknown field " + name + " (the fields are " + FIELDS + ")");
      }
    }
    json.endObject();
    if (json.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IllegalArgumentException("more than one JSON value on the line");
    }
    return new BulkLine(number, customId == null ? String.valueOf(number) : customId, request.build());
  }

  private static InputReference inputReference(JsonReader json) throws IOException {
    if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new IllegalArgumentException("input_reference: must be {\"file_id\": ...} or {\"image_url\": ...}");
    }
    InputReference reference = null;
    json.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      String field = "input_reference." + name;
      if (!name.equals("file_id") && !name.equals("image_url")) {
        throw new IllegalArgumentException(field + ": unknown (give file_id or image_url)");
      }
      if (reference != null) {
        throw new IllegalArgumentException("input_reference: give exactly one of file_id and image_url");
      }
      String value = string(json, field);
      reference = name.equals("file_id") ? InputReference.ofFileId(value) : InputReference.ofImageUrl(value);
    }
    json.endObject();
    if (reference == null) {
      throw new IllegalArgumentException("input_reference: give exactly one of file_id and image_url");
    }
    return reference;
  }

  private static String string(JsonReader json, String field) throws IOException {
    if (json.peek() != JsonReader.Token.STRING) {
      throw new IllegalArgumentException(field + ": must be a string, was " + describe(json.peek()));
    }
    return json.nextString();
  }

  private static String stringOrInteger(JsonReader json, String field) throws IOException {
    if (json.peek() == JsonReader.Token.NUMBER) {
      String number = json.nextString();
      if (!number.matches("[0-9]+")) {
        throw new IllegalArgumentException(field + ": must be a whole number or a string, was " + number);
      }
      return number;
    }
    return string(json, field);
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return token.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
