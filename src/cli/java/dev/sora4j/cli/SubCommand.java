package dev.sora4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    return ApiSession.open(root(), spec.commandLine());
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
