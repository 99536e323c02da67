package dev.sora4j.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} on every command. Mixed in rather than inherited from the root, because
 * picocli's {@code help} subcommand declares its own {@code -h} and an inherited one would clash.
 */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, order = 106, description = "Show this help and exit.")
  boolean requested;
}
