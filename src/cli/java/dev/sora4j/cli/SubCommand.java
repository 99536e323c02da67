package dev.sora4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand needs: the root command's options and streams, and usage errors. */
abstract class SubCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  SoraCommand root() {
    return (SoraCommand) spec.root().userObject();
  }

  Output output() {
    return root().output();
  }

  /** Connects to the API (or starts the emulator); the caller closes the session. */
  ApiSession connect() {
    return ApiSession.open(root(), spec.commandLine(), emulatorOptions(), null);
  }

  /** As {@link #connect()}, with a bar for each download when standard output is a terminal. */
  ApiSession connectShowingDownloads() {
    SoraCommand root = root();
    DownloadProgress downloads = root.terminal && !root.output().json()
        ? new DownloadProgress(root.out, Terminals.width(root.env)) : null;
    return ApiSession.open(root, spec.commandLine(), emulatorOptions(), downloads);
  }

  /** The command's {@code --emulator}, or null for a command that does not offer it. */
  EmulatorOptions emulatorOptions() {
    return null;
  }

  /**
   * Builds a request. The library's builders check every value and name the field that breaks
   * a rule ({@code seconds: must be ...}); that is turned into a usage error naming this
   * command's option for the field ({@code --seconds: must be ...}), before anything is sent.
   */
  <T> T request(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw usageError(optionFor(String.valueOf(e.getMessage())));
    }
  }

  /** The message with its leading field, such as {@code input_reference:}, replaced by the option. */
  private String optionFor(String message) {
    int colon = message.indexOf(':');
    if (colon <= 0) {
      return message;
    }
    String field = message.substring(0, colon).trim();
    field = field.substring(field.lastIndexOf('.') + 1);
    OptionSpec option = spec.findOption("--" + field.replace('_', '-'));
    return option == null ? message : option.longestName() + message.substring(colon);
  }

  ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Checks an upload up front, so that the message names the option rather than a field of the request. */
  Path existingFile(String option, Path file) {
    if (file != null && !Files.isRegularFile(file)) {
      throw usageError(option + ": no such file: " + file);
    }
    return file;
  }
}
