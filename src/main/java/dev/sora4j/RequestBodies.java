package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The one place that knows the two wire forms of a request body.
 *
 * <p>A request that carries content (a reference image, a source video, a character's clip) is
 * {@code multipart/form-data}: each text field is a plain part without a content type, and the
 * content is one file part with its filename and content type, after the text parts. Every
 * other request is {@code application/json}, written by Moshi from the generated model of the
 * operation's JSON body, so that it is exactly what the spec describes; absent optional fields
 * are omitted.
 */
final class RequestBodies {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private RequestBodies() {
  }

  /** A JSON body of a generated model, encoded once into bytes (no intermediate String). */
  static <T> RequestBody json(Moshi moshi, Class<T> type, T value) {
    JsonAdapter<T> adapter = moshi.adapter(type);
    Buffer buffer = new Buffer();
    try {
      adapter.toJson(buffer, value);
    } catch (IOException e) {
      // a Buffer does not fail; only a broken adapter could get here
      throw new UncheckedIOException(e);
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  static Form form() {
    return new Form();
  }

  /** A multipart/form-data body, built text parts first, then the file part. */
  static final class Form {
    private final MultipartBody.Builder builder = new MultipartBody.Builder().setType(MultipartBody.FORM);

    private Form() {
    }

    Form text(String name, String value) {
      builder.addFormDataPart(name, value);
      return this;
    }

    /** A fresh body per call, so a file is reopened on each attempt. */
    Form file(String name, FileUpload upload) {
      builder.addFormDataPart(name, upload.filename(), upload.newRequestBody());
      return this;
    }

    /** The body; one-shot when a part is (OkHttp's MultipartBody says so then). */
    RequestBody build() {
      return builder.build();
    }
  }
}
