package dev.sora4j.cli;

import dev.sora4j.PollOptions;
import dev.sora4j.model.VideosContract;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults that come from the library's constants, so that the help (through
 * {@code ${DEFAULT-VALUE}}) shows what the library really does and cannot drift from it.
 */
final class Defaults implements IDefaultValueProvider {
  @Override
  public String defaultValue(ArgSpec argSpec) {
    if (!argSpec.isOption()) {
      return null;
    }
    String name = ((OptionSpec) argSpec).longestName();
    if (TimeoutOption.NAME.equals(name)) {
      return Converters.DurationConverter.format(PollOptions.DEFAULT_TIMEOUT);
    }
    // create's defaults are the ones the library would send anyway; naming them here shows them in the help
    if (argSpec.command() != null && argSpec.command().userObject() instanceof CreateCommand) {
      switch (name) {
        case "--model":
          return VideosContract.DEFAULT_MODEL.value();
        case "--seconds":
          return VideosContract.DEFAULT_SECONDS.value();
        case "--size":
          return VideosContract.DEFAULT_SIZE.value();
        default:
          return null;
      }
    }
    return null;
  }
}
