package dev.sora4j.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/**
 * Checks HTTP traffic against the contract, {@code openapi/videos.yaml}, with Atlassian's
 * swagger-request-validator: method and path, query and header parameters, security, status,
 * response headers, and JSON bodies against their schemas. The spec is parsed once per JVM.
 *
 * <p>What it checks, and what it cannot:
 *
 * <ul>
 *   <li><b>Paths.</b> Traffic is matched below any base URL: everything in front of
 *       {@code /videos} (such as {@code /v1} or {@code /openai/v1}) is dropped, because the
 *       facade works with any compatible server's base URL.
 *   <li><b>Headers the spec leaves to the facade.</b> {@code Idempotency-Key}, {@code User-Agent},
 *       {@code OpenAI-Organization}, {@code OpenAI-Project} and the retry headers the facade
 *       sends are not parameters of the spec; the validator ignores headers it does not know.
 *   <li><b>Security.</b> Either scheme satisfies the spec's {@code security}: an
 *       {@code Authorization: Bearer} header or an {@code api-key} header. Only the presence of
 *       the credential is checked, never its value. {@link #withoutCredentials()} accepts
 *       requests without credentials, for the raw generated interface, which leaves them to the
 *       facade.
 *   <li><b>Multipart bodies.</b> The validator itself only checks that
 *       {@code multipart/form-data} is a media type the operation accepts and that a required
 *       body is there: it does not read the parts. So this class reads them itself (with
 *       OkHttp's {@link MultipartReader}), folds them into the logical object the spec
 *       describes &mdash; a text part becomes a string, a file part a string standing for the
 *       bytes, and bracketed names such as {@code input_reference[file_id]} or {@code video[id]}
 *       an object &mdash; and validates that against the operation's multipart schema with the
 *       validator's schema validator. That catches missing, misnamed or unknown-valued fields,
 *       lengths, and the exactly-one rules of the {@code oneOf} unions. It cannot check: the
 *       type of a text part (every part is a string on the wire, so {@code seconds} sent as
 *       {@code 8} looks the same as {@code "8"}); the {@code encoding} content types of file
 *       parts ({@code image/png}, {@code video/*}); a file part's filename; or the bytes of an
 *       upload. A part repeated under one name keeps its last value.
 *   <li><b>Binary responses.</b> Content downloads are checked for status, headers and a
 *       declared media type ({@code video/mp4}, {@code image/webp}, {@code image/jpeg}); their
 *       bytes are not read, since a {@code format: binary} schema says nothing about them.
 * </ul>
 */
public final class ContractValidator {
  /** The contract, at the project's root; tests run with the project's root as working folder. */
  static final Path SPEC = Paths.get("openapi", "videos.yaml");

  private static final String MULTIPART = "multipart/form-data";
  private static final Pattern BRACKETED = Pattern.compile("([^\\[\\]]+)\\[([^\\[\\]]+)]");

  private static final class Loaded {
    static final String YAML = read();
    static final OpenAPI API = parse();
    static final ContractValidator STRICT = new ContractValidator(false);
    static final ContractValidator WITHOUT_CREDENTIALS = new ContractValidator(true);
  }

  private final OpenApiInteractionValidator validator;
  private final SchemaValidator schemas;

