package dev.sora4j;

import dev.sora4j.model.VideosContract;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The {@code input_reference} of a create request, a reference that guides generation: exactly
 * one of
 * <ul>
 *   <li>an upload ({@link #ofFile(Path)}, {@link #ofBytes(byte[], String, String)},
 *       {@link #ofStream(InputStream, String, String)}, {@link #ofUpload(FileUpload)}), sent as
 *       the file part {@code input_reference} of a {@code multipart/form-data} request;
 *   <li>the id of a file uploaded earlier through the Files API ({@link #ofFileId(String)}),
 *       sent as {@code "input_reference": {"file_id": ...}} in a JSON request;
 *   <li>an image URL or {@code data:} URL ({@link #ofImageUrl(String)}), sent as
 *       {@code "input_reference": {"image_url": ...}} in a JSON request.
 * </ul>
 * Each factory checks its argument, so an invalid reference cannot be built; holding exactly one
 * alternative is what the contract's "exactly one of {@code file_id} and {@code image_url}" rule
 * asks for.
 *
 * <p>Immutable; equal when the alternatives are equal.
 */
public final class InputReference {
  /** The contract's limit on {@code image_url}, in characters (a 20 MiB data: URL): {@value}. */
  public static final int IMAGE_URL_MAX_LENGTH = VideosContract.IMAGE_URL_MAX_LENGTH;

  private final FileUpload upload;
  /** A file_id or image_url reference, held as the generated union that the JSON body carries. */
  private final ImageInputReference reference;

  private InputReference(FileUpload upload, ImageInputReference reference) {
    this.upload = upload;
    this.reference = reference;
  }

  /**
   * Uploads a file, streamed from disk when the request is sent, with the content type its
   * extension suggests (see {@link FileUpload}).
   *
   * @param path a readable regular file, such as {@code reference.png}
   * @return the reference
   * @throws IllegalArgumentException if the file does not exist, is a directory, or is not
   *     readable
   */
  public static InputReference ofFile(Path path) {
    return new InputReference(FileUpload.ofFile("input_reference", path, null), null);
  }

  /**
   * Uploads bytes held in memory; the array is copied.
   *
   * @param content the bytes, such as a PNG image
   * @param filename the name the server sees, such as {@code reference.png}
   * @param mediaType the content type; null to use the one {@code filename} suggests
   * @return the reference
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static InputReference ofBytes(byte[] content, String filename, String mediaType) {
    return new InputReference(FileUpload.ofBytes(content, filename, mediaType), null);
  }

  /**
   * Uploads what a stream yields. A stream can be read once: a request carrying it cannot be
   * retried once its body has been sent (see {@link FileUpload}).
   *
   * @param stream the content; not closed by this library
   * @param filename the name the server sees, such as {@code reference.png}
   * @param mediaType the content type; null to use the one {@code filename} suggests
   * @return the reference
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static InputReference ofStream(InputStream stream, String filename, String mediaType) {
    return new InputReference(FileUpload.ofStream(stream, filename, mediaType), null);
  }

  /**
   * Uploads prepared content.
   *
   * @param upload the content
   * @return the reference
   */
  public static InputReference ofUpload(FileUpload upload) {
    return new InputReference(Requests.checkNotNull("upload", upload), null);
  }

  /**
   * Refers to a file uploaded earlier through the Files API.
   *
   * @param fileId the file's id, such as {@code file-123}
   * @return the reference
   * @throws IllegalArgumentException if {@code fileId} is null or blank
   */
  public static InputReference ofFileId(String fileId) {
    Requests.checkNotBlank("file_id", fileId);
    return new InputReference(null, ImageInputReference.of(FileIdInputReference.builder().fileId(fileId).build()));
  }

  /**
   * Refers to an image by URL: an absolute {@code http}/{@code https} URL, or a {@code data:}
   * URL carrying the image, such as {@code data:image/png;base64,iVBORw0...}.
   *
   * @param imageUrl the URL, at most {@value #IMAGE_URL_MAX_LENGTH} characters
   * @return the reference
   * @throws IllegalArgumentException if {@code imageUrl} is blank, too long, or neither an
   *     absolute http(s) URL nor a data: URL
   */
  public static InputReference ofImageUrl(String imageUrl) {
    Requests.checkNotBlank("image_url", imageUrl);
    // the generated builder checks the contract's length limit, with the contract's message
    ImageUrlInputReference reference = ImageUrlInputReference.builder().imageUrl(imageUrl).build();
    if (!isDataUrl(imageUrl) && HttpUrl.parse(imageUrl) == null) {
      throw new IllegalArgumentException("image_url: must be an absolute http(s) URL or a data: URL, was "
          + ModelSupport.abbreviate(imageUrl));
    }
    return new InputReference(null, ImageInputReference.of(reference));
  }

  /** {@code data:[<media type>][;base64],<data>}: the scheme and the comma that ends the header. */
  private static boolean isDataUrl(String url) {
    return url.regionMatches(true, 0, "data:", 0, 5) && url.indexOf(',') > 0;
  }

  /**
   * Returns the upload, when this reference is one.
   *
   * @return the content to upload, or empty for a file id or image URL
   */
  public Optional<FileUpload> upload() {
    return Optional.ofNullable(upload);
  }

  /**
   * Returns the file id, when this reference is one.
   *
   * @return the {@code file_id}, or empty
   */
  public Optional<String> fileId() {
    return reference == null
        ? Optional.<String>empty()
        : reference.fileIdInputReference().map(FileIdInputReference::fileId);
  }

  /**
   * Returns the image URL, when this reference is one.
   *
   * @return the {@code image_url}, or empty
   */
  public Optional<String> imageUrl() {
    return reference == null
        ? Optional.<String>empty()
        : reference.imageUrlInputReference().map(ImageUrlInputReference::imageUrl);
  }

  /** The JSON form of a file_id or image_url reference; null for an upload. */
  ImageInputReference toModel() {
    return reference;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof InputReference)) {
      return false;
    }
    InputReference that = (InputReference) other;
    return upload != null ? upload.equals(that.upload) : reference.equals(that.reference);
  }

  @Override
  public int hashCode() {
    return upload != null ? upload.hashCode() : reference.hashCode();
  }

  @Override
  public String toString() {
    if (upload != null) {
      return "InputReference{" + upload + "}";
    }
    Optional<String> fileId = fileId();
    return fileId.isPresent()
        ? "InputReference{file_id=" + ModelSupport.abbreviate(fileId.get()) + "}"
        : "InputReference{image_url=" + ModelSupport.abbreviate(imageUrl().orElse("")) + "}";
  }
}
