package dev.sora4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The API keys and webhook secrets this run knows of, and their removal from what it prints. The
 * library never puts a key in a message, but picocli quotes the arguments it could not match (a
 * mistyped {@code --api-kye sk-...} would echo the key), so every error line passes through here
 * first.
 */
final class Secrets {
  /** Shorter values are not masked: masking a two-letter "key" would garble every message. */
  private static final int MIN_LENGTH = 4;
  static final String MASK = "***";

  private final List<String> values = new ArrayList<>();

  private Secrets() {
  }

  /** The options whose value is a secret: the API key, and the webhook secrets of both ends. */
  private static final List<String> SECRET_OPTIONS = Arrays.asList(
      SoraCommand.API_KEY_OPTION, EmulatorCommand.WEBHOOK_SECRET_OPTION, WebhookCommand.SECRET_OPTION);

  /** How the provider's and Standard Webhooks' secrets start. */
  private static final String WEBHOOK_SECRET_PREFIX = "whsec_";

  static Secrets of(String[] args, Map<String, String> env) {
    Secrets secrets = new Secrets();
    secrets.add(env.get("OPENAI_API_KEY"));
    secrets.add(env.get("OPENAI_WEBHOOK_SECRET"));
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        continue;
      }
      if (arg.startsWith(WEBHOOK_SECRET_PREFIX)) {
        secrets.add(arg); // a webhook secret is recognisable even after a mistyped option name
      }
      for (String option : SECRET_OPTIONS) {
        if (arg.equals(option) && i + 1 < args.length) {
          secrets.add(args[i + 1]);
        } else if (arg.startsWith(option + "=")) {
          secrets.add(arg.substring(option.length() + 1));
        }
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
