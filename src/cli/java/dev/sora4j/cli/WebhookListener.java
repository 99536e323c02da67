package dev.sora4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sora4j.WebhookVerificationException;
import dev.sora4j.Webhooks;
import dev.sora4j.model.VideoWebhookEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP endpoint of {@code sora4j webhook listen}: on 127.0.0.1, every POST, at any path, is
 * verified with {@link Webhooks#unwrap(byte[], Map)}; a valid one is printed and answered 200,
 * any other answered 400 (or 405, 413) with the reason, which is also printed to stderr. The
 * deliveries are handled one at a time, so printed events never interleave.
 */
final class WebhookListener implements AutoCloseable {
  /** Events are a few hundred bytes; a larger body is not a delivery of this API. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final Webhooks webhooks;
  private final Output output;

  private WebhookListener(HttpServer server, Webhooks webhooks, Output output) {
    this.server = server;
    this.webhooks = webhooks;
    this.output = output;
  }

  static WebhookListener start(int port, Webhooks webhooks, Output output) throws IOException {
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 50);
    WebhookListener listener = new WebhookListener(server, webhooks, output);
    server.createContext("/", exchange -> {
      try {
        listener.handle(exchange);
      } finally {
        exchange.close();
      }
    });
    // Not a daemon, unlike the emulator's: the listener is this process's foreground, and
    // close() (on Ctrl-C or an interrupt) is what ends it.
    server.start();
    return listener;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      answer(exchange, 405, "only POST: this endpoint receives webhook deliveries");
      return;
    }
    byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
    if (body == null) {
      refuse(exchange, 413, "payload: larger than " + MAX_BODY_BYTES + " bytes");
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!header.getValue().isEmpty()) {
        headers.put(header.getKey(), header.getValue().get(0));
      }
    }
    VideoWebhookEvent event;
    try {
      event = webhooks.unwrap(body, headers);
    } catch (WebhookVerificationException e) {
      refuse(exchange, 400, e.getMessage());
      return;
    }
    output.webhookEvent(event);
    answer(exchange, 200, "");
  }

  private void refuse(HttpExchange exchange, int status, String reason) throws IOException {
    output.webhookRefused(reason);
    answer(exchange, status, reason);
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The whole body, or null when it is longer than {@code limit}. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      if (body.size() + n > limit) {
        return null;
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
