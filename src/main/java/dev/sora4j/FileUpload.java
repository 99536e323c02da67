package dev.sora4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Content sent as a file part of a multipart request: a reference image or clip for
 * {@link InputReference}, a source video for {@link SourceVideo}, or a character's clip for
 * {@link CharacterCreateRequest}.
 *
 * <p>The content comes from one of three places:
 * <ul>
 *   <li>{@link #ofFile(Path)}: a file, streamed from disk each time the request is sent and never
 *       read whole into memory; its size is sent as the part's length. A failed request can be
 *       retried, since the file is opened again.
 *   <li>{@link #ofBytes(byte[], String, String)}: bytes in memory (copied), sent again on retry.
 *   <li>{@link #ofStream(InputStream, String, String)}: a stream, which can be read only once.
 *       The request is sent with chunked transfer encoding (its length is unknown) and is
 *       <em>one-shot</em>: once its body has been sent it cannot be retried, and sending it a
 *       second time fails with an {@link IOException}. Prefer a file or bytes when retries matter.
 *       The stream is not closed: the caller owns it.
 * </ul>
 *
 * <p>The part's content type is the media type given, else the one its filename's extension
 * suggests ({@code .jpg}/{@code .jpeg} {@code image/jpeg}, {@code .png} {@code image/png},
 * {@code .webp} {@code image/webp}, {@code .gif} {@code image/gif}, {@code .mp4}
 * {@code video/mp4}, {@code .mov} {@code video/quicktime}, {@code .webm} {@code video/webm}),
 * else {@code application/octet-stream}.
 *
 * <p>Immutable, apart from a stream's position. Two uploads are equal when they send the same
 * file (by path), the same bytes, or the same stream object, under the same name and type.
 */
public final class FileUpload {
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final Map<String, MediaType> MEDIA_TYPES_BY_EXTENSION = mediaTypesByExtension();

  private final Path path;
  private final byte[] content;
  private final InputStream stream;
  private final String filename;
  private final MediaType mediaType;
  /** Guards the one read a stream allows, so a retry fails loudly instead of sending nothing. */
  private final AtomicBoolean streamSent;

  private FileUpload(Path path, byte[] content, InputStream stream, String filename, MediaType mediaType) {
    this.path = path;
    this.content = content;
    this.stream = stream;
    this.filename = filename;
    this.mediaType = mediaType;
    this.streamSent = stream == null ? null : new AtomicBoolean();
  }

  /**
   * Uploads a file, with the content type its extension suggests.
   *
   * @param path a readable regular file
   * @return the upload
   * @throws IllegalArgumentException if the file does not exist, is not a regular file (such as
   *     a directory), or is not readable
   */
  public static FileUpload ofFile(Path path) {
    return ofFile("path", path, null);
  }

  /**
   * Uploads a file with the given content type.
   *
   * @param path a readable regular file
   * @param mediaType the part's content type, such as {@code image/png}; null to use the one the
   *     file's extension suggests
   * @return the upload
   * @throws IllegalArgumentException if the file is not a readable regular file, or
   *     {@code mediaType} is not a media type
   */
  public static FileUpload ofFile(Path path, String mediaType) {
    return ofFile("path", path, mediaType);
  }

  /**
   * Uploads bytes held in memory; the array is copied.
   *
   * @param content the bytes to send
   * @param filename the name the server sees, such as {@code reference.png}
   * @param mediaType the part's content type; null to use the one {@code filename} suggests
   * @return the upload
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static FileUpload ofBytes(byte[] content, String filename, String mediaType) {
    Requests.checkNotNull("content", content);
    Requests.checkNotBlank("filename", filename);
    return new FileUpload(null, content.clone(), null, filename, mediaType("mediaType", mediaType, filename));
  }

  /**
   * Uploads what a stream yields. The stream is read once, to its end, when the request is sent;
   * such a request cannot be retried once its body has been sent (see the class description).
   *
   * @param stream the content; not closed by this library
   * @param filename the name the server sees, such as {@code clip.mp4}
   * @param mediaType the part's content type; null to use the one {@code filename} suggests
   * @return the upload
   * @throws IllegalArgumentException if {@code filename} is blank or {@code mediaType} is not a
   *     media type
   */
  public static FileUpload ofStream(InputStream stream, String filename, String mediaType) {
    Requests.checkNotNull("stream", stream);
    Requests.checkNotBlank("filename", filename);
    return new FileUpload(null, null, stream, filename, mediaType("mediaType", mediaType, filename));
  }

  /** {@link #ofFile(Path, String)} with the request field named in the messages. */
  static FileUpload ofFile(String field, Path path, String mediaType) {
    Requests.checkNotNull(field, path);
    checkReadableFile(field, path);
    Path name = path.getFileName();
    String filename = name == null ? path.toString() : name.toString();
    return new FileUpload(path, null, null, filename, mediaType("mediaType", mediaType, filename));
  }

  /**
   * Checked here, before anything is sent, so that a wrong path fails as an argument error and
   * not as a connection error midway through a request.
   */
  private static void checkReadableFile(String field, Path path) {
    String rule = field + ": must be a readable regular file, but " + path;
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(rule + " does not exist");
    }
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException(rule + " is a directory");
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(rule + " is not a regular file");
    }
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException(rule + " is not readable");
    }
  }

  private static MediaType mediaType(String parameter, String given, String filename) {
    if (given == null) {
      return mediaTypeFor(filename);
    }
    MediaType parsed = MediaType.parse(given);
    if (parsed == null) {
      throw new IllegalArgumentException(parameter + ": must be a media type such as image/png, was "
          + ModelSupport.abbreviate(given));
    }
    return parsed;
  }

  /** The content type a file name suggests; {@code application/octet-stream} when unknown. */
  static MediaType mediaTypeFor(String filename) {
    int dot = filename.lastIndexOf('.');
    if (dot < 0) {
      return OCTET_STREAM;
    }
    MediaType known = MEDIA_TYPES_BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    return known == null ? OCTET_STREAM : known;
  }

  /** The formats a reference or a source video comes in; anything else goes as octet-stream. */
  private static Map<String, MediaType> mediaTypesByExtension() {
    Map<String, MediaType> types = new HashMap<>();
    types.put("jpg", MediaType.get("image/jpeg"));
    types.put("jpeg", MediaType.get("image/jpeg"));
    types.put("png", MediaType.get("image/png"));
    types.put("webp", MediaType.get("image/webp"));
    types.put("gif", MediaType.get("image/gif"));
    types.put("mp4", MediaType.get("video/mp4"));
    types.put("mov", MediaType.get("video/quicktime"));
    types.put("webm", MediaType.get("video/webm"));
    return Collections.unmodifiableMap(types);
  }

  /**
   * Returns the file name sent with the part.
   *
   * @return the name of the file, or the name given for bytes and streams
   */
  public String filename() {
    return filename;
  }

  /**
   * Returns the content type sent with the part.
   *
   * @return a media type such as {@code image/png}
   */
  public String mediaType() {
    return mediaType.toString();
  }

  /**
   * Returns a new body for this content. Called for every attempt of a request, so a file is
   * opened again on each retry.
   */
  RequestBody newRequestBody() {
    if (path != null) {
      return new FileBody(path, mediaType);
    }
    if (content != null) {
      return RequestBody.create(content, mediaType);
    }
    return new StreamBody();
  }

  /** Streams a file from disk; the length is known up front, so no chunked encoding. */
  private static final class FileBody extends RequestBody {
    private final Path path;
    private final MediaType mediaType;

    FileBody(Path path, MediaType mediaType) {
      this.path = path;
      this.mediaType = mediaType;
    }

    @Override
    public MediaType contentType() {
      return mediaType;
    }

    @Override
    public long contentLength() throws IOException {
      return Files.size(path);
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      try (Source source = Okio.source(path)) {
        sink.writeAll(source);
      }
    }
  }

  /** Sends the stream once; its length is unknown, so OkHttp sends it chunked. */
  private final class StreamBody extends RequestBody {
    @Override
    public MediaType contentType() {
      return mediaType;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      if (!streamSent.compareAndSet(false, true)) {
        throw new IOException("The stream of upload '" + filename + "' was already sent once and cannot be read "
            + "again: a request with a stream upload cannot be retried (upload a file or bytes to allow retries)");
      }
      // Not closed: the caller owns the stream.
      sink.writeAll(Okio.source(stream));
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FileUpload)) {
      return false;
    }
    FileUpload that = (FileUpload) other;
    return Objects.equals(path, that.path)
        && Arrays.equals(content, that.content)
        && stream == that.stream
        && filename.equals(that.filename)
        && mediaType.equals(that.mediaType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, Arrays.hashCode(content), System.identityHashCode(stream), filename, mediaType);
  }

  @Override
  public String toString() {
    String source = path != null
        ? "file=" + path
        : content != null ? "bytes=" + content.length : "stream";
    return "FileUpload{" + source + ", filename=" + ModelSupport.abbreviate(filename) + ", mediaType=" + mediaType + "}";
  }
}
