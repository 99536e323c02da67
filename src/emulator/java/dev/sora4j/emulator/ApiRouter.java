package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one handler of the server. Every request gets an {@code x-request-id}, is authenticated
 * when a key is required, and is routed to its operation; every refusal, from anywhere, becomes
 * the error envelope here and nowhere else.
 */
final class ApiRouter implements HttpHandler {
  /** Where the contract lives on this server, as on the provider's. */
  static final String BASE_PATH = "/v1/";

  private final VideoOperations operations;
  private final String requiredApiKey;

  ApiRouter(VideoOperations operations, String requiredApiKey) {
    this.operations = operations;
    this.requiredApiKey = requiredApiKey;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set(Replies.REQUEST_ID, Ids.request());
    try {
      authenticate(exchange);
      route(exchange);
    } catch (ApiErrorException refusal) {
      replyIfStillPossible(exchange, refusal);
    } catch (IOException clientGone) {
      // the connection broke mid-request or mid-response: there is nobody left to answer
    } catch (RuntimeException bug) {
      replyIfStillPossible(exchange, new ApiErrorException(500, "server_error", null, null,
          "The emulator failed to handle the request: " + bug));
    } finally {
      exchange.close();
    }
  }

  private static void replyIfStillPossible(HttpExchange exchange, ApiErrorException error) throws IOException {
    if (exchange.getResponseCode() == -1) { // headers not sent yet
      Replies.error(exchange, error);
    }
  }

  /** Accepts the key as {@code Authorization: Bearer KEY} or as {@code api-key: KEY} (Azure's form). */
  private void authenticate(HttpExchange exchange) {
    if (requiredApiKey == null) {
      return;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? authorization.substring(7).trim()
        : null;
    String apiKey = exchange.getRequestHeaders().getFirst("api-key");
    if (isRequiredKey(bearer) || isRequiredKey(apiKey)) {
      return;
    }
    boolean keyGiven = (bearer != null && !bearer.isEmpty()) || (apiKey != null && !apiKey.trim().isEmpty());
    throw new ApiErrorException(401, ApiErrorException.INVALID_REQUEST, null, "invalid_api_key", keyGiven
        ? "Incorrect API key provided."
        : "You didn't provide an API key. Send it as 'Authorization: Bearer KEY' or in an 'api-key' header.");
  }

  private boolean isRequiredKey(String presented) {
    return presented != null && MessageDigest.isEqual( // constant time: no timing hints about the key
        presented.trim().getBytes(StandardCharsets.UTF_8), requiredApiKey.getBytes(StandardCharsets.UTF_8));
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    Map<String, Operation> byMethod = path.startsWith(BASE_PATH)
        ? operationsAt(Arrays.asList(path.substring(BASE_PATH.length()).split("/", -1)))
        : null;
    if (byMethod == null) {
      throw ApiErrorException.notFound(null, "Invalid URL (" + method + " " + path + ").");
    }
    Operation operation = byMethod.get(method);
    if (operation == null) {
      String allowed = String.join(", ", byMethod.keySet());
      exchange.getResponseHeaders().set("Allow", allowed);
      throw new ApiErrorException(405, ApiErrorException.INVALID_REQUEST, null, "method_not_allowed",
          "Method " + method + " is not allowed on " + path + "; use " + allowed + ".");
    }
    operation.handle(exchange);
  }

  /**
   * The operations at a path below {@code /v1/}, by HTTP method, or null when no operation has
   * that path. The fixed segments ({@code edits}, {@code extensions}, {@code characters}) come
   * first so they are never taken for a video id.
   */
  private Map<String, Operation> operationsAt(List<String> segments) {
    if (segments.isEmpty() || !segments.get(0).equals("videos") || segments.contains("")) {
      return null;
    }
    Map<String, Operation> byMethod = new LinkedHashMap<>();
    String second = segments.size() > 1 ? segments.get(1) : null;
    switch (segments.size()) {
      case 1:
        byMethod.put("GET", operations::list);
        byMethod.put("POST", operations::create);
        return byMethod;
      case 2:
        if (second.equals("edits")) {
          byMethod.put("POST", operations::edit);
        } else if (second.equals("extensions")) {
          byMethod.put("POST", operations::extend);
        } else if (second.equals("characters")) {
          byMethod.put("POST", operations::createCharacter);
        } else {
          byMethod.put("GET", exchange -> operations.get(exchange, second));
          byMethod.put("DELETE", exchange -> operations.delete(exchange, second));
        }
        return byMethod;
      case 3:
        String third = segments.get(2);
        if (second.equals("characters")) {
          byMethod.put("GET", exchange -> operations.getCharacter(exchange, third));
        } else if (third.equals("content")) {
          byMethod.put("GET", exchange -> operations.content(exchange, second));
        } else if (third.equals("remix")) {
          byMethod.put("POST", exchange -> operations.remix(exchange, second));
        } else {
          return null;
        }
        return byMethod;
      default:
        return null;
    }
  }

  /** One operation of the contract, bound to its path's id if it has one. */
  private interface Operation {
    void handle(HttpExchange exchange) throws IOException;
  }
}
