package dev.sora4j.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * A failure the emulator injects on demand, so that a test can watch its code handle what real
 * servers do: a 429 with {@code retry-after}, a 500 or a dropped connection after the job was
 * accepted (the job exists, the client does not know), a slow answer, a download cut short.
 * Each applies to the next request it concerns ({@link #forNext(int)} for more), or to a share of
 * them ({@link #atRate(double)}). Immutable.
 *
 * <pre>{@code
 * VideosEmulator.builder().fault(Fault.rateLimited(Duration.ofSeconds(1)).forNext(2)).start();
 * }</pre>
 */
public final class Fault {
  /** What goes wrong. */
  enum Kind {
    /** Any request: 429 {@code rate_limit_exceeded} with {@code retry-after}. */
    RATE_LIMIT("rate-limit"),
    /** A job-starting request: the job is started, then the answer is a 500. */
    ERROR_AFTER_ACCEPT("500-after-accept"),
    /** A job-starting request: the job is started, then the connection drops before the body. */
    DROP_AFTER_ACCEPT("drop-after-accept"),
    /** Any request: answered only after a pause. */
    SLOW("slow"),
    /** A content download: the connection drops halfway through the body. */
    CUT_DOWNLOAD("cut-download");

    final String cliName;

    Kind(String cliName) {
      this.cliName = cliName;
    }
  }

  /**
   * Thrown to end a response on purpose: the server then closes the connection, as a crashed or
   * overloaded one does, instead of keeping it for the next request.
   */
  static final class Dropped extends IOException {
    private static final long serialVersionUID = 1L;

    Dropped(String message) {
      super(message);
    }
  }

  final Kind kind;
  /** The retry-after of a 429, or the pause of a slow answer. */
  final Duration duration;
  /** How many of the requests it concerns it hits, when no rate is set. */
  final int count;
  /** The share of the requests it concerns that it hits, or NaN to use {@link #count}. */
  final double rate;

  private Fault(Kind kind, Duration duration, int count, double rate) {
    this.kind = kind;
    this.duration = duration;
    this.count = count;
    this.rate = rate;
  }

  /**
   * A 429 {@code rate_limit_exceeded} with {@code retry-after}, to any request.
   *
   * @param retryAfter what {@code retry-after} says, whole seconds
   * @return the fault
   */
  public static Fault rateLimited(Duration retryAfter) {
    return new Fault(Kind.RATE_LIMIT, checkNotNegative("retryAfter", retryAfter), 1, Double.NaN);
  }

  /**
   * A 500 to a job-starting request whose job was started: the job exists, the answer says error.
   *
   * @return the fault
   */
  public static Fault serverErrorAfterAccepting() {
    return new Fault(Kind.ERROR_AFTER_ACCEPT, Duration.ZERO, 1, Double.NaN);
  }

  /**
   * A dropped connection on a job-starting request whose job was started: no answer arrives.
   *
   * @return the fault
   */
  public static Fault dropAfterAccepting() {
    return new Fault(Kind.DROP_AFTER_ACCEPT, Duration.ZERO, 1, Double.NaN);
  }

  /**
   * An answer sent only after a pause, to any request.
   *
   * @param delay the pause
   * @return the fault
   */
  public static Fault slowAnswer(Duration delay) {
    return new Fault(Kind.SLOW, checkNotNegative("delay", delay), 1, Double.NaN);
  }

  /**
   * A content download whose connection drops after half of the body.
   *
   * @return the fault
   */
  public static Fault cutDownload() {
    return new Fault(Kind.CUT_DOWNLOAD, Duration.ZERO, 1, Double.NaN);
  }

  /**
   * Hits the next {@code count} requests it concerns (1 by default).
   *
   * @param count one or more
   * @return a copy with that count
   */
  public Fault forNext(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("forNext: must be at least 1, was " + count);
    }
    return new Fault(kind, duration, count, Double.NaN);
  }

  /**
   * Hits each request it concerns with this probability, from the emulator's seedable random
   * source ({@link VideosEmulator.Builder#randomSeed(long)}), instead of a count.
   *
   * @param rate from 0 to 1
   * @return a copy with that rate
   */
  public Fault atRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("atRate: must be from 0 to 1, was " + rate);
    }
    return new Fault(kind, duration, count, rate);
  }

  /**
   * Reads a fault as the command line writes it: {@code KIND[=VALUE][,next=N|,rate=R]}, where KIND
   * is {@code rate-limit} (VALUE: retry-after seconds, default 1), {@code 500-after-accept},
   * {@code drop-after-accept}, {@code slow} (VALUE: milliseconds, default 1000) or
   * {@code cut-download}; for example {@code rate-limit=2,next=3} or {@code slow=500,rate=0.2}.
   *
   * @param text the fault
   * @return the fault
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static Fault parse(String text) {
    String[] parts = text.trim().split(",");
    String[] head = parts[0].split("=", 2);
    Fault fault = null;
    for (Kind kind : Kind.values()) {
      if (kind.cliName.equals(head[0].trim().toLowerCase(Locale.ROOT))) {
        fault = of(kind, head.length > 1 ? number(text, head[1]) : -1);
      }
    }
    if (fault == null) {
      throw new IllegalArgumentException("fault: expected rate-limit, 500-after-accept, drop-after-accept, slow "
          + "or cut-download, was '" + head[0].trim() + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] option = parts[i].split("=", 2);
      String name = option[0].trim();
      if (option.length == 2 && name.equals("next")) {
        fault = fault.forNext((int) number(text, option[1]));
      } else if (option.length == 2 && name.equals("rate")) {
        fault = fault.atRate(Double.parseDouble(option[1].trim()));
      } else {
        throw new IllegalArgumentException("fault: expected next=N or rate=R after the kind, was '" + parts[i] + "'");
      }
    }
    return fault;
  }

  private static Fault of(Kind kind, double value) {
    switch (kind) {
      case RATE_LIMIT:
        return rateLimited(Duration.ofSeconds(value < 0 ? 1 : (long) value));
      case SLOW:
        return slowAnswer(Duration.ofMillis(value < 0 ? 1000 : (long) value));
      case ERROR_AFTER_ACCEPT:
        return serverErrorAfterAccepting();
      case DROP_AFTER_ACCEPT:
        return dropAfterAccepting();
      default:
        return cutDownload();
    }
  }

  private static double number(String fault, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fault: expected a number in '" + fault + "', was '" + text.trim() + "'");
    }
  }

  private static Duration checkNotNegative(String name, Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException(name + ": must be zero or positive, was " + duration);
    }
    return duration;
  }

  @Override
  public String toString() {
    return kind.cliName + (kind == Kind.RATE_LIMIT ? "=" + duration.getSeconds()
        : kind == Kind.SLOW ? "=" + duration.toMillis() : "")
        + (Double.isNaN(rate) ? ",next=" + count : ",rate=" + rate);
  }
}
