package dev.sora4j;

import dev.sora4j.model.VideoContentVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a file of prompts: one video job per line, created, waited for and saved as
 * {@code DIR/<custom_id>.mp4}, with a bounded number of jobs in flight.
 *
 * <pre>{@code
 * BulkSummary summary = BulkRunner.builder(client)
 *     .outputDir(Paths.get("videos"))
 *     .concurrency(16)
 *     .build()
 *     .run(Paths.get("prompts.jsonl"));
 * }</pre>
 *
 * <p>The input is JSON Lines: each line an object with the create fields ({@code prompt}
 * required; {@code model}, {@code seconds}, {@code size}, {@code input_reference} as
 * {@code {"file_id": ...}} or {@code {"image_url": ...}}) and an optional {@code custom_id}
 * (letters, digits, {@code .}, {@code _}, {@code -}; the line number by default). The whole file
 * is checked before any job starts: a {@link BulkInputException} lists the bad lines.
 *
 * <p>Crash-safe: a journal in the output folder records each line's {@code Idempotency-Key}
 * (on disk before its create is sent), then its job id. Run again after any interruption, even
 * {@code kill -9}, with the same input and folder, the runner resumes the jobs it knows and never
 * creates a second job for a line that may have one, even on a server that ignores
 * {@code Idempotency-Key}: for a create that got no answer it first lists the newest videos for one
 * with the line's prompt, created since; it adopts a single match, creates again when there is
 * none, and reports the line when several could be its own (unless
 * {@link Builder#allowDuplicates(boolean)}). Downloads are atomic, and what an interrupted one
 * left is removed, so the folder holds the files, the journal ({@value BulkJournal#JOURNAL_FILE})
 * and its lock ({@value BulkJournal#LOCK_FILE}). A second run on a folder in use is refused.
 *
 * <p>Rate limits: a 429 on a create halves the jobs let in at once and pauses new creates for as
 * long as its {@code retry-after} asks, or without one {@value #FIRST_PAUSE_MILLIS} ms, doubling
 * while 429s go on; never longer than {@value BulkRun#MAX_PAUSE_SECONDS} s. Each create that
 * succeeds lets one more in again, up to the concurrency. Lines are read as the run reaches them, so a file of any length
 * runs in memory bounded by the concurrency.
 */
public final class BulkRunner {
  /** The jobs in flight when no concurrency is set. */
  public static final int DEFAULT_CONCURRENCY = 8;
  /** The most jobs in flight that may be asked for. */
  public static final int MAX_CONCURRENCY = 1000;
  /** The first pause of new creates after a 429 that names no wait of its own. */
  static final int FIRST_PAUSE_MILLIS = 1000;
  /** The name of a download's temporary file, as the facade's downloads make it. */
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(mp4|webp|jpg)\\.[0-9a-f]+\\.part");

  private final BulkSettings settings;

  private BulkRunner(Builder builder) {
    this.settings = new BulkSettings(builder.client.videos(), builder.outputDir, builder.concurrency,
        Collections.unmodifiableSet(EnumSet.copyOf(builder.variants)), builder.allowDuplicates, builder.listener,
        builder.pollOptions, builder.clock, builder.firstPause);
  }

  /**
   * Returns a builder for runs through this client.
   *
   * @param client the client the jobs are created with; not closed by the runner
   * @return the builder
   */
  public static Builder builder(VideosClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Runs every line of the input that has not ended in an earlier run on the same folder, and
   * returns when all have ended. Lines that fail do not stop the others.
   *
   * @param input the JSON Lines file
   * @return how the run went; {@link BulkSummary#allCompleted()} tells whether every line completed
   * @throws BulkInputException when a line cannot run; then no job was started
   * @throws IllegalStateException when another run uses the folder, or the folder's journal
   *     belongs to another input
   * @throws UncheckedIOException when the input cannot be read or the folder written
   */
  public BulkSummary run(Path input) {
    Objects.requireNonNull(input, "input");
    BulkInput.Checked checked = BulkInput.check(input);
    try {
      Files.createDirectories(settings.outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException("outputDir: cannot create " + settings.outputDir, e);
    }
    try (BulkJournal journal = BulkJournal.open(settings.outputDir, checked.sha256)) {
      removeLeftovers();
      return new BulkRun(settings, journal, input, checked.jobs).execute();
    }
  }

  /** Deletes what interrupted downloads left: only this folder is ours, and only while locked. */
  private void removeLeftovers() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(settings.outputDir)) {
      for (Path file : files) {
        if (LEFTOVER.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file)) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("outputDir: cannot clean " + settings.outputDir, e);
    }
  }

  @Override
  public String toString() {
    return "BulkRunner{outputDir=" + settings.outputDir + ", concurrency=" + settings.concurrency + ", variants="
        + settings.variants + "}";
  }

  /** Configures a {@link BulkRunner}; not thread-safe. */
  public static final class Builder {
    private final VideosClient client;
    private Path outputDir;
    private int concurrency = DEFAULT_CONCURRENCY;
    private Set<VideoContentVariant> variants = EnumSet.of(VideoContentVariant.VIDEO);
    private boolean allowDuplicates;
    private BulkListener listener = new BulkListener() { };
    private PollOptions pollOptions = PollOptions.defaults();
    private Clock clock = Clock.systemUTC();
    private Duration firstPause = Duration.ofMillis(FIRST_PAUSE_MILLIS);

    private Builder(VideosClient client) {
      this.client = client;
    }

    /**
     * Sets the folder the files and the journal go to (required); created if missing.
     *
     * @param outputDir the folder
     * @return this builder
     */
    public Builder outputDir(Path outputDir) {
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
      return this;
    }

    /**
     * Sets how many jobs may be in flight (created and not yet ended) at once; default
     * {@value #DEFAULT_CONCURRENCY}.
     *
     * @param concurrency 1 to {@value #MAX_CONCURRENCY}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
        throw new IllegalArgumentException("concurrency: must be between 1 and " + MAX_CONCURRENCY + ", was "
            + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Sets which content to save for each completed job: {@code VIDEO} ({@code .mp4}, the
     * default), {@code THUMBNAIL} ({@code .webp}), {@code SPRITESHEET} ({@code .jpg}).
     *
     * @param variants one or more variants
     * @return this builder
     * @throws IllegalArgumentException when empty or holding {@code UNKNOWN}
     */
    public Builder variants(Set<VideoContentVariant> variants) {
      Objects.requireNonNull(variants, "variants");
      if (variants.isEmpty() || variants.contains(VideoContentVariant.UNKNOWN) || variants.contains(null)) {
        throw new IllegalArgumentException("variants: give one or more of VIDEO, THUMBNAIL, SPRITESHEET, was "
            + variants);
      }
      this.variants = EnumSet.copyOf(variants);
      return this;
    }

    /**
     * Lets a line whose create got no answer be created again when the lookup cannot tell
     * whether it started a job (several candidates, or no list route on the server). Off by
     * default: such a line is reported instead, since a second job is billed too.
     *
     * @param allowDuplicates true to create again in doubt
     * @return this builder
     */
    public Builder allowDuplicates(boolean allowDuplicates) {
      this.allowDuplicates = allowDuplicates;
      return this;
    }

    /**
     * Sets what hears the run's progress, for a display.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BulkListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how each job is waited for (interval and timeout). Its progress listener is not
     * called; use {@link #listener(BulkListener)}. A job that fails does not throw either way.
     *
     * @param pollOptions the options
     * @return this builder
     */
    public Builder pollOptions(PollOptions pollOptions) {
      this.pollOptions = Objects.requireNonNull(pollOptions, "pollOptions");
      return this;
    }

    /** The clock the journal's send times come from; tests move it. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The first pause after a 429; tests shorten it. */
    Builder firstPause(Duration firstPause) {
      this.firstPause = Requests.checkPositive("firstPause", firstPause);
      return this;
    }

    /**
     * Builds the runner.
     *
     * @return the runner, reusable for several runs one after the other
     * @throws IllegalStateException when no output folder is set
     */
    public BulkRunner build() {
      if (outputDir == null) {
        throw new IllegalStateException("outputDir: not set; call outputDir(...)");
      }
      return new BulkRunner(this);
    }
  }
}
