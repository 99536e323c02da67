package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A required API key, as a bearer token or in Azure's {@code api-key} header. */
@Timeout(20)
class AuthenticationTest {

  @Test
  void aRequiredKeyIsCheckedOnEveryRequest() {
    try (VideosEmulator emulator = VideosEmulator.builder().requiredApiKey("sk-test").start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);

      EmulatorHttp.Reply missing = http.get("videos");
      ErrorEnvelope noKey = missing.error(401);
      assertThat(noKey.code()).hasValue("invalid_api_key");
      assertThat(noKey.message()).contains("didn't provide an API key");
      assertThat(missing.headers.get("x-request-id")).startsWith("req_");

      ErrorEnvelope wrongKey = http.send(http.request("videos").header("Authorization", "Bearer sk-wrong")).error(401);
      assertThat(wrongKey.code()).hasValue("invalid_api_key");
      assertThat(wrongKey.message()).contains("Incorrect API key");
      assertThat(http.send(http.request("videos").header("api-key", "sk-wrong")).code).isEqualTo(401);
      assertThat(http.send(http.request("nowhere")).code).isEqualTo(401); // before routing, as the provider

      assertThat(http.send(http.request("videos").header("Authorization", "Bearer sk-test")).code).isEqualTo(200);
      assertThat(http.send(http.request("videos").header("api-key", "sk-test")).code).isEqualTo(200);
    }
  }

  @Test
  void withoutARequiredKeyEveryRequestIsAccepted() {
    try (VideosEmulator emulator = VideosEmulator.start()) {
      EmulatorHttp http = new EmulatorHttp(emulator);
      assertThat(http.get("videos").code).isEqualTo(200);
      assertThat(http.send(http.request("videos").header("Authorization", "Bearer anything")).code).isEqualTo(200);
    }
  }
}
