// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
package dev.sora4j;

import com.squareup.moshi.JsonClass;
import java.util.Optional;

/**
 * A reference that guides generation, given by exactly one of `file_id` (an uploaded file) or `image_url` (a URL or data URL). The provider states the exactly-one rule in prose; this file expresses it as a oneOf of two objects, each requiring its key. In multipart bodies the chosen key travels as an `input_reference[file_id]` or `input_reference[image_url]` text part.
 *
 * <p>A union: it holds exactly one of {@link FileIdInputReference}, {@link ImageUrlInputReference}.
 * Create it with an {@code of} method; read it with the accessor of the alternative.
 */
@JsonClass(generateAdapter = true, generator = "sora4j")
final class ImageInputReference {
  private final Object value;

  private ImageInputReference(Object value) {
    this.value = value;
  }

  /**
   * Holds a {@link FileIdInputReference}.
   *
   * @param value the alternative, not null
   * @return the union holding {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static ImageInputReference of(FileIdInputReference value) {
    if (value == null) {
      throw new NullPointerException("ImageInputReference: the FileIdInputReference is null");
    }
    return new ImageInputReference(value);
  }

  /**
   * Returns the {@link FileIdInputReference} alternative.
   *
   * @return the value if this union holds a {@code FileIdInputReference}, else empty
   */
  public Optional<FileIdInputReference> fileIdInputReference() {
    return value instanceof FileIdInputReference ? Optional.of((FileIdInputReference) value) : Optional.<FileIdInputReference>empty();
  }

  /**
   * Holds a {@link ImageUrlInputReference}.
   *
   * @param value the alternative, not null
   * @return the union holding {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static ImageInputReference of(ImageUrlInputReference value) {
    if (value == null) {
      throw new NullPointerException("ImageInputReference: the ImageUrlInputReference is null");
    }
    return new ImageInputReference(value);
  }

  /**
   * Returns the {@link ImageUrlInputReference} alternative.
   *
   * @return the value if this union holds a {@code ImageUrlInputReference}, else empty
   */
  public Optional<ImageUrlInputReference> imageUrlInputReference() {
    return value instanceof ImageUrlInputReference ? Optional.of((ImageUrlInputReference) value) : Optional.<ImageUrlInputReference>empty();
  }

  /**
   * Returns the alternative this union holds.
   *
   * @return one of {@link FileIdInputReference}, {@link ImageUrlInputReference}, never null
   */
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageInputReference && value.equals(((ImageInputReference) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "ImageInputReference{" + value + "}";
  }
}
