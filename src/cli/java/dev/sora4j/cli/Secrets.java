package dev.sora4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API keys this run knows of, and their removal from what it prints. The library never puts a
 * key in a message, but picocli quotes the arguments it could not match (a mistyped
 * {@code --api-kye sk-...} would echo the key), so every error line passes through here first.
 */
final class Secrets {
  /** Shorter values are not masked: masking a two-letter "key" would garble every message. */
  private static final int MIN_LENGTH = 4;
  static final String MASK = "***";

  private final List<String> values = new ArrayList<>();

  private Secrets() {
  }

  static Secrets of(String[] args, Map<String, String> env) {
    Secrets secrets = new Secrets();
    secrets.add(env.get("OPENAI_API_KEY"));
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        continue;
      }
      if (arg.equals(SoraCommand.API_KEY_OPTION) && i + 1 < args.length) {
        secrets.add(args[i + 1]);
      } else if (arg.startsWith(SoraCommand.API_KEY_OPTION + "=")) {
        secrets.add(arg.substring(SoraCommand.API_KEY_OPTION.length() + 1));
      }
    }
    return secrets;
  }

  synchronized void add(String secret) {
    if (secret != null && secret.trim().length() >= MIN_LENGTH && !values.contains(secret.trim())) {
      values.add(secret.trim());
    }
  }

  synchronized String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : values) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
