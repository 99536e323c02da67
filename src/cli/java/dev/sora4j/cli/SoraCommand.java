package dev.sora4j.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sora4j} command itself: the global options, which every subcommand inherits (so they
 * may come before or after the subcommand's name), and what the run writes to.
 */
@Command(name = "sora4j",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Create, watch, download and manage videos with the Videos API (/videos, Sora 2),",
        "or any server of the same contract: Azure AI Foundry, LiteLLM, the emulator."},
    subcommands = {
        CreateCommand.class,
        GetCommand.class,
        ListCommand.class,
        DeleteCommand.class,
        DownloadCommand.class,
        RemixCommand.class,
        EditCommand.class,
        ExtendCommand.class,
        CharacterCommand.class,
        WaitCommand.class,
        BulkCommand.class,
        EmulatorCommand.class,
        WebhookCommand.class,
        HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the API, the network or the job failed",
        "2:usage error",
        "3:gave up waiting (--timeout); the job goes on"},
    footer = {
        "",
        "Try it without an account:",
        "  sora4j create --emulator --prompt \"A calico cat playing a piano on stage\" \\",
        "      --wait --output cat.mp4"})
final class SoraCommand implements Callable<Integer> {
  static final String API_KEY_OPTION = "--api-key";

  @Spec
  CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", scope = ScopeType.INHERIT, order = 101,
      description = "Base URL of the API (default: $OPENAI_BASE_URL, else https://api.openai.com/v1).")
  String baseUrl;

  @Option(names = API_KEY_OPTION, paramLabel = "KEY", scope = ScopeType.INHERIT, order = 102,
      description = "API key (default: $OPENAI_API_KEY). Never printed.")
  String apiKey;

  @Option(names = "--auth-header", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 110,
      description = "Send the key as is in this header instead of 'Authorization: Bearer', "
          + "such as api-key (Azure) or x-litellm-api-key.")
  String authHeader;

  @Option(names = "--query", paramLabel = "NAME=VALUE", scope = ScopeType.INHERIT, order = 111,
      description = "A query parameter sent on every call, such as api-version=preview; repeatable.")
  Map<String, String> query = new LinkedHashMap<>();

  @Option(names = "--json", scope = ScopeType.INHERIT, order = 104,
      description = "Print results as the API's JSON, one object per line; messages go to stderr.")
  boolean json;

  @Mixin
  HelpOption help;

  @Option(names = {"-V", "--version"}, versionHelp = true, order = 107, description = "Show the version and exit.")
  boolean version;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, order = 105,
      description = "Print stack traces with errors.")
  boolean verbose;

  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  /** Whether {@link #out} is a terminal, where a live progress bar can be drawn. */
  final boolean terminal;
  final Secrets secrets;
  private Output output;

  SoraCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Secrets secrets) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminal = terminal;
    this.secrets = secrets;
  }

  /** The printer for this run, made once the options (such as {@code --json}) are parsed. */
  Output output() {
    if (output == null) {
      output = new Output(out, err, json);
    }
    return output;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "Missing command: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
