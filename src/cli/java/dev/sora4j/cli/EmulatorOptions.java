package dev.sora4j.cli;

import picocli.CommandLine.Option;

/**
 * {@code --emulator}, on the commands that can do their work on a fresh emulator: those that
 * start jobs from a prompt or an upload (create, edit and extend of a file, bulk, character
 * create). A command that names an existing job (get, wait, remix...) is not offered it, since
 * a fresh emulator knows no job and could only answer 404.
 */
final class EmulatorOptions {
  static final String NAME = "--emulator";

  @Option(names = NAME, order = 40,
      description = "Start an emulator in this process and use it, with a key of its own; "
          + "it stops when the command ends.")
  boolean enabled;

  /** Hidden: a test and benchmark aid, so that emulated jobs finish in milliseconds. */
  @Option(names = "--emulator-speed", paramLabel = "FACTOR", hidden = true,
      description = "Speed factor of the --emulator's jobs (default: 1, a job takes 3 s).")
  double speed = 1;
}
