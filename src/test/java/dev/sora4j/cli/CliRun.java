package dev.sora4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One in-process run of the tool: its exit code and what it wrote to stdout and stderr. */
final class CliRun {
  final int exitCode;
  final byte[] outBytes;
  final String out;
  final String err;

  private CliRun(int exitCode, byte[] outBytes, String err) {
    this.exitCode = exitCode;
    this.outBytes = outBytes;
    this.out = new String(outBytes, StandardCharsets.UTF_8);
    this.err = err;
  }

  static CliRun run(String... args) {
    return run(Collections.<String, String>emptyMap(), args);
  }

  static CliRun run(Map<String, String> env, String... args) {
    return run(env, false, args);
  }

  /** Runs as if stdout were a terminal or not; the public entry point decides that itself. */
  static CliRun run(Map<String, String> env, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream outStream = new PrintStream(out, true, "UTF-8");
        PrintStream errStream = new PrintStream(err, true, "UTF-8")) {
      int code = terminal
          ? Main.run(args, outStream, errStream, env, true)
          : Main.run(args, outStream, errStream, env);
      outStream.flush();
      errStream.flush();
      return new CliRun(code, out.toByteArray(), new String(err.toByteArray(), StandardCharsets.UTF_8));
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  List<String> outLines() {
    return out.isEmpty() ? Collections.<String>emptyList() : Arrays.asList(out.split("\\R"));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
