package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Response;

/** Error bodies and failures into exceptions and messages, without a server. */
class ErrorMapperTest {
  private static final String KEY = "sk-proj-ERRORMAPPER-SECRET-0123456789abcdef";
  private static final String ENVELOPE = "{\"error\":{\"message\":\"Invalid size '1x1'\",\"type\":\"invalid_request_error\","
      + "\"param\":\"size\",\"code\":\"invalid_value\"}}";
  private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

  private final ErrorMapper mapper = new ErrorMapper(new Moshi.Builder().build(), KEY);

  private static Response<Object> response(int status, String reason, String body, String... headers) {
    okhttp3.Response raw = new okhttp3.Response.Builder()
        .request(new Request.Builder().url("https://api.example.com/v1/videos").build())
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message(reason)
        .headers(Headers.of(headers))
        .build();
    return Response.error(ResponseBody.create(body, MediaType.get("application/json")), raw);
  }

  private ApiException map(int status, String body, String... headers) {
    return mapper.fromResponse(Operation.RETRIEVE, response(status, "Reason", body, headers), 1, false, null, null);
  }

  @Test
  void theResponsesHeadersComeWithTheException() {
    ApiException limited = map(429, ENVELOPE, "x-request-id", "req_1", "retry-after", "12", "x-ratelimit-remaining-requests", "0");

    assertThat(limited.headers().get("Retry-After")).isEqualTo("12");
    assertThat(limited.headers().get("x-ratelimit-remaining-requests")).isEqualTo("0");
    assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(12));
  }

  @ParameterizedTest
  @CsvSource({
      "400, BadRequestException",
      "401, AuthenticationException",
      "403, PermissionDeniedException",
      "404, NotFoundException",
      "409, ConflictException",
      "422, UnprocessableEntityException",
      "429, RateLimitException",
      "500, InternalServerException",
      "502, InternalServerException",
      "503, InternalServerException",
      "418, ApiException",
      "405, ApiException",
      "304, ApiException"})
  void eachStatusHasItsException(int status, String exception) {
    ApiException mapped = map(status, ENVELOPE, "x-request-id", "req_1");

    assertThat(mapped.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(mapped.statusCode()).isEqualTo(status);
    assertThat(mapped.requestId()).hasValue("req_1");
  }

  @Test
  void theEnvelopeGivesEveryField() {
    ApiException mapped = map(400, ENVELOPE, "x-request-id", "req_abc");

    assertThat(mapped.type()).hasValue("invalid_request_error");
    assertThat(mapped.code()).hasValue("invalid_value");
    assertThat(mapped.param()).hasValue("size");
    assertThat(mapped.bodySnippet()).isEmpty();
    assertThat(mapped.jobMayExist()).isFalse();
    assertThat(mapped.idempotencyKey()).isEmpty();
    assertThat(mapped.getMessage()).isEqualTo("retrieve: 400: Invalid size '1x1' (type invalid_request_error,"
        + " code invalid_value, param size, request id req_abc)");
  }

  @Test
  void anEnvelopeWithNullFieldsLeavesThemEmpty() {
    ApiException mapped = map(404, "{\"error\":{\"message\":\"No video with id video_9\",\"type\":\"invalid_request_error\","
        + "\"param\":null,\"code\":null},\"extra\":1}");

    assertThat(mapped.code()).isEmpty();
    assertThat(mapped.param()).isEmpty();
    assertThat(mapped.requestId()).isEmpty();
    assertThat(mapped.getMessage()).isEqualTo("retrieve: 404: No video with id video_9 (type invalid_request_error)");
  }

  @Test
  void otherErrorJsonOfGatewaysIsReadToo() {
    assertThat(map(400, "{\"error\":\"model not supported\"}").getMessage()).isEqualTo("retrieve: 400: model not supported");
    assertThat(map(404, "{\"detail\":\"Not Found\"}").getMessage()).isEqualTo("retrieve: 404: Not Found");
    assertThat(map(400, "{\"message\":\"bad input\"}").getMessage()).isEqualTo("retrieve: 400: bad input");
    ApiException numericCode = map(400, "{\"error\":{\"message\":\"Invalid model\",\"code\":400,\"type\":null}}");
    assertThat(numericCode.code()).hasValue("400");
    assertThat(numericCode.bodySnippet()).isEmpty();
  }

  @Test
  void anHtmlPageFromAProxyBecomesAReadableSnippet() {
    ApiException mapped = map(502, NGINX_502, "x-request-id", "req_502");

    assertThat(mapped).isInstanceOf(InternalServerException.class);
    assertThat(mapped.bodySnippet()).hasValue("502 Bad Gateway 502 Bad Gateway nginx/1.25.3");
    assertThat(mapped.type()).isEmpty();
    assertThat(mapped.getMessage()).isEqualTo("retrieve: 502: 502 Bad Gateway 502 Bad Gateway nginx/1.25.3 (request id req_502)");
  }

  @Test
  void aLongBodyIsCutToTheSnippetLength() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><style>body { color: red }</style>"
        + "<script>var x = '<b>';</script></head><body><p>Service &amp; stuff unavailable</p>");
    for (int i = 0; i < 100; i++) {
      page.append("<p>line ").append(i).append("</p>\n");
    }
    String snippet = map(503, page.append("</body></html>").toString()).bodySnippet().get();

    assertThat(snippet).startsWith("Service & stuff unavailable line 0 line 1 ")
        .doesNotContain("color", "var x", "<", ">")
        .matches("(?s).*\\.\\.\\.\\(\\d+ chars\\)");
    assertThat(snippet.substring(0, snippet.lastIndexOf("...("))).hasSize(ErrorBodies.SNIPPET_LENGTH);
  }

  @Test
  void plainTextAndJsonWithoutAnErrorKeepTheirText() {
    assertThat(map(500, "upstream connect error or disconnect/reset before headers").bodySnippet())
        .hasValue("upstream connect error or disconnect/reset before headers");
    assertThat(map(500, "{\"status\":\"down\"}").bodySnippet()).hasValue("{\"status\":\"down\"}");
  }

  @Test
  void anEmptyBodyFallsBackToTheReasonPhrase() {
    ApiException mapped = mapper.fromResponse(Operation.DELETE, response(503, "Service Unavailable", ""), 3, false,
        null, null);

    assertThat(mapped.bodySnippet()).isEmpty();
    assertThat(mapped.getMessage()).isEqualTo("delete: 503 Service Unavailable. Gave up after 3 attempts.");
  }

  @Test
  void aJobThatMayExistIsExplainedWithItsKey() {
    ApiException mapped = mapper.fromResponse(Operation.CREATE, response(500, "Internal Server Error", ENVELOPE), 1,
        true, "key-123", null);

    assertThat(mapped.jobMayExist()).isTrue();
    assertThat(mapped.idempotencyKey()).hasValue("key-123");
    assertThat(mapped.getMessage()).startsWith("create: 500: Invalid size")
        .contains("a job may exist", "Idempotency-Key key-123", "client.videos().listAll(", "newest first");
  }

  @Test
  void theApiKeyIsMaskedWhereverAServerEchoesIt() {
    ApiException inEnvelope = map(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
        + "\",\"type\":\"invalid_request_error\",\"code\":\"" + KEY + "\"}}");
    ApiException inPage = map(502, "<html><body><pre>Authorization: Bearer " + KEY + "</pre></body></html>");
    StringBuilder longPage = new StringBuilder();
    for (int i = 0; i < 190; i++) {
      longPage.append('x');
    }
    ApiException cutInHalf = map(502, longPage.append(' ').append(KEY).toString());

    for (ApiException mapped : new ApiException[] {inEnvelope, inPage, cutInHalf}) {
      assertThat(mapped.getMessage()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 12));
      assertThat(mapped.toString()).doesNotContain(KEY);
      assertThat(mapped.code().orElse("")).doesNotContain(KEY);
      assertThat(mapped.bodySnippet().orElse("")).doesNotContain(KEY.substring(0, 12));
    }
    assertThat(inEnvelope.getMessage()).contains("Incorrect API key provided: ***");
  }

  @Test
  void transportFailuresNameTheHostButNeverThePathOrQuery() {
    HttpUrl url = HttpUrl.get("https://gateway.example.com/v1/videos?key=" + KEY);

    VideosException refused = mapper.fromTransport(Operation.CREATE, new ConnectException("Connection refused"),
        RetryPolicy.Transport.NOT_SENT, url, 3, false, "key-1");
    VideosException timedOut = mapper.fromTransport(Operation.CREATE, new SocketTimeoutException("timeout"),
        RetryPolicy.Transport.TIMEOUT_AFTER_SENDING, url, 1, true, "key-1");

    assertThat(refused).isExactlyInstanceOf(ConnectionException.class);
    assertThat(refused.getMessage()).isEqualTo("create: could not connect to gateway.example.com:443"
        + " (ConnectException: Connection refused); the request was not sent. Gave up after 3 attempts.");
    assertThat(refused.jobMayExist()).isFalse();
    assertThat(timedOut).isExactlyInstanceOf(VideosTimeoutException.class);
    assertThat(timedOut.jobMayExist()).isTrue();
    assertThat(timedOut.getMessage()).contains("timed out waiting for the response from gateway.example.com:443",
        "a job may exist", "key-1").doesNotContain(KEY);
  }

  @Test
  void aShortKeyIsMaskedOnlyWhereItStandsAloneSoMessagesStayReadable() {
    ErrorMapper shortKeyed = new ErrorMapper(new Moshi.Builder().build(), "k");
    HttpUrl url = HttpUrl.get("https://gateway.example.com/v1/videos");

    VideosException unknownHost = shortKeyed.fromTransport(Operation.RETRIEVE,
        new java.net.UnknownHostException("gateway.example.com: key k was sent"), RetryPolicy.Transport.NOT_SENT,
        url, 1, false, null);

    assertThat(unknownHost.getMessage()).contains("UnknownHostException", "key *** was sent")
        .doesNotContain(" k ");
  }

  @Test
  void aMissingSuccessBodyOfAJobStartIsReportedAsAProbableJob() {
    MalformedResponseException empty = mapper.malformed(Operation.CREATE, 200, Headers.of("x-request-id", "req_9"),
        null, "key-9");
    MalformedResponseException read = mapper.malformed(Operation.LIST, -1, null,
        new com.squareup.moshi.JsonDataException("Expected BEGIN_OBJECT but was STRING at path $"), null);

    assertThat(empty.getMessage()).startsWith("create: the 200 response has no body (request id req_9). ")
        .contains("job was probably started", "key-9");
    assertThat(empty.jobMayExist()).isTrue();
    assertThat(empty.requestId()).hasValue("req_9");
    assertThat(read.getMessage()).isEqualTo("list: the response body is not the JSON the contract promises"
        + " (JsonDataException: Expected BEGIN_OBJECT but was STRING at path $)");
    assertThat(read.jobMayExist()).isFalse();
  }
}
