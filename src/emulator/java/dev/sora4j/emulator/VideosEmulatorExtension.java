package dev.sora4j.emulator;

import dev.sora4j.VideosClient;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands a running {@link VideosEmulator}, and a {@link VideosClient}
 * pointed at it, to a test class: declare a parameter of either type on a constructor, a test
 * method or a lifecycle method.
 *
 * <pre>{@code
 * @ExtendWith(VideosEmulatorExtension.class)
 * class MyVideoTest {
 *   @Test
 *   void createsAVideo(VideosClient client) {
 *     Video video = client.videos().createAndPoll(
 *         VideoCreateRequest.builder().prompt("a cat").build(), PollOptions.defaults());
 *   }
 * }
 * }</pre>
 *
 * <p>One emulator serves a whole top-level test class, its {@code @Nested} classes included: it
 * is started when first asked for and closed after the class's last test, and so is the client. It runs with the
 * defaults of {@link VideosEmulator#start()}, or with settings of the test's own, such as webhooks
 * to an endpoint of the test, through {@link #withSettings(Consumer)}:
 *
 * <pre>{@code
 * class MyWebhookTest {
 *   static MyEndpoint endpoint; // started in @BeforeAll
 *
 *   @RegisterExtension
 *   static final VideosEmulatorExtension EMULATOR = VideosEmulatorExtension.withSettings(
 *       emulator -> emulator.speedFactor(100).webhook(endpoint.url(), "whsec_..."));
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the classpath, an optional dependency of this library
 * that every JUnit 5 test classpath has.
 */
public final class VideosEmulatorExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(VideosEmulatorExtension.class);

  /** What this extension can inject, each made by one method below: to offer a type, add a line. */
  private final Map<Class<?>, Function<ExtensionContext, Object>> providers = providers();
  /** Applied to the builder of the class's emulator, when it is first asked for. */
  private final Consumer<VideosEmulator.Builder> settings;

  private Map<Class<?>, Function<ExtensionContext, Object>> providers() {
    Map<Class<?>, Function<ExtensionContext, Object>> providers = new HashMap<>();
    providers.put(VideosEmulator.class, this::emulatorFor);
    providers.put(VideosClient.class, this::clientFor);
    return Collections.unmodifiableMap(providers);
  }

  /** Creates the extension with the emulator's defaults; JUnit does so for {@code @ExtendWith}. */
  public VideosEmulatorExtension() {
    this(emulator -> { });
  }

  private VideosEmulatorExtension(Consumer<VideosEmulator.Builder> settings) {
    this.settings = settings;
  }

  /**
   * Returns an extension whose emulator is built with settings of the test's own; register it
   * with {@code @RegisterExtension} on a static field. The settings are applied when the
   * emulator is first asked for, so they may use what a {@code @BeforeAll} method set up, such
   * as the URL of the test's webhook endpoint.
   *
   * @param settings sets up the emulator's builder, e.g.
   *     {@code emulator -> emulator.webhook(url, secret)}
   * @return the extension
   */
  public static VideosEmulatorExtension withSettings(Consumer<VideosEmulator.Builder> settings) {
    return new VideosEmulatorExtension(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Tells JUnit which parameters this extension provides.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test or class being run
   * @return true for a parameter of type {@link VideosEmulator} or {@link VideosClient}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return providers.containsKey(parameterContext.getParameter().getType());
  }

  /**
   * Provides the test class's emulator, or a client of it, starting them on first use.
   *
   * @param parameterContext the parameter
   * @param extensionContext the test or class being run
   * @return the running emulator of the top-level test class, or its client
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return providers.get(parameterContext.getParameter().getType()).apply(extensionContext);
  }

  /**
   * The emulator of the top-level class's context, so that a constructor, a {@code @BeforeAll}
   * method, the tests and their {@code @Nested} classes all share one. The store closes it when
   * that context ends, after the class's {@code @AfterAll} methods.
   */
  private VideosEmulator emulatorFor(ExtensionContext context) {
    return topLevelClassStore(context)
        .getOrComputeIfAbsent(StartedEmulator.class, key -> new StartedEmulator(settings), StartedEmulator.class)
        .emulator;
  }

  /** A client of that emulator; JUnit closes it before the emulator, in reverse order of creation. */
  private VideosClient clientFor(ExtensionContext context) {
    VideosEmulator emulator = emulatorFor(context);
    return topLevelClassStore(context)
        .getOrComputeIfAbsent(ConnectedClient.class, key -> new ConnectedClient(emulator), ConnectedClient.class)
        .client;
  }

  /** The store of the top-level class's context: the one just below the engine's. */
  private static ExtensionContext.Store topLevelClassStore(ExtensionContext context) {
    ExtensionContext topLevelClass = context;
    while (topLevelClass.getParent().isPresent() && topLevelClass.getParent().get().getParent().isPresent()) {
      topLevelClass = topLevelClass.getParent().get();
    }
    return topLevelClass.getStore(NAMESPACE);
  }

  /**
   * Holds the emulator in JUnit's store. JUnit 5.13 and later close {@link AutoCloseable}
   * values; earlier versions close {@code CloseableResource} ones, deprecated since 5.13 but kept
   * here so the emulator is closed on every JUnit 5.
   */
  @SuppressWarnings("deprecation")
  private static final class StartedEmulator implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    final VideosEmulator emulator;

    StartedEmulator(Consumer<VideosEmulator.Builder> settings) {
      VideosEmulator.Builder builder = VideosEmulator.builder();
      settings.accept(builder);
      emulator = builder.start();
    }

    @Override
    public void close() {
      emulator.close();
    }
  }

  /** Holds the client of the class's emulator in JUnit's store, like {@link StartedEmulator}. */
  @SuppressWarnings("deprecation")
  private static final class ConnectedClient implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    final VideosClient client;

    ConnectedClient(VideosEmulator emulator) {
      // The emulator requires no key unless built to; any non-blank key satisfies the client.
      client = VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey("sk-emulator").build();
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
