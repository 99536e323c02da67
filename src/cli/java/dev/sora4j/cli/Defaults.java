package dev.sora4j.cli;

import dev.sora4j.PollOptions;
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
    if (argSpec.isOption() && TimeoutOption.NAME.equals(((OptionSpec) argSpec).longestName())) {
      return Converters.DurationConverter.format(PollOptions.DEFAULT_TIMEOUT);
    }
    return null;
  }
}
