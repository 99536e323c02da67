package dev.sora4j;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code video} an edit or an extension works on: exactly one of
 * <ul>
 *   <li>an existing video, by id ({@link #ofId(String)}), sent as
 *       {@code "video": {"id": ...}} in a JSON request;
 *   <li>an upload ({@link #ofFile(Path)}, {@link #ofBytes(byte[], String, String)},
 *       {@link #ofStream(InputStream, String, String)}, {@link #ofUpload(FileUpload)}), sent as
 *       the file part {@code video} of a {@code multipart/form-data} request.
 * </ul>
 *
 * <p>Immutable; equal when the alternatives are equal.
 */
public final class SourceVideo {
  private final String id;
  private final FileUpload upload;

  private SourceVideo(String id, FileUpload upload) {
    this.id = id;
    this.upload = upload;
  }

  /**
   * Refers to a video the API made, such as a completed job.
   *
   * @param videoId the video's id, such as {@code video_123}
   * @return the source
   * @throws IllegalArgumentException if {@code videoId} is null or blank
   */
  public static SourceVideo ofId(String videoId) {
    return new SourceVideo(Requests.checkNotBlank("video.id", videoId), null);
  }

  /**
   * Uploads a video file, streamed from disk when the request is sent, with the content type its
   * extension suggests (see {@link FileUpload}).
   *
   * @param path a readable regular file, such as {@code clip.mp4}
   * @return the source
   * @throws IllegalArgumentException if the file does not exist, is a directory, or is not
   *     readable
   */
  public static SourceVideo ofFile(Path path) {
    return new SourceVideo(null, FileUpload.ofFile("video", path, null));
  }

  /**
   * Uploads a video held in memory; the array is copied.
   *
   * @param content the video's bytes
   * @param filename the name the server sees, such as {@code clip.mp4}
   * @param mediaType the content type; null to use the one {@code filename} suggests
   * @return the source
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static SourceVideo ofBytes(byte[] content, String filename, String mediaType) {
    return new SourceVideo(null, FileUpload.ofBytes(content, filename, mediaType));
  }

  /**
   * Uploads what a stream yields. A stream can be read once: a request carrying it cannot be
   * retried once its body has been sent (see {@link FileUpload}).
   *
   * @param stream the video; not closed by this library
   * @param filename the name the server sees, such as {@code clip.mp4}
   * @param mediaType the content type; null to use the one {@code filename} suggests
   * @return the source
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static SourceVideo ofStream(InputStream stream, String filename, String mediaType) {
    return new SourceVideo(null, FileUpload.ofStream(stream, filename, mediaType));
  }

  /**
   * Uploads prepared content.
   *
   * @param upload the video
   * @return the source
   */
  public static SourceVideo ofUpload(FileUpload upload) {
    return new SourceVideo(null, Requests.checkNotNull("upload", upload));
  }

  /**
   * Returns the id, when this source is an existing video.
   *
   * @return the video's id, or empty for an upload
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the upload, when this source is one.
   *
   * @return the content to upload, or empty for an existing video
   */
  public Optional<FileUpload> upload() {
    return Optional.ofNullable(upload);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SourceVideo)) {
      return false;
    }
    SourceVideo that = (SourceVideo) other;
    return id != null ? id.equals(that.id) : upload.equals(that.upload);
  }

  @Override
  public int hashCode() {
    return id != null ? id.hashCode() : upload.hashCode();
  }

  @Override
  public String toString() {
    return id != null ? "SourceVideo{id=" + ModelSupport.abbreviate(id) + "}" : "SourceVideo{" + upload + "}";
  }
}
