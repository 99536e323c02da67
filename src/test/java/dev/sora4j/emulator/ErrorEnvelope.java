package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

/**
 * The error envelope of an emulator reply, {@code {"error": {"message", "type", "param", "code"}}},
 * read from plain JSON: the envelope's generated classes belong to the client and are not public.
 */
final class ErrorEnvelope {
  private final Map<?, ?> error;

  private ErrorEnvelope(Map<?, ?> error) {
    this.error = error;
  }

  /** Checks the envelope's shape (an object under {@code error} with a text message and type) and reads it. */
  static ErrorEnvelope of(Object json) {
    assertThat(json).as("error body").isInstanceOf(Map.class);
    Object error = ((Map<?, ?>) json).get("error");
    assertThat(error).as("the envelope's error").isInstanceOf(Map.class);
    ErrorEnvelope envelope = new ErrorEnvelope((Map<?, ?>) error);
    assertThat(envelope.error.get("message")).as("error.message").isInstanceOf(String.class);
    assertThat(envelope.error.get("type")).as("error.type").isInstanceOf(String.class);
    return envelope;
  }

  String message() {
    return (String) error.get("message");
  }

  String type() {
    return (String) error.get("type");
  }

  Optional<String> param() {
    return Optional.ofNullable((String) error.get("param"));
  }

  Optional<String> code() {
    return Optional.ofNullable((String) error.get("code"));
  }
}
