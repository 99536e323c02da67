package dev.sora4j.prism;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts one {@link Prism} for the whole test run (the first class that needs it starts it; the
 * JUnit root store stops it when the run ends, and a shutdown hook does if the JVM ends first),
 * and fails every test after which Prism reported a violation, in a response header or in its
 * log, unless the test is marked {@link ExpectViolations}.
 *
 * <p>{@code -DskipContractTests} skips these tests, saying so; nothing else does: without Node.js
 * and npm they fail with a message naming what to install.
 */
public final class PrismExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final Namespace NAMESPACE = Namespace.create(PrismExtension.class);
  private static final String SKIP_PROPERTY = "skipContractTests";

  /** Creates the extension; JUnit does so for {@code @ExtendWith}. */
  public PrismExtension() {
  }

  /** Marks a test that provokes a violation on purpose (it asserts the rejection itself). */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface ExpectViolations {
  }

  private static volatile Prism current;

  /** The running Prism; valid from a test class's {@code @BeforeAll} on. */
  static Prism prism() {
    Prism prism = current;
    if (prism == null) {
      throw new IllegalStateException("Prism is not running: register PrismExtension on the test class");
    }
    return prism;
  }

  /** Whether {@code -DskipContractTests} is set (Failsafe passes it on; {@code -DskipContractTests=false} is not). */
  static boolean skipped() {
    String skip = System.getProperty(SKIP_PROPERTY);
    return skip != null && !"false".equalsIgnoreCase(skip.trim());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (skipped()) {
      System.err.println("[sora4j] Prism contract tests SKIPPED because -D" + SKIP_PROPERTY + " is set");
      return;
    }
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    // Stored in the root context: JUnit closes it (an AutoCloseable) when the whole run ends.
    current = store.getOrComputeIfAbsent(Prism.class, key -> {
      Prism prism = new Prism(Prism.projectDir());
      try {
        prism.start();
      } catch (Exception e) {
        prism.close();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("could not start Prism: " + e.getMessage(), e);
      }
      return prism;
    }, Prism.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // each test is reported as skipped, with the reason, rather than the class vanishing from the counts
    Assumptions.assumeFalse(skipped(), "Prism contract tests skipped: -D" + SKIP_PROPERTY + " is set");
    Prism prism = prism();
    prism.takeHeaderViolations();
    context.getStore(NAMESPACE).put("logMark", prism.logMark());
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (skipped()) {
      return;
    }
    Prism prism = prism();
    List<String> problems = new ArrayList<>(prism.takeHeaderViolations());
    Long mark = context.getStore(NAMESPACE).get("logMark", Long.class);
    problems.addAll(prism.problemsSince(mark == null ? 0 : mark));
    boolean expected = context.getTestMethod().map(m -> m.isAnnotationPresent(ExpectViolations.class)).orElse(false);
    if (expected) {
      if (problems.isEmpty()) {
        throw new AssertionError("expected Prism to report a violation, but it reported none");
      }
      return;
    }
    if (!problems.isEmpty()) {
      // thrown even when the test failed already: JUnit attaches it to that failure, with Prism's words
      throw new AssertionError("Prism reported contract violations (log: " + prism.logFile() + "):\n  "
          + String.join("\n  ", problems));
    }
  }
}
