package dev.sora4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonClass;
import com.squareup.moshi.Moshi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks openapi/videos.yaml itself, and that every example in it reads into the generated model of
 * its schema and writes back unchanged, so that the spec and the models cannot drift apart.
 */
class SpecExamplesTest {
  /** Surefire runs with the project's base directory as the working directory. */
  private static final Path SPEC = Paths.get("openapi", "videos.yaml");
  private static final String SCHEMA_REF = "#/components/schemas/";
  private static final String MODEL_PACKAGE = "dev.sora4j.model.";
  /** Where the classes of schemas marked {@value #WIRE_ONLY} live, package-private. */
  private static final String WIRE_ONLY_PACKAGE = "dev.sora4j.";
  private static final String WIRE_ONLY = "x-sora4j-wire-only";
  private static final Set<String> OPERATION_IDS = new TreeSet<>(Arrays.asList(
      "createVideo", "ListVideos", "GetVideo", "DeleteVideo", "RetrieveVideoContent",
      "CreateVideoRemix", "CreateVideoEdit", "CreateVideoExtend", "CreateVideoCharacter",
      "GetVideoCharacter"));

  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> JSON = MOSHI.adapter(Object.class).serializeNulls();
  private static final ObjectMapper JACKSON = new ObjectMapper();

  /** The spec, parsed once. Without resolveFully the parser leaves local $refs in place. */
  private static final class Spec {
    static final SwaggerParseResult RESULT = read();

