package dev.sora4j.emulator;

import dev.sora4j.VideosClient;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
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
 * defaults of {@link VideosEmulator#start()}; build one yourself for other settings.
 *
 * <p>Needs {@code junit-jupiter-api} on the classpath, an optional dependency of this library
 * that every JUnit 5 test classpath has.
 */
public final class VideosEmulatorExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(VideosEmulatorExtension.class);

  /** What this extension can inject, each made by one method below: to offer a type, add a line. */
  private static final Map<Class<?>, Function<ExtensionContext, Object>> PROVIDERS = providers();

  private static Map<Class<?>, Function<ExtensionContext, Object>> providers() {
    Map<Class<?>, Function<ExtensionContext, Object>> providers = new HashMap<>();
    providers.put(VideosEmulator.class, VideosEmulatorExtension::emulatorFor);
    providers.put(VideosClient.class, VideosEmulatorExtension::clientFor);
    return Collections.unmodifiableMap(providers);
  }

  /** Creates the extension; JUnit does so for {@code @ExtendWith}. */
  public VideosEmulatorExtension() {
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
    return PROVIDERS.containsKey(parameterContext.getParameter().getType());
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
    return PROVIDERS.get(parameterContext.getParameter().getType()).apply(extensionContext);
  }

  /**
   * The emulator of the top-level class's context, so that a constructor, a {@code @BeforeAll}
   * method, the tests and their {@code @Nested} classes all share one. The store closes it when
   * that context ends, after the class's {@code @AfterAll} methods.
   */
  private static VideosEmulator emulatorFor(ExtensionContext context) {
    return topLevelClassStore(context)
        .getOrComputeIfAbsent(StartedEmulator.class, key -> new StartedEmulator(), StartedEmulator.class)
        .emulator;
  }

  /** A client of that emulator; JUnit closes it before the emulator, in reverse order of creation. */
  private static VideosClient clientFor(ExtensionContext context) {
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
    final VideosEmulator emulator = VideosEmulator.start();

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
