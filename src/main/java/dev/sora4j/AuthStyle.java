package dev.sora4j;

/**
 * How the API key is sent. Every style builds a client from a key alone (and {@link #NONE} even
 * without one); the key goes only to the base URL's origin, never along a redirect to another.
 */
public enum AuthStyle {
  /** {@code Authorization: Bearer <key>}: the provider, LiteLLM, Bifrost and most gateways. */
  BEARER,
  /** {@code api-key: <key>}: Azure AI Foundry's key header. */
  API_KEY_HEADER,
  /**
   * The key as is, with no prefix, in the header named by
   * {@link VideosClient.Builder#authHeader(String)}, such as LiteLLM's {@code x-litellm-api-key};
   * unnamed, it is {@code Authorization}, for relays that take {@code Authorization: sk-...}
   * without {@code Bearer}.
   */
  CUSTOM_HEADER,
  /** No credential: a local server or a gateway that authenticates otherwise. */
  NONE
}