    private static SwaggerParseResult read() {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      return new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toString(), null, options);
    }
  }

  @Test
  void specParsesWithoutMessagesAsOpenApi303() {
    assertThat(Spec.RESULT.getMessages()).as("parser messages for %s", SPEC).isEmpty();
    assertThat(api().getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void specDefinesExactlyTheTenOperations() {
    List<String> ids = operations().stream().map(Operation::getOperationId).collect(Collectors.toList());

    assertThat(ids).containsExactlyInAnyOrderElementsOf(OPERATION_IDS);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationShowsExamples() {
    return operations().stream()
        .map(operation -> dynamicTest(operation.getOperationId(), () -> assertHasExamples(operation)));
  }

  @TestFactory
  Stream<DynamicTest> everyJsonExampleRoundTripsThroughItsModel() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : operations()) {
      String id = operation.getOperationId();
      RequestBody body = requestBody(operation.getRequestBody());
      if (body != null) {
        tests.addAll(jsonExampleTests(id + " request", body.getContent()));
      }
      // a response that is a $ref is checked once below, under components/responses
      operation.getResponses().forEach((status, response) -> {
        if (response.get$ref() == null) {
          tests.addAll(jsonExampleTests(id + " " + status, response.getContent()));
        }
      });
    }
    orEmpty(api().getComponents().getResponses()).forEach((name, response) ->
        tests.addAll(jsonExampleTests("components/responses/" + name, response.getContent())));

    assertThat(tests).as("JSON examples in %s", SPEC).isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everySchemaExampleRoundTripsThroughItsModel() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : modelSchemaNames()) {
      Schema<?> schema = schema(name);
      if (schema.getExampleSetFlag()) {
        String test = "components/schemas/" + name + " example";
        tests.add(dynamicTest(test, () -> assertRoundTrips(test, name, schema.getExample())));
      }
    }

    assertThat(tests).as("schema-level examples in %s", SPEC).isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyModelSchemaHasItsGeneratedAdapter() {
    return modelSchemaNames().stream().map(name -> dynamicTest(name, () -> {
      Class<?> type = modelClass(name);
      JsonClass jsonClass = type.getAnnotation(JsonClass.class);

      assertThat(jsonClass).as("@JsonClass on %s", type.getName()).isNotNull();
      assertThat(jsonClass.generateAdapter()).as("%s generateAdapter", type.getName()).isTrue();
      assertThat(jsonClass.generator()).as("%s generator", type.getName()).isEqualTo("sora4j");
      assertThat(MOSHI.adapter(type).toString())
          .as("Moshi's adapter for %s (not its reflective ClassJsonAdapter)", name)
          .startsWith("JsonAdapter(" + name + ")");
    }));
  }

  /**
   * A schema no user passes or receives (marked {@value #WIRE_ONLY}) has a package-private class
   * in the facade's package and none in the public model package; every other schema has a public
   * class in the model package and none in the facade's. This also holds the build's two generator
   * executions to the spec's marks.
   */
  @TestFactory
  Stream<DynamicTest> onlyTheSchemasUsersSeeArePublic() {
    return modelSchemaNames().stream().map(name -> dynamicTest(name, () -> {
      boolean wireOnly = isWireOnly(name);
      Class<?> type = modelClass(name);

      assertThat(Modifier.isPublic(type.getModifiers()))
          .as("%s is public (the spec marks it %s)", type.getName(), wireOnly ? WIRE_ONLY : "public")
          .isEqualTo(!wireOnly);
      String elsewhere = (wireOnly ? MODEL_PACKAGE : WIRE_ONLY_PACKAGE) + name;
      assertThatThrownBy(() -> Class.forName(elsewhere)).as("a second class %s", elsewhere)
          .isInstanceOf(ClassNotFoundException.class);
    }));
  }

  @Test
  void theWireOnlyMarkIsInUse() {
    assertThat(modelSchemaNames()).filteredOn(SpecExamplesTest::isWireOnly)
        .contains("CreateVideoRequest", "ImageInputReference", "ErrorResponse");
  }

  @TestFactory
  Stream<DynamicTest> emptyBuildersNameTheFirstRequiredProperty() {
    List<String> objectModels = modelSchemaNames().stream()
        .filter(name -> schema(name).getProperties() != null && !schema(name).getProperties().isEmpty())
        .collect(Collectors.toList());

    assertThat(objectModels).as("object schemas in %s", SPEC).isNotEmpty();
    return objectModels.stream().map(name -> dynamicTest(name + " builder", () -> assertEmptyBuild(name)));
  }

  // ---- checks ---------------------------------------------------------------------------------

  private static void assertHasExamples(Operation operation) {
    String id = operation.getOperationId();
    ApiResponse ok = response(operation.getResponses().get("200"));
    assertThat(ok).as("%s: 200 response", id).isNotNull();
    assertThat(ok.getContent()).as("%s 200: content", id).isNotEmpty();
    ok.getContent().forEach((type, media) -> {
      if (!isBinary(media.getSchema())) {
        assertThat(examples(media)).as("%s 200 %s: examples", id, type).isNotEmpty();
      }
    });
    RequestBody body = requestBody(operation.getRequestBody());
    if (body != null) {
      body.getContent().forEach((type, media) -> {
        if (isJson(type) || type.startsWith("multipart/form-data")) {
          assertThat(examples(media)).as("%s request %s: examples", id, type).isNotEmpty();
        }
      });
    }
  }

  /** One test per example of each JSON media type; multipart examples are not models. */
  private static List<DynamicTest> jsonExampleTests(String where, Content content) {
    List<DynamicTest> tests = new ArrayList<>();
    orEmpty(content).forEach((type, media) -> {
      if (isJson(type)) {
        examples(media).forEach((name, value) -> {
          String test = where + " " + name;
          tests.add(dynamicTest(test,
              () -> assertRoundTrips(test, schemaName(test, media.getSchema()), value)));
        });
      }
    });
    return tests;
  }

  /** Surefire reports dynamic tests by index, so every message names the example too. */
  private static void assertRoundTrips(String test, String schemaName, Object example) throws IOException {
    assertRoundTrips(test, modelClass(schemaName), JACKSON.writeValueAsString(example));
  }

  /**
   * The model must keep every key of the example with its value; it may add keys only as explicit
   * nulls (nullable properties are written as null), and what it writes must read back equal.
   */
  private static <T> void assertRoundTrips(String test, Class<T> type, String example) throws IOException {
    JsonAdapter<T> adapter = MOSHI.adapter(type);
    T model = parse(test, adapter, example);
    String written = write(test, adapter, model);

    assertThat(mismatches(JSON.fromJson(example), JSON.fromJson(written), "$"))
        .as("%s: %s writes back what differs from the example%n  example: %s%n  written: %s",
            test, type.getSimpleName(), example, written)
        .isEmpty();
    assertThat(adapter.fromJson(written)).as("%s: %s read again from %s", test, type.getSimpleName(), written)
        .isEqualTo(model);
  }

  private static <T> T parse(String test, JsonAdapter<T> adapter, String json) {
    T model;
    try {
      model = adapter.fromJson(json);
    } catch (IOException | RuntimeException e) {
      throw new AssertionError(test + ": " + adapter + " cannot read the example " + json + ": " + e, e);
    }
    assertThat(model).as("%s: %s read from %s", test, adapter, json).isNotNull();
    return model;
  }

  private static <T> String write(String test, JsonAdapter<T> adapter, T model) {
    try {
      return adapter.toJson(model);
    } catch (RuntimeException e) {
      throw new AssertionError(test + ": " + adapter + " cannot write " + model + ": " + e, e);
    }
  }

  private static void assertEmptyBuild(String name) throws ReflectiveOperationException {
    // a wire-only model is package-private in another package: its public methods need access
    Method create = modelClass(name).getMethod("builder");
    create.setAccessible(true);
    Object builder = create.invoke(null);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    Optional<String> required = firstRequiredNonNullable(schema(name));

    if (required.isPresent()) {
      assertThatThrownBy(() -> invoke(build, builder))
          .as("%s.builder().build()", name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(required.get() + ": is required");
    } else {
      assertThatCode(() -> invoke(build, builder)).as("%s.builder().build()", name)
          .doesNotThrowAnyException();
    }
  }

  // ---- JSON comparison ------------------------------------------------------------------------

  /** Where {@code actual} (as written) departs from {@code expected} (the example), by JSON path. */
  private static List<String> mismatches(Object expected, Object actual, String path) {
    if (expected instanceof Map && actual instanceof Map) {
      return objectMismatches((Map<?, ?>) expected, (Map<?, ?>) actual, path);
    }
    if (expected instanceof List && actual instanceof List) {
      return arrayMismatches((List<?>) expected, (List<?>) actual, path);
    }
    boolean equal = expected instanceof Number && actual instanceof Number
        ? ((Number) expected).doubleValue() == ((Number) actual).doubleValue()
        : Objects.equals(expected, actual);
    return equal ? Collections.<String>emptyList()
        : Collections.singletonList(path + ": example has " + JSON.toJson(expected)
            + ", written " + JSON.toJson(actual));
  }

  private static List<String> objectMismatches(Map<?, ?> expected, Map<?, ?> actual, String path) {
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<?, ?> entry : expected.entrySet()) {
      String at = path + "." + entry.getKey();
      if (actual.containsKey(entry.getKey())) {
        mismatches.addAll(mismatches(entry.getValue(), actual.get(entry.getKey()), at));
      } else {
        mismatches.add(at + ": example has " + JSON.toJson(entry.getValue()) + ", not written");
      }
    }
    for (Map.Entry<?, ?> entry : actual.entrySet()) {
      if (!expected.containsKey(entry.getKey()) && entry.getValue() != null) {
        mismatches.add(path + "." + entry.getKey() + ": not in the example, written "
            + JSON.toJson(entry.getValue()));
      }
    }
    return mismatches;
  }

  private static List<String> arrayMismatches(List<?> expected, List<?> actual, String path) {
    if (expected.size() != actual.size()) {
      return Collections.singletonList(path + ": example has " + expected.size() + " items, written "
          + actual.size());
    }
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      mismatches.addAll(mismatches(expected.get(i), actual.get(i), path + "[" + i + "]"));
    }
    return mismatches;
  }

  // ---- spec access ----------------------------------------------------------------------------

  private static OpenAPI api() {
    assertThat(Spec.RESULT.getOpenAPI()).as("%s, parser messages %s", SPEC, Spec.RESULT.getMessages())
        .isNotNull();
    return Spec.RESULT.getOpenAPI();
  }

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (PathItem path : api().getPaths().values()) {
      operations.addAll(path.readOperations());
    }
    return operations;
  }

  /** The component schemas that have a generated model: all but the multipart request bodies. */
  private static Set<String> modelSchemaNames() {
    Set<String> names = new TreeSet<>(api().getComponents().getSchemas().keySet());
    names.removeIf(name -> name.endsWith("MultipartRequest") || name.equals("CreateCharacterRequest"));
    assertThat(names).as("model schemas in %s", SPEC).isNotEmpty();
    return names;
  }

  private static Schema<?> schema(String name) {
    return api().getComponents().getSchemas().get(name);
  }

  private static String schemaName(String where, Schema<?> schema) {
    String ref = schema == null ? null : schema.get$ref();
    assertThat(ref).as("%s: schema is a $ref to %s", where, SCHEMA_REF).startsWith(SCHEMA_REF);
    return ref.substring(SCHEMA_REF.length());
  }

  private static boolean isWireOnly(String schemaName) {
    return Boolean.TRUE.equals(orEmpty(schema(schemaName).getExtensions()).get(WIRE_ONLY));
  }

  private static Class<?> modelClass(String schemaName) {
    String name = (isWireOnly(schemaName) ? WIRE_ONLY_PACKAGE : MODEL_PACKAGE) + schemaName;
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("schema " + schemaName + " has no generated class " + name, e);
    }
  }

  private static ApiResponse response(ApiResponse response) {
    return response == null || response.get$ref() == null
        ? response
        : api().getComponents().getResponses().get(refName(response.get$ref()));
  }

  private static RequestBody requestBody(RequestBody body) {
    return body == null || body.get$ref() == null
        ? body
        : api().getComponents().getRequestBodies().get(refName(body.get$ref()));
  }

  /** The named {@code examples} (a $ref resolved) and the single {@code example}, by name. */
  private static Map<String, Object> examples(MediaType media) {
    Map<String, Object> examples = new LinkedHashMap<>();
    orEmpty(media.getExamples()).forEach((name, example) -> {
      Example resolved = example.get$ref() == null
          ? example
          : api().getComponents().getExamples().get(refName(example.get$ref()));
      assertThat(resolved).as("example %s (%s)", name, example.get$ref()).isNotNull();
      examples.put(name, resolved.getValue());
    });
    if (media.getExampleSetFlag()) {
      examples.put("example", media.getExample());
    }
    return examples;
  }

  /**
   * In the order the properties are declared, as the builders check them: the parser sorts the
   * {@code required} list by name.
   */
  private static Optional<String> firstRequiredNonNullable(Schema<?> schema) {
    List<String> required = schema.getRequired() == null
        ? Collections.<String>emptyList()
        : schema.getRequired();
    for (String name : schema.getProperties().keySet()) {
      if (required.contains(name) && !Boolean.TRUE.equals(schema.getProperties().get(name).getNullable())) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static boolean isBinary(Schema<?> schema) {
    return schema != null && "string".equals(schema.getType()) && "binary".equals(schema.getFormat());
  }

  private static boolean isJson(String mediaType) {
    String type = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
    return map == null ? Collections.<K, V>emptyMap() : map;
  }

  private static Object invoke(Method method, Object target) throws Throwable {
    try {
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
