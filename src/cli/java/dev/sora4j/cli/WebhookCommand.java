package dev.sora4j.cli;

import dev.sora4j.Webhooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sora4j webhook listen}: an endpoint that verifies and prints the webhooks it receives. */
@Command(name = "webhook",
    description = "Receive the webhooks a server posts when a job ends.",
    subcommands = {WebhookCommand.Listen.class})
final class WebhookCommand extends SubCommand {
  static final String SECRET_OPTION = "--secret";

  @Override
  public Integer call() {
    throw usageError("Missing command: listen");
  }

  /** {@code sora4j webhook listen --port P --secret SECRET}. */
  @Command(name = "listen", sortOptions = false,
      description = {
          "Listen on 127.0.0.1 until Ctrl-C; verify each delivery's signature and print its event.",
          "Valid deliveries get 200, others 400 and a line on stderr saying why."})
  static final class Listen extends SubCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "9000", order = 1,
        description = "Port on 127.0.0.1, or 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = SECRET_OPTION, paramLabel = "SECRET", order = 2,
        description = "The endpoint's secret, whsec_... or any text (default: $OPENAI_WEBHOOK_SECRET). "
            + "Never printed.")
    String secret;

    @Override
    public Integer call() {
      SoraCommand root = root();
      String given = secret != null ? secret : root.env.get("OPENAI_WEBHOOK_SECRET");
      root.secrets.add(given);
      if (given == null || given.isEmpty()) {
        throw usageError("No webhook secret: pass " + SECRET_OPTION + " SECRET or set OPENAI_WEBHOOK_SECRET");
      }
      if (port < 0 || port > 65_535) {
        throw usageError("--port: must be from 0 to 65535, was " + port);
      }
      Webhooks webhooks;
      try {
        webhooks = Webhooks.builder().secret(given).build();
      } catch (IllegalArgumentException e) {
        throw usageError(SECRET_OPTION + e.getMessage().substring("secret".length()));
      }
      WebhookListener listener;
      try {
        listener = WebhookListener.start(port, webhooks, root.output());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
      }
      Foreground.serveUntilStopped(root, "listener", listener, () -> {
        root.output().webhookListening(listener.url());
        root.output().note("press Ctrl-C to stop");
      });
      return Main.OK;
    }
  }
}
