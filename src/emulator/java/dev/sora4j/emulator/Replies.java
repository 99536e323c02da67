package dev.sora4j.emulator;

import com.squareup.moshi.Moshi;
import com.sun.net.httpserver.HttpExchange;
import dev.sora4j.model.ApiError;
import dev.sora4j.model.ErrorResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes responses: JSON bodies through the generated models' Moshi adapters (so the emulator
 * speaks exactly the spec's shapes, nullable keys as explicit null) and the error envelope.
 */
final class Replies {
  static final String REQUEST_ID = "x-request-id";
  static final String POLL_AFTER_MS = "openai-poll-after-ms";

  private static final Moshi MOSHI = new Moshi.Builder().build();

  private Replies() {
  }

  static <T> void json(HttpExchange exchange, int status, Class<T> type, T value) throws IOException {
    byte[] body = MOSHI.adapter(type).toJson(value).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void error(HttpExchange exchange, ApiErrorException error) throws IOException {
    ErrorResponse envelope = ErrorResponse.builder()
        .error(ApiError.builder()
            .message(error.getMessage())
            .type(error.type())
            .param(error.param())
            .code(error.code())
            .build())
        .build();
    json(exchange, error.status(), ErrorResponse.class, envelope);
  }
}
