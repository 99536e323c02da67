package dev.sora4j.emulator;

import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideosContract;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The contract's rules for request fields, each refusing a bad value with a 400 that names the
 * field in {@code param} and uses the provider's codes. Lengths count code points, as JSON Schema
 * does.
 */
final class FieldRules {
  private static final Pattern WHOLE_SECONDS = Pattern.compile(VideoSeconds.PATTERN);
  private static final Pattern SIZE = Pattern.compile(VideoSize.PATTERN);
  private static final Pattern PROMPT_FORM = Pattern.compile(VideosContract.PROMPT_PATTERN);

  private FieldRules() {
  }

  /** A prompt within the contract's length limits, and not only whitespace. */
  static String prompt(RequestForm form) {
    String prompt = requiredText(form, "prompt", VideosContract.PROMPT_MIN_LENGTH, VideosContract.PROMPT_MAX_LENGTH);
    if (!PROMPT_FORM.matcher(prompt).find()) {
      throw ApiErrorException.invalid("prompt", "invalid_value", "Invalid 'prompt': expected a description of "
          + "the video, but got only whitespace.");
    }
    return prompt;
  }

  /** The model, open like the spec's VideoModel: any non-empty string. */
  static String model(RequestForm form) {
    String model = form.text("model");
    if (model == null) {
      return JobSpec.DEFAULT_MODEL;
    }
    checkLength("model", model, 1, 256);
    return model;
  }

  /** The size: open like the spec's VideoSize, but always {@code WIDTHxHEIGHT}. */
  static String size(RequestForm form) {
    String size = form.text("size");
    if (size == null) {
      return JobSpec.DEFAULT_SIZE;
    }
    if (!SIZE.matcher(size).matches()) {
      throw ApiErrorException.invalid("size", "invalid_value", "Invalid value for 'size': expected "
          + "WIDTHxHEIGHT in pixels, such as '720x1280' or '1280x720', but got '" + size + "'.");
    }
    return size;
  }

  /**
   * A duration: open like the spec's VideoSeconds ({@code "6"} is fine), but a whole number, since
   * an extension adds it up.
   *
   * @return the value, or null when absent
   */
  static String seconds(RequestForm form) {
    String seconds = form.text("seconds");
    if (seconds != null && !WHOLE_SECONDS.matcher(seconds).matches()) {
      throw ApiErrorException.invalid("seconds", "invalid_value", "Invalid value for 'seconds': expected "
          + "a whole number of seconds as a string, such as '4', '8' or '12', but got '" + seconds + "'.");
    }
    return seconds;
  }

  static String name(RequestForm form) {
    return requiredText(form, "name",
        VideosContract.CHARACTER_NAME_MIN_LENGTH, VideosContract.CHARACTER_NAME_MAX_LENGTH);
  }

  /**
   * Checks the optional {@code input_reference}: an uploaded file, or an object with exactly one
   * of {@code file_id} and {@code image_url} (flattened to {@code input_reference[...]} fields).
   */
  static void inputReference(RequestForm form) {
    String name = "input_reference";
    String fileId = form.text(name + "[file_id]");
    String imageUrl = form.text(name + "[image_url]");
    UploadedFile file = form.file(name);
    refuseText(form, name, "a file upload or an object with 'file_id' or 'image_url'");
    if (file != null && (fileId != null || imageUrl != null)) {
      throw ApiErrorException.invalid(name, "invalid_value",
          "Invalid 'input_reference': give either an uploaded file or a reference object, not both.");
    }
    if (fileId != null && imageUrl != null) {
      throw ApiErrorException.invalid(name, "invalid_value",
          "Invalid 'input_reference': give exactly one of 'file_id' and 'image_url', not both.");
    }
    if (form.hasObject(name) && fileId == null && imageUrl == null) {
      throw ApiErrorException.invalid(name, "invalid_value",
          "Invalid 'input_reference': give exactly one of 'file_id' and 'image_url'.");
    }
    if (fileId != null) {
      checkLength(name + "[file_id]", fileId, 1, Integer.MAX_VALUE);
    }
    if (imageUrl != null) {
      checkLength(name + "[image_url]", imageUrl,
          VideosContract.IMAGE_URL_MIN_LENGTH, VideosContract.IMAGE_URL_MAX_LENGTH);
      String scheme = imageUrl.toLowerCase(Locale.ROOT);
      if (!scheme.startsWith("https://") && !scheme.startsWith("http://") && !scheme.startsWith("data:")) {
        throw ApiErrorException.invalid(name + "[image_url]", "invalid_value", "Invalid 'input_reference[image_url]': "
            + "expected a fully qualified URL or a base64 data: URL.");
      }
    }
    if (file != null) {
      requireContent(name, file);
    }
  }

  /**
   * A source video given as {@code video}: an uploaded file or an object with an {@code id}
   * (flattened to {@code video[id]}).
   *
   * @return the id, or null when the video was uploaded
   */
  static String sourceVideoId(RequestForm form) {
    String name = "video";
    String id = form.text(name + "[id]");
    UploadedFile file = form.file(name);
    refuseText(form, name, "a file upload or an object with an 'id'");
    if (file != null && id != null) {
      throw ApiErrorException.invalid(name, "invalid_value",
          "Invalid 'video': give either an uploaded file or an object with an 'id', not both.");
    }
    if (file == null && id == null) {
      throw ApiErrorException.missing(name);
    }
    if (file != null) {
      requireContent(name, file);
      return null;
    }
    checkLength(name + "[id]", id, 1, Integer.MAX_VALUE);
    return id;
  }

  /** The clip of a character: an uploaded file, nothing else. */
  static void uploadedVideo(RequestForm form) {
    refuseText(form, "video", "a file upload");
    UploadedFile file = form.file("video");
    if (file == null) {
      throw ApiErrorException.missing("video");
    }
    requireContent("video", file);
  }

  /** A field that must be a file or an object arrived as plain text. */
  private static void refuseText(RequestForm form, String name, String expected) {
    if (form.text(name) != null) {
      throw ApiErrorException.invalid(name, "invalid_type",
          "Invalid type for '" + name + "': expected " + expected + ", but got a string.");
    }
  }

  private static void requireContent(String name, UploadedFile file) {
    if (file.size == 0) {
      throw ApiErrorException.invalid(name, "invalid_value", "Invalid '" + name + "': the uploaded file is empty.");
    }
  }

  private static String requiredText(RequestForm form, String name, int min, int max) {
    String value = form.text(name);
    if (value == null) {
      throw ApiErrorException.missing(name);
    }
    checkLength(name, value, min, max);
    return value;
  }

  private static void checkLength(String name, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      throw ApiErrorException.invalid(name, "string_below_min_length", "Invalid '" + name + "': string too short. "
          + "Expected a string with minimum length " + min + ", but got a string with length " + length + " instead.");
    }
    if (length > max) {
      throw ApiErrorException.invalid(name, "string_above_max_length", "Invalid '" + name + "': string too long. "
          + "Expected a string with maximum length " + max + ", but got a string with length " + length + " instead.");
    }
  }
}
