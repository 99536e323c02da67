package dev.sora4j.cli;

import dev.sora4j.ApiException;
import dev.sora4j.VideosException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into an exit code and one line on stderr: 2 and a pointer to the help for
 * a wrong command line, 1 and the status with the request id for a failed call. Stack traces only with
 * {@code --verbose}: a user needs the server's answer, a bug report needs the trace.
 */
final class ErrorHandlers {
  private ErrorHandlers() {
  }

  /** A command line picocli could not parse, or that a command rejected: exit code 2. */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    private final Secrets secrets;

    UsageErrorHandler(Secrets secrets) {
      this.secrets = secrets;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      printUsageError(ex.getCommandLine(), ex.getMessage(), secrets);
      if (ex.getCommandLine() != null) {
        UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
        if (ex instanceof UnmatchedArgumentException
            && ((UnmatchedArgumentException) ex).getUnmatched().contains(EmulatorOptions.NAME)) {
          // --emulator worked on create; say why it does not here, and what does
          ex.getCommandLine().getErr().println("(a fresh " + EmulatorOptions.NAME + " knows no job, so only the commands "
              + "that start one offer it; for this one, run 'sora4j emulator' and pass its URL as --base-url)");
          ex.getCommandLine().getErr().flush();
        }
      }
      return Main.USAGE;
    }
  }

  /** An exception from a running command: exit code 1, or 2 when the library rejected an argument. */
  static final class FailureHandler implements IExecutionExceptionHandler {
    private final Secrets secrets;

    FailureHandler(Secrets secrets) {
      this.secrets = secrets;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
      boolean verbose = verbose(commandLine);
      PrintWriter err = commandLine.getErr();
      if (ex instanceof IllegalArgumentException) {
        // The library checks every request before sending it (a blank prompt, a limit of 500),
        // and names the field: that is a wrong command line, not a failure.
        printUsageError(commandLine, ex.getMessage(), secrets);
        printStackTraceIf(verbose, ex, err, secrets);
        return Main.USAGE;
      }
      err.println(secrets.redact(errorLine(describe(ex))));
      if (verbose) {
        printStackTraceIf(true, ex, err, secrets);
      } else if (!(ex instanceof VideosException)) {
        err.println("(run with --verbose for the stack trace)");
      }
      err.flush();
      return Main.FAILED;
    }
  }

  /**
   * The one-line description of a failure. For an error response: the status, what the server
   * said, the error's code and parameter and the request id, then any remark of the library (such
   * as that a job may exist), e.g. {@code 404 No video found with id 'x' (request id req_123)}.
   */
  static String describe(Exception ex) {
    if (ex instanceof ApiException) {
      return describeApiError((ApiException) ex);
    }
    if (ex instanceof VideosException) {
      return Output.oneLine(String.valueOf(ex.getMessage()));
    }
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return Output.oneLine(ex.getMessage() + ": " + ex.getCause().getMessage());
    }
    return Output.oneLine(ex.toString());
  }

  /**
   * Rewrites the library's message, {@code METHOD: STATUS: TEXT (type T, code C, param P, request
   * id R). NOTE}, for a shell user: the Java method's name and the error's type mean nothing
   * there. The fields are rebuilt from the exception's accessors, which locates the server's text;
   * a message of another shape is shown as it is.
   */
  static String describeApiError(ApiException ex) {
    String message = Output.oneLine(String.valueOf(ex.getMessage()));
    String status = String.valueOf(ex.statusCode());
    String libraryFields = " (" + fields(ex.type().orElse(null), ex.code().orElse(null), ex.param().orElse(null),
        ex.requestId().orElse(null)) + ")";
    int fieldsAt = libraryFields.equals(" ()") ? -1 : message.lastIndexOf(libraryFields);
    String head = fieldsAt >= 0 ? message.substring(0, fieldsAt) : message;
    String note = fieldsAt >= 0 ? message.substring(fieldsAt + libraryFields.length()) : "";
    int statusAt = head.indexOf(status);
    if (statusAt < 0 || (fieldsAt < 0 && !libraryFields.equals(" ()"))) {
      return message;
    }
    String text = head.substring(statusAt + status.length());
    text = text.startsWith(":") ? text.substring(1).trim() : text.trim();
    String shown = fields(null, ex.code().orElse(null), ex.param().orElse(null), ex.requestId().orElse(null));
    return status + (text.isEmpty() ? "" : " " + text) + (shown.isEmpty() ? "" : " (" + shown + ")") + note;
  }

  private static String fields(String type, String code, String param, String requestId) {
    StringBuilder fields = new StringBuilder();
    appendField(fields, "type", type);
    appendField(fields, "code", code);
    appendField(fields, "param", param);
    appendField(fields, "request id", requestId);
    return fields.toString();
  }

  private static void appendField(StringBuilder fields, String name, String value) {
    if (value != null && !value.isEmpty()) {
      fields.append(fields.length() == 0 ? "" : ", ").append(name).append(' ').append(value);
    }
  }

  /**
   * The line that reports an error: {@code error: } and the message, once. picocli starts some of
   * its messages (those of argument groups) with an {@code Error: } of its own, which goes.
   */
  static String errorLine(String message) {
    String text = message == null ? "" : message.trim();
    String prefix = "error:";
    while (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
      text = text.substring(prefix.length()).trim();
    }
    return "error: " + text;
  }

  /** The one useful line, and where to read the rest: the whole help would bury the line. */
  private static void printUsageError(CommandLine commandLine, String message, Secrets secrets) {
    PrintWriter err = commandLine.getErr();
    err.println(secrets.redact(errorLine(message)));
    err.println("(see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
  }

  private static void printStackTraceIf(boolean verbose, Exception ex, PrintWriter err, Secrets secrets) {
    if (!verbose) {
      return;
    }
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    err.print(secrets.redact(trace.toString()));
    err.flush();
  }

  private static boolean verbose(CommandLine commandLine) {
    Object root = commandLine.getCommandSpec().root().userObject();
    return root instanceof SoraCommand && ((SoraCommand) root).verbose;
  }
}
