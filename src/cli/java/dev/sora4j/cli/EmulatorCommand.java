package dev.sora4j.cli;

import dev.sora4j.emulator.Fault;
import dev.sora4j.emulator.ServerProfile;
import dev.sora4j.emulator.VideosEmulator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sora4j emulator}: serves the Videos API on this machine until Ctrl-C, for trying the
 * tool, the library or another client without an account.
 */
@Command(name = "emulator", sortOptions = false,
    description = {
        "Run the Videos API emulator in the foreground until Ctrl-C.",
        "Jobs take 3 s (divided by --speed); a prompt containing [fail] or [fail:CODE] fails."})
final class EmulatorCommand extends SubCommand {
  static final String WEBHOOK_SECRET_OPTION = "--webhook-secret";

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "4010", order = 1,
      description = "Port on 127.0.0.1, or 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1", order = 2,
      description = "How much faster than 3 s a job runs (default: ${DEFAULT-VALUE}).")
  double speed;

  @Option(names = "--failure-rate", paramLabel = "RATE", defaultValue = "0", order = 3,
      description = "Share of jobs that fail, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double failureRate;

  @Option(names = "--ignore-idempotency-keys", order = 4,
      description = "Start a new job for every create, even one repeating an Idempotency-Key, "
          + "as the gateways do.")
  boolean ignoreIdempotencyKeys;

  @Option(names = "--webhook-url", paramLabel = "URL", order = 5,
      description = "Post the signed event of every job that ends to this URL "
          + "(try it with: sora4j webhook listen).")
  String webhookUrl;

  @Option(names = WEBHOOK_SECRET_OPTION, paramLabel = "SECRET", order = 6,
      description = "Secret to sign the webhooks with, whsec_... or any text "
          + "(default: $OPENAI_WEBHOOK_SECRET). Never printed.")
  String webhookSecret;

  @Option(names = "--profile", paramLabel = "SERVER", defaultValue = "openai", order = 7,
      description = "The server to play: openai, azure, litellm, bifrost or redirecting (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--fault", paramLabel = "FAULT", order = 8,
      description = {"A failure to inject, repeatable: KIND[=VALUE][,next=N|,rate=R] with KIND rate-limit "
          + "(VALUE: retry-after s), 500-after-accept, drop-after-accept, slow (VALUE: ms) or cut-download;",
          "e.g. --fault rate-limit=2,next=3 --fault slow=500,rate=0.1"})
  List<String> faults = new ArrayList<>();

  @Override
  public Integer call() {
    SoraCommand root = root();
    VideosEmulator.Builder builder = VideosEmulator.builder();
    try {
      builder.port(port).speedFactor(speed).failureRate(failureRate).ignoreIdempotencyKeys(ignoreIdempotencyKeys)
          .profile(ServerProfile.named(profile));
      for (String fault : faults) {
        builder.fault(Fault.parse(fault));
      }
      if (root.apiKey != null) {
        builder.requiredApiKey(root.apiKey);
      }
    } catch (IllegalArgumentException e) {
      throw usageError(e.getMessage());
    }
    configureWebhook(root, builder);
    VideosEmulator emulator = builder.start();
    Foreground.serveUntilStopped(root, "emulator", emulator, () -> announce(root, emulator));
    return Main.OK;
  }

  private void configureWebhook(SoraCommand root, VideosEmulator.Builder builder) {
    String secret = webhookSecret != null ? webhookSecret : root.env.get("OPENAI_WEBHOOK_SECRET");
    root.secrets.add(secret);
    if (webhookUrl == null) {
      if (webhookSecret != null) {
        throw usageError(WEBHOOK_SECRET_OPTION + ": needs --webhook-url, where the webhooks go");
      }
      return;
    }
    if (secret == null || secret.isEmpty()) {
      throw usageError("--webhook-url: needs " + WEBHOOK_SECRET_OPTION + " SECRET or OPENAI_WEBHOOK_SECRET to sign with");
    }
    URI url;
    try {
      url = new URI(webhookUrl);
    } catch (URISyntaxException e) {
      throw usageError("--webhook-url: must be an absolute http or https URL, was " + webhookUrl);
    }
    try {
      builder.webhook(url, secret);
    } catch (IllegalArgumentException e) {
      throw usageError(e.getMessage().startsWith("webhook url")
          ? "--webhook-url: must be an absolute http or https URL, was " + webhookUrl
          : WEBHOOK_SECRET_OPTION + e.getMessage().substring("webhook secret".length()));
    }
  }

  private void announce(SoraCommand root, VideosEmulator emulator) {
    Output output = root.output();
    output.emulatorStarted(emulator.baseUrl(), emulator.port());
    if (webhookUrl != null) {
      output.note("webhooks: the signed event of every job that ends goes to " + webhookUrl);
    }
    String key = root.apiKey != null ? "<the key given>" : "anything";
    output.note("use it with:  export OPENAI_BASE_URL=" + emulator.baseUrl() + " OPENAI_API_KEY=" + key);
    output.note("it plays " + emulator.profile().name().toLowerCase(Locale.ROOT) + ": the key goes in "
        + String.join(" or ", emulator.profile().authHeaders()));
    output.note("press Ctrl-C to stop");
  }
}
