package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second origin of {@link ServerProfile#REDIRECTING}: a CDN that serves content at signed
 * URLs, on its own port. It answers 403 to a request that carries any credential or
 * organization header, so a client that leaks them along a redirect fails its download.
 */
final class SignedContentOrigin implements AutoCloseable {
  /** The headers a client must not send to another origin. */
  static final List<String> CREDENTIAL_HEADERS = Arrays.asList("Authorization", "api-key", "x-litellm-api-key",
      "OpenAI-Organization", "OpenAI-Project");

  private final HttpServer server;
  private final Map<String, MediaContent.Asset> assetsBySignature = new ConcurrentHashMap<>();

  SignedContentOrigin(InetAddress loopback) throws IOException {
    this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    server.createContext("/", this::serve);
    VideosEmulator.startAsDaemon(server);
  }

  /** A URL of this origin that serves the asset. */
  String sign(MediaContent.Asset asset) {
    String signature = Ids.request().substring("req_".length());
    assetsBySignature.put(signature, asset);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/signed/" + signature + "?sig=" + signature;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try {
      exchange.getResponseHeaders().set(Replies.REQUEST_ID, Ids.request());
      for (String header : CREDENTIAL_HEADERS) {
        if (exchange.getRequestHeaders().containsKey(header)) {
          throw new ApiErrorException(403, "permission_error", null, "credential_sent_to_cdn",
              "This origin is not the API: a client sent it its '" + header + "' header.");
        }
      }
      String path = exchange.getRequestURI().getPath();
      MediaContent.Asset asset = path.startsWith("/signed/") ? assetsBySignature.get(path.substring(8)) : null;
      if (asset == null) {
        throw ApiErrorException.notFound(null, "No content at " + path + ".");
      }
      MediaContent.serve(exchange, asset);
    } catch (ApiErrorException refusal) {
      if (exchange.getResponseCode() == -1) {
        Replies.error(exchange, refusal);
      }
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