  private ContractValidator(boolean credentialsOptional) {
    LevelResolver.Builder levels = LevelResolver.create();
    if (credentialsOptional) {
      levels.withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE);
    }
    // from the text, so that the validator resolves the shared responses ($ref Error) its own way
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(Loaded.YAML)
        // tests serve the API below any prefix; apiPath() has already dropped it
        .withBasePathOverride("/")
        .withLevelResolver(levels.build())
        .build();
    this.schemas = new SchemaValidator(Loaded.API, new MessageResolver(levels.build()));
  }

  /**
   * The validator for clients that authenticate.
   *
   * @return a validator that requires a credential on every request
   */
  public static ContractValidator get() {
    return Loaded.STRICT;
  }

  /**
   * A validator for the raw generated interface, which leaves credentials to the facade.
   *
   * @return a validator that accepts requests without credentials and checks everything else
   */
  public static ContractValidator withoutCredentials() {
    return Loaded.WITHOUT_CREDENTIALS;
  }

  private static String read() {
    try {
      return new String(Files.readAllBytes(SPEC), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the contract " + SPEC.toAbsolutePath(), e);
    }
  }

  private static OpenAPI parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(Loaded.YAML, null, options).getOpenAPI();
    if (api == null) {
      throw new IllegalStateException("the contract " + SPEC + " does not parse");
    }
    return api;
  }

  /**
   * The path of a request as the spec writes it: everything in front of {@code /videos} is the
   * base URL's own path and is dropped.
   */
  static String apiPath(String encodedPath) {
    int api = encodedPath.indexOf("/videos");
    return api < 0 ? encodedPath : encodedPath.substring(api);
  }

  /**
   * Validates a request a MockWebServer received.
   *
   * @param recorded the request
   * @return the violations, each a line of the validator's report; empty if the request conforms
   */
  public List<String> requestViolations(RecordedRequest recorded) {
    HttpUrl url = recorded.getUrl();
    ByteString body = recorded.getBody();
    return requestViolations(recorded.getMethod(), url, recorded.getHeaders(), body == null ? ByteString.EMPTY : body);
  }

  /**
   * Validates a request given by its parts, e.g. one an OkHttp interceptor saw.
   *
   * @param method the HTTP method
   * @param url the full URL, below any base URL
   * @param headers the request's headers
   * @param body the request's body, empty if it has none
   * @return the violations, each a line of the validator's report; empty if the request conforms
   */
  public List<String> requestViolations(String method, HttpUrl url, Headers headers, ByteString body) {
    String path = apiPath(url.encodedPath());
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
    for (String name : url.queryParameterNames()) {
      request.withQueryParam(name, url.queryParameterValues(name));
    }
    for (String name : headers.names()) {
      request.withHeader(name, headers.values(name));
    }
    String contentType = headers.get("Content-Type");
    if (body.size() > 0) {
      request.withBody(body.toByteArray());
    }
    List<String> violations = lines(validator.validateRequest(request.build()));
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MULTIPART) && body.size() > 0) {
      violations.addAll(multipartViolations(method, path, contentType, body));
    }
    return violations;
  }

  /**
   * Validates a response to a request with this method and path.
   *
   * @param method the request's HTTP method
   * @param encodedPath the request's path, below any base URL
   * @param status the response's status code
   * @param headers the response's headers
   * @param body the body's text for JSON responses; {@code null} if the response has none, or
   *     any placeholder for a binary one, whose bytes are not checked
   * @return the violations, each a line of the validator's report; empty if the response conforms
   */
  public List<String> responseViolations(String method, String encodedPath, int status, Headers headers, String body) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    for (String name : headers.names()) {
      response.withHeader(name, headers.values(name));
    }
    if (body != null) {
      response.withBody(body);
    }
    return lines(validator.validateResponse(apiPath(encodedPath), Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
        response.build()));
  }

  /**
   * Fails with the validator's messages if the request breaks the contract.
   *
   * @param recorded the request
   * @throws AssertionError listing the violations
   */
  public void validateRequest(RecordedRequest recorded) {
    fail("request " + recorded.getMethod() + " " + recorded.getUrl().encodedPath(), requestViolations(recorded));
  }

  /**
   * Fails with the validator's messages if the response breaks the contract.
   *
   * @param method the request's HTTP method
   * @param encodedPath the request's path, below any base URL
   * @param status the response's status code
   * @param headers the response's headers
   * @param body the body's text for JSON responses, {@code null} if there is none
   * @throws AssertionError listing the violations
   */
  public void validateResponse(String method, String encodedPath, int status, Headers headers, String body) {
    fail("response " + status + " to " + method + " " + encodedPath,
        responseViolations(method, encodedPath, status, headers, body));
  }

  private static void fail(String what, List<String> violations) {
    if (!violations.isEmpty()) {
      throw new AssertionError(what + " breaks openapi/videos.yaml:\n  " + String.join("\n  ", violations));
    }
  }

  private static List<String> lines(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    if (report.hasErrors()) {
      for (String line : SimpleValidationReportFormat.getInstance().apply(report).split("\n")) {
        if (!line.trim().isEmpty() && !line.startsWith("Validation failed.")) {
          lines.add(line.trim());
        }
      }
    }
    return lines;
  }

  // ---- multipart ------------------------------------------------------------------------------

  private List<String> multipartViolations(String method, String path, String contentType, ByteString body) {
    Schema<?> schema = multipartSchema(method, path);
    if (schema == null) {
      return new ArrayList<>(); // the validator has already said the operation takes no multipart body
    }
    okhttp3.MediaType type = okhttp3.MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (boundary == null) {
      List<String> missing = new ArrayList<>();
      missing.add("[ERROR] multipart request without a boundary: " + contentType);
      return missing;
    }
    ObjectNode form;
    try {
      form = formOf(body, boundary);
    } catch (IOException | RuntimeException e) {
      List<String> unreadable = new ArrayList<>();
      unreadable.add("[ERROR] unreadable multipart body: " + e.getMessage());
      return unreadable;
    }
    return lines(schemas.validate(() -> form, schema, "request.body"));
  }

  private static Schema<?> multipartSchema(String method, String path) {
    for (Map.Entry<String, PathItem> entry : Loaded.API.getPaths().entrySet()) {
      if (!path.matches(entry.getKey().replaceAll("\\{[^}/]+}", "[^/]+"))) {
        continue;
      }
      Operation operation = entry.getValue().readOperationsMap()
          .get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
      if (operation == null || operation.getRequestBody() == null) {
        return null;
      }
      MediaType media = operation.getRequestBody().getContent().get(MULTIPART);
      return media == null ? null : media.getSchema();
    }
    return null;
  }

  /**
   * The logical object of a multipart body: one key per part, bracketed names folded into
   * objects ({@code video[id]} becomes {@code {"video": {"id": ...}}}), a file part a string that
   * stands for its bytes.
   */
  private static ObjectNode formOf(ByteString body, String boundary) throws IOException {
    ObjectNode form = JsonNodeFactory.instance.objectNode();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String name = dispositionParameter(disposition, "name");
        if (name == null) {
          continue;
        }
        String value;
        if (dispositionParameter(disposition, "filename") != null) {
          long size = part.body().readAll(okio.Okio.blackhole());
          value = "(file part of " + size + " bytes)";
        } else {
          value = part.body().readUtf8();
        }
        Matcher bracketed = BRACKETED.matcher(name);
        if (bracketed.matches()) {
          ObjectNode object = form.get(bracketed.group(1)) instanceof ObjectNode
              ? (ObjectNode) form.get(bracketed.group(1)) : form.putObject(bracketed.group(1));
          object.put(bracketed.group(2), value);
        } else {
          form.put(name, value);
        }
      }
    }
    return form;
  }

  private static String dispositionParameter(String disposition, String parameter) {
    if (disposition == null) {
      return null;
    }
    Matcher matcher = Pattern.compile("(?:^|;)\\s*" + parameter + "=\"([^\"]*)\"").matcher(disposition);
    return matcher.find() ? matcher.group(1) : null;
  }
}
