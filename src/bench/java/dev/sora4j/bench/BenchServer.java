package dev.sora4j.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A minimal server of the calls the benchmarks make, so that both clients measure against the
 * same fixed answers: every request waits the given latency, then gets one video (create and
 * retrieve) or, for content, the given number of bytes.
 */
final class BenchServer implements AutoCloseable {
  static final String VIDEO = "{\"id\":\"video_123\",\"object\":\"video\",\"model\":\"sora-2\",\"status\":\"completed\","
      + "\"progress\":100,\"created_at\":1712697600,\"completed_at\":1712697700,\"expires_at\":1712701300,"
      + "\"prompt\":\"A calico cat playing a piano on stage\",\"size\":\"720x1280\",\"seconds\":\"4\","
      + "\"remixed_from_video_id\":null,\"error\":null}";
  private static final byte[] VIDEO_BYTES = VIDEO.getBytes(StandardCharsets.UTF_8);

  static {
    // Without it the JDK's server sends headers and body apart and a small answer waits out the
    // client's delayed ACK (40 ms on Linux): every call would measure that.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final long latencyMillis;
  private final long contentBytes;

  BenchServer(long latencyMillis, long contentBytes) throws IOException {
    this.latencyMillis = latencyMillis;
    this.contentBytes = contentBytes;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    this.threads = Executors.newFixedThreadPool(256, runnable -> {
      Thread thread = new Thread(runnable, "bench-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] drain = new byte[8192];
      while (in.read(drain) >= 0) {
        // the request body is not looked at
      }
    }
    if (latencyMillis > 0) {
      try {
        TimeUnit.MILLISECONDS.sleep(latencyMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.getResponseHeaders().set("x-request-id", "req_bench");
    if (exchange.getRequestURI().getPath().endsWith("/content")) {
      exchange.getResponseHeaders().set("Content-Type", "video/mp4");
      exchange.sendResponseHeaders(200, contentBytes);
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = exchange.getResponseBody()) {
        for (long left = contentBytes; left > 0; left -= chunk.length) {
          out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
      }
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, VIDEO_BYTES.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(VIDEO_BYTES);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** Runs a server until killed, for a benchmark in another process: prints its base URL. */
  public static void main(String[] args) throws Exception {
    BenchServer server = new BenchServer(Long.parseLong(args[0]), Long.parseLong(args[1]));
    System.out.println(server.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
