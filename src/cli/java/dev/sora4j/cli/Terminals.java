package dev.sora4j.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What this process's terminal is like: whether there is one, and how wide it is. */
final class Terminals {
  static final int DEFAULT_WIDTH = 80;
  private static final int MIN_WIDTH = 20;

  private Terminals() {
  }

  /**
   * Tells whether standard output is a terminal. Up to Java 21, {@link System#console()} is null
   * unless both standard input and output are terminals; from Java 22 it is never null, and
   * {@code Console.isTerminal()} (called by reflection, as this code targets Java 8) tells.
   */
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // before Java 22: a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The terminal's width in columns: {@code COLUMNS} when the shell exports it, else what
   * {@code stty size} says about {@code /dev/tty}, else 80. Asked once per progress bar; the
   * progress-bar library would ask JLine instead, which takes over Ctrl-C while the bar is shown
   * and, on Java 17, needs native code or {@code --add-opens} to do it quietly.
   */
  static int width(Map<String, String> env) {
    Integer fromEnv = parseWidth(env.get("COLUMNS"));
    if (fromEnv != null) {
      return fromEnv;
    }
    Integer fromStty = sttyWidth();
    return fromStty != null ? fromStty : DEFAULT_WIDTH;
  }

  private static Integer sttyWidth() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return null;
    }
    Process process = null;
    try {
      process = new ProcessBuilder("stty", "size")
          .redirectInput(ProcessBuilder.Redirect.from(tty))
          .redirectError(ProcessBuilder.Redirect.PIPE)
          .start();
      if (!process.waitFor(1, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return null;
      }
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
        String line = reader.readLine(); // "ROWS COLUMNS"
        String[] parts = line == null ? new String[0] : line.trim().split("\\s+");
        return parts.length == 2 ? parseWidth(parts[1]) : null;
      }
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      if (process != null) {
        process.destroy();
      }
    }
  }

  private static Integer parseWidth(String value) {
    if (value == null) {
      return null;
    }
    try {
      int width = Integer.parseInt(value.trim());
      return width >= MIN_WIDTH ? width : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
