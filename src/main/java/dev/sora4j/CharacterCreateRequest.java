package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideosContract;
import java.nio.file.Path;
import okhttp3.RequestBody;

/**
 * A character to register: its name and a clip showing it.
 *
 * <pre>{@code
 * CharacterCreateRequest request = CharacterCreateRequest.builder()
 *     .name("Mochi")
 *     .video(Paths.get("mochi.mp4"))
 *     .build();
 * }</pre>
 *
 * <p>Wire form: always {@code multipart/form-data}, the text part {@code name}, then the file
 * part {@code video}.
 *
 * <p>Immutable; {@link Builder#build()} checks every rule.
 */
public final class CharacterCreateRequest {
  /** The contract's limit on a character's name, in characters: {@value}. */
  public static final int NAME_MAX_LENGTH = VideosContract.CHARACTER_NAME_MAX_LENGTH;

  private final String name;
  private final FileUpload video;

  private CharacterCreateRequest(String name, FileUpload video) {
    this.name = name;
    this.video = video;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().name(name).video(video);
  }

  /**
   * Returns the character's display name.
   *
   * @return the name, {@value VideosContract#CHARACTER_NAME_MIN_LENGTH} to {@value #NAME_MAX_LENGTH} characters
   */
  public String name() {
    return name;
  }

  /**
   * Returns the clip showing the character.
   *
   * @return the upload
   */
  public FileUpload video() {
    return video;
  }

  /** A new body on every call (each attempt); a character takes no model. */
  RequestBody toRequestBody(Moshi moshi) {
    return RequestBodies.form()
        .text("name", name)
        .file("video", video)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CharacterCreateRequest)) {
      return false;
    }
    CharacterCreateRequest that = (CharacterCreateRequest) other;
    return name.equals(that.name) && video.equals(that.video);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + video.hashCode();
  }

  @Override
  public String toString() {
    return "CharacterCreateRequest{name=" + ModelSupport.abbreviate(name) + ", video=" + video + "}";
  }

  /** Builds a {@link CharacterCreateRequest}; not thread-safe. */
  public static final class Builder {
    private String name;
    private FileUpload video;

    private Builder() {
    }

    /**
     * Sets the character's display name (required).
     *
     * @param name {@value VideosContract#CHARACTER_NAME_MIN_LENGTH} to {@value #NAME_MAX_LENGTH} characters
     *     (counted as code points)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the clip showing the character (required).
     *
     * @param video the clip, such as {@code FileUpload.ofBytes(bytes, "mochi.mp4", null)}
     * @return this builder
     */
    public Builder video(FileUpload video) {
      this.video = video;
      return this;
    }

    /**
     * Sets the clip showing the character to a file, streamed from disk when the request is
     * sent.
     *
     * @param path a readable regular file, such as {@code mochi.mp4}
     * @return this builder
     * @throws IllegalArgumentException if the file does not exist, is a directory, or is not
     *     readable
     */
    public Builder video(Path path) {
      this.video = FileUpload.ofFile("video", path, null);
      return this;
    }

    /**
     * Builds the request after checking it.
     *
     * @return the immutable request
     * @throws IllegalArgumentException naming the field and the rule, if the name is missing or
     *     not {@value VideosContract#CHARACTER_NAME_MIN_LENGTH} to {@value #NAME_MAX_LENGTH} characters long,
     *     or the video is missing
     */
    public CharacterCreateRequest build() {
      Requests.checkRequired("name", name);
      Requests.checkLength("name", name, VideosContract.CHARACTER_NAME_MIN_LENGTH, NAME_MAX_LENGTH);
      Requests.checkRequired("video", video);
      return new CharacterCreateRequest(name, video);
    }
  }
}
