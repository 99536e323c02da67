package dev.sora4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point of the {@code sora4j} command-line tool.
 *
 * <pre>{@code
 * java -jar sora4j-cli.jar create --emulator --prompt "A calico cat playing a piano on stage" \
 *     --wait --output cat.mp4
 * }</pre>
 *
 * <p>{@link #run(String[], PrintStream, PrintStream, Map)} runs one command line in the calling
 * process and returns its exit code, so that tests and other programs can drive the tool without
 * a JVM of its own; {@link #main(String[])} is that plus {@link System#exit(int)}.
 */
public final class Main {
  /** The command succeeded. */
  static final int OK = 0;
  /** The API, the network or the job failed. */
  static final int FAILED = 1;
  /** The command line was wrong; the usage is printed. */
  static final int USAGE = 2;
  /** The wait's {@code --timeout} passed before the job finished; the job goes on. */
  static final int TIMED_OUT = 3;

  private Main() {
  }

  /**
   * Runs the command line and exits the JVM with its exit code: 0 on success, 1 when the API,
   * the network or the job failed, 2 for a usage error, 3 when a wait's {@code --timeout} passed.
   *
   * @param args the command line, such as {@code get video_123}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs one command line in this process, never exiting the JVM. Results go to {@code out},
   * errors and usage to {@code err}. A live progress bar is drawn only when {@code out} is this
   * process's {@link System#out} and that is a terminal; otherwise progress is written as one
   * plain line per change.
   *
   * @param args the command line, such as {@code get video_123}
   * @param out where results go
   * @param err where errors and usage messages go
   * @param env the environment to read {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL},
   *     {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID} and {@code OPENAI_WEBHOOK_SECRET} from,
   *     instead of the process's
   * @return the exit code: 0 on success, 1 when the API, the network or the job failed, 2 for a
   *     usage error, 3 when a wait's {@code --timeout} passed (the job goes on)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, out == System.out && Terminals.stdoutIsTerminal());
  }

  /** As the public {@code run}, with the terminal decision made by the caller (tests draw the bar). */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    Secrets secrets = Secrets.of(args, env);
    SoraCommand root = new SoraCommand(out, err, env, terminal, secrets);
    CommandLine commandLine = new CommandLine(root)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setDefaultValueProvider(new Defaults())
        .setParameterExceptionHandler(new ErrorHandlers.UsageErrorHandler(secrets))
        .setExecutionExceptionHandler(new ErrorHandlers.FailureHandler(secrets));
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
