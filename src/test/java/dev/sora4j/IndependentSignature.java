package dev.sora4j;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures computed the way the Standard Webhooks scheme defines them, with
 * {@code javax.crypto.Mac} directly and none of sora4j's code: what tests check sora4j against.
 */
public final class IndependentSignature {
  private IndependentSignature() {
  }

  /**
   * Returns base64(HMAC-SHA256(key, content)).
   *
   * @param key the HMAC key
   * @param content the signed content, {@code {id}.{timestamp}.{body}}
   * @return the signature, without the {@code v1,} prefix
   */
  public static String of(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
