package dev.sora4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** The validator itself bites, multipart bodies included: a broken wire is reported. */
class ContractValidatorTest {
  private static final HttpUrl CREATE = HttpUrl.get("http://127.0.0.1/v1/videos");
  private final ContractValidator validator = ContractValidator.get();

  private static Headers headers(String contentType) {
    return Headers.of("Authorization", "Bearer sk-test", "Content-Type", contentType);
  }

  private java.util.List<String> multipart(MultipartBody body) throws java.io.IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return validator.requestViolations("POST", CREATE, headers(body.contentType().toString()), buffer.readByteString());
  }

  @Test
  void aWellFormedJsonCreatePasses() {
    assertThat(validator.requestViolations("POST", CREATE, headers("application/json"),
        ByteString.encodeUtf8("{\"prompt\":\"a cat\",\"seconds\":\"8\"}"))).isEmpty();
  }

  @Test
  void secondsAsANumberIsReported() {
    assertThat(validator.requestViolations("POST", CREATE, headers("application/json"),
        ByteString.encodeUtf8("{\"prompt\":\"a cat\",\"seconds\":8}"))).isNotEmpty();
  }

  @Test
  void aMultipartCreateWithoutAPromptIsReported() throws Exception {
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("model", "sora-2")
        .addFormDataPart("input_reference", "a.png", RequestBody.create(new byte[] {1}, MediaType.get("image/png")))
        .build();

    assertThat(multipart(body)).anySatisfy(line -> assertThat(line).contains("prompt"));
  }

  @Test
  void bothReferenceKeysInBracketedPartsAreReported() throws Exception {
    MultipartBody both = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "a cat")
        .addFormDataPart("input_reference[file_id]", "file-123")
        .addFormDataPart("input_reference[image_url]", "https://example.com/a.png")
        .build();
    MultipartBody one = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("prompt", "a cat")
        .addFormDataPart("input_reference[file_id]", "file-123")
        .build();

    assertThat(multipart(both)).isNotEmpty();
    assertThat(multipart(one)).isEmpty();
  }
}
