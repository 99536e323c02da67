package dev.sora4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources read like handwritten ones: imports sorted, unique and used, Javadoc in
 * plain text (no HTML entities or Java string escapes), every property described, and no
 * arithmetic where a number or a name belongs.
 */
class GeneratedSourcesTest {
  private static final Path GENERATED = Paths.get("generated", "src", "main", "java");
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+);$", Pattern.MULTILINE);
  /**
   * Imported by every object model; the templates cannot tell a model whose properties are all
   * required and non-null (which does not use it) from one with a required nullable property.
   */
  private static final String ALWAYS_IMPORTED = "java.util.Optional";

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(GENERATED)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
      assertThat(sources).hasSizeGreaterThan(40);
      return sources;
    }
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  @Test
  void importsAreSortedUniqueAndUsed() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : sources()) {
      String text = read(file);
      List<String> imports = new ArrayList<>();
      Matcher matcher = IMPORT.matcher(text);
      while (matcher.find()) {
        imports.add(matcher.group(1));
      }
      if (!imports.equals(imports.stream().sorted().collect(Collectors.toList()))) {
        problems.add(file + ": imports not sorted: " + imports);
      }
      if (imports.size() != imports.stream().distinct().count()) {
        problems.add(file + ": an import is repeated: " + imports);
      }
      String body = IMPORT.matcher(text).replaceAll("");
      for (String imported : imports) {
        String simpleName = imported.substring(imported.lastIndexOf('.') + 1);
        if (!imported.equals(ALWAYS_IMPORTED) && !Pattern.compile("\\b" + simpleName + "\\b").matcher(body).find()) {
          problems.add(file + ": unused import " + imported);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void javadocIsPlainTextAndDescribesEveryProperty() throws IOException {
    Pattern comment = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);
    List<String> problems = new ArrayList<>();
    for (Path file : sources()) {
      Matcher matcher = comment.matcher(read(file));
      while (matcher.find()) {
        String javadoc = matcher.group();
        if (javadoc.matches("(?s).*(&#|&quot;|&lt;|&gt;|&amp;|\\\\\").*")) {
          problems.add(file + ": escaped text in " + javadoc);
        }
        if (javadoc.matches("(?s).*The \\w+ (property|value|object)\\..*")) {
          problems.add(file + ": placeholder description in " + javadoc);
        }
        if (javadoc.matches("(?s).*[^ *] $.*") || javadoc.matches("(?s).*\\S +\\n.*")) {
          problems.add(file + ": trailing space in " + javadoc);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void switchCasesAreNumbersOrNamesNotArithmetic() throws IOException {
    Pattern arithmetic = Pattern.compile("case\\s+\\d+\\s*[-+]\\s*\\d+\\s*:");
    List<String> problems = new ArrayList<>();
    for (Path file : sources()) {
      if (arithmetic.matcher(read(file)).find()) {
        problems.add(file.toString());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyHelperOfAGeneratedModelSupportIsUsedInItsPackage() throws IOException {
    Pattern helper = Pattern.compile("^  static \\S+ (\\w+)\\(", Pattern.MULTILINE);
    List<String> unused = new ArrayList<>();
    List<Path> supports = sources().stream().filter(f -> f.getFileName().toString().equals("ModelSupport.java"))
        .collect(Collectors.toList());
    assertThat(supports).hasSize(2);
    for (Path support : supports) {
      String own = new String(Files.readAllBytes(support), StandardCharsets.UTF_8);
      StringBuilder callers = new StringBuilder();
      try (Stream<Path> siblings = Files.list(support.getParent())) {
        for (Path sibling : siblings.filter(f -> f.toString().endsWith(".java") && !f.equals(support))
            .collect(Collectors.toList())) {
          callers.append(new String(Files.readAllBytes(sibling), StandardCharsets.UTF_8));
        }
      }
      Matcher declared = helper.matcher(own);
      while (declared.find()) {
        String name = declared.group(1);
        String call = "ModelSupport." + name + "(";
        boolean calledWithin = own.indexOf(name + "(", declared.end()) >= 0 || own.substring(0, declared.start())
            .contains(name + "(");
        if (!callers.toString().contains(call) && !calledWithin) {
          unused.add(support + ": " + name);
        }
      }
    }
    assertThat(unused).as("helpers no generated class of their package calls").isEmpty();
  }
}
