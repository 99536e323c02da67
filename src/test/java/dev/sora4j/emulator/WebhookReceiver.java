package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A project's webhook endpoint, for tests: records every delivery it gets and answers each with
 * the next status of its script (the last one repeats).
 */
final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> script;
  private final int lastStatus;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final List<Received> all = Collections.synchronizedList(new ArrayList<Received>());

  WebhookReceiver(Integer... statuses) throws IOException {
    this.script = new ConcurrentLinkedQueue<>(Arrays.asList(statuses));
    this.lastStatus = statuses[statuses.length - 1];
    InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 16);
    server.createContext("/", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          body.write(buffer, 0, n);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        Integer next = script.poll();
        int status = next == null ? lastStatus : next;
        Received delivery = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            headers, body.toByteArray(), status);
        all.add(delivery);
        received.add(delivery);
        exchange.sendResponseHeaders(status, -1);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/videos");
  }

  /** The next delivery, waiting for it; fails the test when none comes in time. */
  Received next(Duration timeout) throws InterruptedException {
    Received delivery = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (delivery == null) {
      throw new AssertionError("no webhook delivery within " + timeout + "; got " + all.size() + " before");
    }
    return delivery;
  }

  /** Every delivery so far, in order. */
  List<Received> all() {
    synchronized (all) {
      return new ArrayList<>(all);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** One request as the endpoint got it, and the status it answered. */
  static final class Received {
    final String method;
    final String path;
    final Map<String, String> headers;
    final byte[] body;
    final int answered;

    Received(String method, String path, Map<String, String> headers, byte[] body, int answered) {
      this.method = method;
      this.path = path;
      this.headers = headers;
      this.body = body;
      this.answered = answered;
    }

    String header(String name) {
      for (Map.Entry<String, String> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }
  }
}
