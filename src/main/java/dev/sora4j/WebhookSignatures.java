package dev.sora4j;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place that knows the Standard Webhooks signing scheme: how a secret becomes a key, what
 * is signed, how a signature is written, and how two signatures are compared. {@link Webhooks}
 * verifies with it and signs with it, so a sender and a receiver cannot disagree.
 */
final class WebhookSignatures {
  /** A secret with this prefix carries its key in base64 after it. */
  static final String SECRET_PREFIX = "whsec_";
  /** The version of the scheme, written before each signature: {@code v1,<base64>}. */
  static final String VERSION = "v1";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignatures() {
  }

  /**
   * The HMAC key of a secret: the base64 after {@value #SECRET_PREFIX}, else the secret's UTF-8
   * bytes. Messages name {@code setting} and the rule, never the secret.
   *
   * @throws IllegalArgumentException if the secret is empty, has surrounding whitespace, or has
   *     the prefix but no valid base64 after it
   */
  static byte[] key(String setting, String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(setting + ": must not be empty");
    }
    if (!secret.equals(secret.trim())) {
      // A secret read from a file or a variable with its line break would fail every delivery
      // with "no signature matches": say so here instead.
      throw new IllegalArgumentException(setting + ": must not start or end with whitespace");
    }
    if (!secret.startsWith(SECRET_PREFIX)) {
      return secret.getBytes(StandardCharsets.UTF_8);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + ": the part after " + SECRET_PREFIX + " must be base64");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException(setting + ": the part after " + SECRET_PREFIX + " must not be empty");
    }
    return key;
  }

  /** HMAC-SHA256 of {@code {id}.{timestamp}.{body}}, the body exactly as sent. */
  static byte[] signature(byte[] key, String webhookId, String timestamp, byte[] body) {
    Mac mac;
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JVM cannot compute " + ALGORITHM, e); // every JVM must
    }
    mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
    return mac.doFinal(body);
  }

  /** A signature as the {@code webhook-signature} header carries it: {@code v1,<base64>}. */
  static String format(byte[] signature) {
    return VERSION + "," + Base64.getEncoder().encodeToString(signature);
  }

  /**
   * Whether any {@code v1} signature in a {@code webhook-signature} header equals the expected
   * one. Each comparison takes the same time wherever the bytes differ, so a caller cannot learn
   * the expected signature byte by byte.
   *
   * @return null when one matches, else why none does
   */
  static String mismatch(String header, byte[] expected) {
    boolean sawVersion1 = false;
    boolean matched = false;
    for (String entry : header.trim().split("\\s+")) {
      int comma = entry.indexOf(',');
      if (comma < 0 || !entry.substring(0, comma).equals(VERSION)) {
        continue; // another scheme's signature, such as v1a: not ours to check
      }
      sawVersion1 = true;
      byte[] candidate;
      try {
        candidate = Base64.getDecoder().decode(entry.substring(comma + 1));
      } catch (IllegalArgumentException notBase64) {
        continue;
      }
      // No early exit: every candidate is compared, so the time does not tell which one matched.
      matched |= MessageDigest.isEqual(candidate, expected);
    }
    if (matched) {
      return null;
    }
    return sawVersion1 ? "no signature matches" : "holds no " + VERSION + ",<base64> signature";
  }
}
