package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sora4j.model.VideosContract;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one handler of the server. Every request gets an {@code x-request-id}, is authenticated
 * when a key is required, and is routed to its operation; every refusal, from anywhere, becomes
 * the error envelope here and nowhere else.
 */
final class ApiRouter implements HttpHandler {
  private final VideoOperations operations;
  private final String requiredApiKey;
  private final ServerProfile profile;
  private final Faults faults;

  ApiRouter(VideoOperations operations, EmulatorSettings settings) {
    this.operations = operations;
    this.requiredApiKey = settings.requiredApiKey;
    this.profile = settings.profile;
    this.faults = settings.faults;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set(Replies.REQUEST_ID, Ids.request());
    try {
      authenticate(exchange);
      injectFaults(exchange);
      route(exchange);
    } catch (ApiErrorException refusal) {
      replyIfStillPossible(exchange, refusal);
    } catch (Fault.Dropped dropped) {
      // thrown out of the handler, so the JDK server closes the connection; the close below first
      exchange.close();
      throw dropped;
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

  /** Accepts the key in the profile's auth headers: {@code Authorization: Bearer KEY} or {@code api-key: KEY} for the provider. */
  private void authenticate(HttpExchange exchange) {
    if (requiredApiKey == null) {
      return;
    }
    String presented = profile.presentedKey(exchange.getRequestHeaders());
    if (isRequiredKey(presented)) {
      return;
    }
    boolean keyGiven = presented != null && !presented.isEmpty();
    throw new ApiErrorException(401, ApiErrorException.INVALID_REQUEST, null, "invalid_api_key", keyGiven
        ? "Incorrect API key provided."
        : "You didn't provide an API key. Send it as '" + String.join("' or '", profile.authHeaders()) + "'.");
  }

  /** The faults that concern any request: a 429, or a pause before the answer. */
  private void injectFaults(HttpExchange exchange) {
    Fault slow = faults.hit(Fault.Kind.SLOW);
    if (slow != null) {
      try {
        Thread.sleep(slow.duration.toMillis());
      } catch (InterruptedException e) {
        // the emulator is stopping: answer at once, and keep the flag for the worker pool
        Thread.currentThread().interrupt();
      }
    }
    Fault rateLimit = faults.hit(Fault.Kind.RATE_LIMIT);
    if (rateLimit != null) {
      exchange.getResponseHeaders()
          .set(VideosContract.RETRY_AFTER_HEADER, String.valueOf(rateLimit.duration.getSeconds()));
      throw new ApiErrorException(429, "requests", null, "rate_limit_exceeded",
          "Rate limit reached for requests (injected). Try again in " + rateLimit.duration.getSeconds() + "s.");
    }
  }

  private boolean isRequiredKey(String presented) {
    return presented != null && MessageDigest.isEqual( // constant time: no timing hints about the key
        presented.trim().getBytes(StandardCharsets.UTF_8), requiredApiKey.getBytes(StandardCharsets.UTF_8));
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String basePath = profile.basePath();
    Map<String, Operation> byMethod = path.startsWith(basePath)
        ? operationsAt(segments(path.substring(basePath.length())))
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
          if (profile.hasDelete()) {
            byMethod.put("DELETE", exchange -> operations.delete(exchange, second));
          }
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

  /**
   * The path's segments, each percent-decoded on its own: an id with a {@code /} arrives as
   * {@code %2F} inside one segment, and a {@code +} in a path is a plus, not a space.
   */
  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/", -1)) {
      try {
        segments.add(URLDecoder.decode(raw.replace("+", "%2B"), "UTF-8"));
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException("every JRE has UTF-8", e);
      } catch (IllegalArgumentException e) {
        throw ApiErrorException.invalid(null, "invalid_path", "The path has a malformed %-escape: '" + raw + "'.");
      }
    }
    return segments;
  }

  /** One operation of the contract, bound to its path's id if it has one. */
  private interface Operation {
    void handle(HttpExchange exchange) throws IOException;
  }
}
