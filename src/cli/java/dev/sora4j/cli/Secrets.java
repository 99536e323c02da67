package dev.sora4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API keys and webhook secrets this run knows of, and their removal from what it prints. The
 * library never puts a key in a message, but picocli quotes the arguments it could not match (a
 * mistyped {@code --api-kye sk-...} would echo the key), so every error line passes through here
 * first.
 */
final class Secrets {
  /**
   * From this length on a secret is masked wherever it occurs, even glued to other text; a
   * shorter one only where it stands as a whole token, since masking it inside words ("k" in
   * {@code UnknownHostException}) would garble every message while hiding nothing.
   */
  static final int MASKED_ANYWHERE_LENGTH = 8;
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
    if (secret != null && !secret.trim().isEmpty() && !values.contains(secret.trim())) {
      values.add(secret.trim());
    }
  }

  synchronized String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : values) {
      result = secret.length() >= MASKED_ANYWHERE_LENGTH
          ? result.replace(secret, MASK)
          : result.replaceAll(wholeToken(secret), MASK);
    }
    return result;
  }

  /** The secret where no letter, digit, {@code -} or {@code _} touches it on either side. */
  private static String wholeToken(String secret) {
    return "(?<![\\p{Alnum}_-])" + Pattern.quote(secret) + "(?![\\p{Alnum}_-])";
  }
}
