package dev.sora4j.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds a test's MockWebServer traffic to the contract: every request the server receives and
 * every response it serves is validated against {@code openapi/videos.yaml} by
 * {@link ContractValidator}, and after each test the test fails with the validator's messages if
 * any of them broke the contract.
 *
 * <pre>{@code
 * @RegisterExtension final WireContract contract = new WireContract();
 * private final MockWebServer server = new MockWebServer();
 *
 * @BeforeEach void start() throws IOException {
 *   contract.watch(server);               // before enqueue() or setDispatcher()
 *   server.start();
 * }
 * ...
 * server.setDispatcher(contract.checking(new Dispatcher() { ... }));   // own dispatchers too
 * server.enqueue(contract.offContract(htmlBadGateway, "a proxy's HTML 502"));  // deliberate breaks
 * }</pre>
 *
 * <p>Responses that break the contract on purpose (faults, an HTML 502, malformed JSON) must be
 * marked with {@link #offContract}; the requests that provoke them are still validated.
 */
public final class WireContract implements AfterEachCallback {
  private final ContractValidator validator;
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final Map<MockResponse, String> offContract = Collections.synchronizedMap(new IdentityHashMap<>());
  private final List<String> ignoredQueryParameters = new ArrayList<>();

  /** Checks requests and responses; requests must carry credentials, as the facade's do. */
  public WireContract() {
    this(ContractValidator.get());
  }

  private WireContract(ContractValidator validator) {
    this.validator = validator;
  }

  /**
   * Checks everything but credentials: for tests of the raw generated interface, which leaves
   * authentication to the facade.
   *
   * @return a new extension
   */
  public static WireContract withoutCredentials() {
    return new WireContract(ContractValidator.withoutCredentials());
  }

  /**
   * Accepts a query parameter the spec does not list, such as Azure's {@code api-version}, which
   * a client sends on every call when configured to.
   *
   * @param name the parameter's name
   * @return this extension
   */
  public WireContract ignoringQueryParameter(String name) {
    ignoredQueryParameters.add("@query." + name + "]");
    return this;
  }

  /**
   * Validates all traffic of this server from now on: it gets a queue dispatcher that checks
   * what passes through, so {@link MockWebServer#enqueue} keeps working.
   *
   * @param server a server not yet given a dispatcher
   * @return the server
   */
  public MockWebServer watch(MockWebServer server) {
    server.setDispatcher(new CheckingQueueDispatcher());
    return server;
  }

  /**
   * Wraps a test's own dispatcher so that its traffic is validated too.
   *
   * @param dispatcher the test's dispatcher
   * @return a dispatcher that answers as the given one does and validates each exchange
   */
  public Dispatcher checking(Dispatcher dispatcher) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        return checked(request, dispatcher.dispatch(request));
      }

      @Override
      public MockResponse peek() {
        return dispatcher.peek();
      }

      @Override
      public void close() {
        dispatcher.close();
      }
    };
  }

  /**
   * Marks a response that breaks the contract on purpose, so that it is served unchecked.
   *
   * @param response the response
   * @param why what the response stands for, e.g. "a proxy's HTML 502"
   * @return the same response
   */
  public MockResponse offContract(MockResponse response, String why) {
    offContract.put(response, why);
    return response;
  }

  /**
   * The violations seen so far in this test.
   *
   * @return each violation with the request or response that made it
   */
  public List<String> violations() {
    synchronized (violations) {
      return new ArrayList<>(violations);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> seen = violations();
    violations.clear();
    if (!seen.isEmpty()) {
      throw new AssertionError("the wire broke openapi/videos.yaml:\n" + String.join("\n", seen));
    }
  }

  private MockResponse checked(RecordedRequest request, MockResponse response) {
    String target = request.getMethod() + " " + request.getUrl().encodedPath();
    List<String> requestViolations = new ArrayList<>(validator.requestViolations(request));
    requestViolations.removeIf(violation -> ignoredQueryParameters.stream().anyMatch(violation::contains));
    if (!requestViolations.isEmpty()) {
      violations.add("request " + target + ":\n  " + String.join("\n  ", requestViolations));
    }
    if (response != null && !offContract.containsKey(response)) {
      List<String> responseViolations = validator.responseViolations(request.getMethod(), request.getUrl().encodedPath(),
          response.getCode(), response.getHeaders(), bodyOf(response));
      if (!responseViolations.isEmpty()) {
        violations.add("response " + response.getCode() + " to " + target + ":\n  "
            + String.join("\n  ", responseViolations));
      }
    }
    return response;
  }

  /**
   * The text of a JSON body; a placeholder for any other body, whose bytes are never read (a
   * download's body may be larger than the heap, or stall on purpose).
   */
  private static String bodyOf(MockResponse response) {
    MockResponseBody body = response.getBody();
    if (body == null) {
      return null;
    }
    String contentType = response.getHeaders().get("Content-Type");
    boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).matches("application/([\\w.+-]*\\+)?json.*");
    if (!json) {
      return "(binary body)";
    }
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a queued response's body", e);
    }
    return buffer.readUtf8();
  }

  private final class CheckingQueueDispatcher extends QueueDispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      return checked(request, super.dispatch(request));
    }
  }
}
