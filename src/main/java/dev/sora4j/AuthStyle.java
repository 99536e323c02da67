package dev.sora4j;

/** How the API key is sent. */
public enum AuthStyle {
  /** {@code Authorization: Bearer <key>}: the provider, LiteLLM and most gateways. */
  BEARER,
  /** {@code api-key: <key>}: Azure AI Foundry's key header. */
  API_KEY_HEADER
}
