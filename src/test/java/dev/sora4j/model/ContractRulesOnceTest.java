package dev.sora4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the contract is written once, in openapi/videos.yaml, and reaches the code only
 * through what is generated from it ({@link VideosContract}, the models): no handwritten source of
 * the library, the emulator or the command line repeats a distinctive limit, pattern or header
 * name of the spec as a literal, in code or in its documentation.
 */
class ContractRulesOnceTest {
  private static final Path SPEC = Paths.get("openapi", "videos.yaml");
  private static final List<Path> HANDWRITTEN = java.util.Arrays.asList(
      Paths.get("src", "main", "java"), Paths.get("src", "emulator", "java"), Paths.get("src", "cli", "java"));
  /** Numbers this short (80, 100) are everywhere for other reasons; the long ones are the contract's. */
  private static final BigDecimal DISTINCTIVE = BigDecimal.valueOf(1000);

  private static OpenAPI spec() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().readLocation(SPEC.toAbsolutePath().toString(), null, options).getOpenAPI();
    assertThat(api).as("parsed %s", SPEC).isNotNull();
    return api;
  }

  /** Every schema of the spec, nested ones included, with the schemas of the parameters. */
  private static List<Schema<?>> everySchema(OpenAPI api) {
    List<Schema<?>> found = new ArrayList<>();
    api.getComponents().getSchemas().values().forEach(schema -> collect(schema, found));
    api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(parameter -> collect(parameter.getSchema(), found));
      }
    }));
    return found;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void collect(Schema<?> schema, List<Schema<?>> found) {
    if (schema == null || found.contains(schema)) {
      return;
    }
    found.add(schema);
    if (schema.getProperties() != null) {
      ((Map<String, Schema>) (Map) schema.getProperties()).values().forEach(child -> collect(child, found));
    }
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(list -> list != null)
        .flatMap(Collection::stream)
        .forEach(child -> collect((Schema<?>) child, found));
  }

  /** The spec's limits: lengths and bounds, as numbers. */
  private static Set<BigDecimal> limits(OpenAPI api) {
    Set<BigDecimal> limits = new TreeSet<>();
    for (Schema<?> schema : everySchema(api)) {
      Stream.of(schema.getMinLength(), schema.getMaxLength())
          .filter(value -> value != null).forEach(value -> limits.add(BigDecimal.valueOf(value)));
      Stream.of(schema.getMinimum(), schema.getMaximum())
          .filter(value -> value != null).forEach(limits::add);
    }
    return limits;
  }

  private static Set<String> patterns(OpenAPI api) {
    return everySchema(api).stream().map(Schema::getPattern).filter(pattern -> pattern != null)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The header names the contract defines: response headers (keyed by name) and header parameters. */
  private static Set<String> headerNames(OpenAPI api) {
    Set<String> names = new TreeSet<>(api.getComponents().getHeaders().keySet());
    for (Parameter parameter : api.getComponents().getParameters().values()) {
      if ("header".equals(parameter.getIn())) {
        names.add(parameter.getName());
      }
    }
    return names;
  }

  private static List<Path> sources() {
    List<Path> sources = new ArrayList<>();
    for (Path root : HANDWRITTEN) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as code or prose may write it: 32000, 32_000 or 32,000, not inside a longer number. */
  private static Pattern written(BigDecimal number) {
    String digits = number.toPlainString();
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append("[_,]?");
      }
      grouped.append(digits.charAt(i));
    }
    return Pattern.compile("(?<![0-9_,.])" + grouped + "(?![0-9]|[_,.][0-9])");
  }

  @Test
  void theSpecHasTheRulesThisTestLooksFor() {
    OpenAPI api = spec();

    assertThat(limits(api)).contains(new BigDecimal(VideosContract.PROMPT_MAX_LENGTH),
        new BigDecimal(VideosContract.IMAGE_URL_MAX_LENGTH), new BigDecimal(VideosContract.CHARACTER_NAME_MAX_LENGTH));
    assertThat(patterns(api)).contains(VideoSeconds.PATTERN, VideoSize.PATTERN, VideosContract.PROMPT_PATTERN);
    assertThat(headerNames(api)).contains(VideosContract.REQUEST_ID_HEADER, VideosContract.IDEMPOTENCY_KEY_HEADER,
        VideosContract.POLL_AFTER_MS_HEADER, VideosContract.RETRY_AFTER_HEADER);
    assertThat(sources()).hasSizeGreaterThan(50);
  }

  @Test
  void noHandwrittenSourceRepeatsADistinctiveLimit() {
    List<String> copies = new ArrayList<>();
    Set<BigDecimal> distinctive = limits(spec()).stream().filter(limit -> limit.compareTo(DISTINCTIVE) >= 0)
        .collect(Collectors.toCollection(TreeSet::new));
    for (Path file : sources()) {
      String text = read(file);
      for (BigDecimal limit : distinctive) {
        Matcher matcher = written(limit).matcher(text);
        while (matcher.find()) {
          copies.add(file + ":" + line(text, matcher.start()) + " repeats " + limit.toPlainString());
        }
      }
    }
    assertThat(copies).as("limits of %s written again by hand (use VideosContract)", SPEC).isEmpty();
  }

  @Test
  void noHandwrittenSourceRepeatsAPatternOrAHeaderNameAsAString() {
    OpenAPI api = spec();
    List<String> copies = new ArrayList<>();
    for (Path file : sources()) {
      String text = read(file);
      String lowerCase = text.toLowerCase(Locale.ROOT);
      for (String header : headerNames(api)) {
        String literal = "\"" + header.toLowerCase(Locale.ROOT) + "\"";
        for (int at = lowerCase.indexOf(literal); at >= 0; at = lowerCase.indexOf(literal, at + 1)) {
          copies.add(file + ":" + line(text, at) + " repeats the header name " + header);
        }
      }
      for (String pattern : patterns(api)) {
        String body = pattern.replaceAll("^\\^|\\$$", "").replace("\\", "\\\\");
        if (body.length() > 4 && text.contains("\"" + body)) {
          copies.add(file + " repeats the pattern " + pattern);
        }
      }
    }
    assertThat(copies).as("patterns and header names of %s written again by hand (use VideosContract)", SPEC)
        .isEmpty();
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
