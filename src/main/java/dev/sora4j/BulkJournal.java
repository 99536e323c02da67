package dev.sora4j;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;

/**
 * The one place that remembers, on disk, what a bulk run may have started: an append-only file of
 * JSON records in the output folder, guarded by a lock file so that only one run uses the folder.
 *
 * <p>Records: the input's digest first; then per line its {@code Idempotency-Key} and the time,
 * written and forced to disk before the create is sent; its job id once known (forced too); and
 * its end ({@code completed} with its files, or {@code failed} with the error). A record cut short
 * by a crash is the last one, and is dropped on opening: a key record cut short means the create
 * was never sent.
 */
final class BulkJournal implements Closeable {
  static final String JOURNAL_FILE = "sora4j-bulk.journal";
  static final String LOCK_FILE = "sora4j-bulk.lock";
  private static final JsonAdapter<Map<String, Object>> RECORD =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** What the journal knows of one line. */
  static final class Entry {
    final int line;
    String key;
    long sentAt;
    String videoId;
    /** {@code completed} or {@code failed} once the line has ended for good, else null. */
    String outcome;
    String error;
    List<String> files = Collections.emptyList();
    double seconds;

    Entry(int line) {
      this.line = line;
    }

    boolean ended() {
      return outcome != null;
    }
  }

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final FileChannel channel;
  private final Map<Integer, Entry> entries;

  private BulkJournal(Path path, FileChannel lockChannel, FileLock lock, FileChannel channel,
      Map<Integer, Entry> entries) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.channel = channel;
    this.entries = entries;
  }

  /**
   * Locks the folder and opens (or starts) its journal.
   *
   * @throws IllegalStateException when another run holds the folder, or its journal belongs to a
   *     different input
   */
  static BulkJournal open(Path dir, String inputSha256) {
    FileChannel lockChannel = null;
    try {
      lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException("outputDir: " + dir + " is in use by another bulk run (it holds "
            + dir.resolve(LOCK_FILE) + "); wait for it to end");
      }
      Path path = dir.resolve(JOURNAL_FILE);
      Map<Integer, Entry> entries = new HashMap<>();
      String digest = replay(path, entries);
      if (digest != null && !digest.equals(inputSha256)) {
        throw new IllegalStateException("outputDir: " + dir + " holds the journal of a run of another input "
            + "file (or of this file before it changed); use another folder for this input");
      }
      FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
      BulkJournal journal = new BulkJournal(path, lockChannel, lock, channel, entries);
      if (digest == null) {
        Map<String, Object> header = new HashMap<>();
        header.put("input_sha256", inputSha256);
        journal.append(header, true);
      }
      return journal;
    } catch (IOException e) {
      closeQuietly(lockChannel);
      throw new UncheckedIOException("cannot open the journal in " + dir, e);
    } catch (RuntimeException e) {
      closeQuietly(lockChannel);
      throw e;
    }
  }

  /** Reads the records into {@code entries}, cutting off a last record a crash left unfinished; returns the digest. */
  private static String replay(Path path, Map<Integer, Entry> entries) throws IOException {
    if (!Files.exists(path)) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(path);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (end < bytes.length) {
      try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
        channel.truncate(end);
        channel.force(true);
      }
    }
    String digest = null;
    for (String text : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
      if (text.isEmpty()) {
        continue;
      }
      Map<String, Object> record = RECORD.fromJson(text);
      if (record == null) {
        continue;
      }
      if (record.containsKey("input_sha256")) {
        digest = (String) record.get("input_sha256");
        continue;
      }
      int line = ((Number) record.get("line")).intValue();
      Entry entry = entries.computeIfAbsent(line, Entry::new);
      if (record.containsKey("key")) {
        entry.key = (String) record.get("key");
        entry.sentAt = ((Number) record.get("sent_at")).longValue();
      }
      if (record.containsKey("id")) {
        entry.videoId = (String) record.get("id");
      }
      if (record.containsKey("outcome")) {
        entry.outcome = (String) record.get("outcome");
        entry.error = (String) record.get("error");
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) record.get("files");
        entry.files = files == null ? Collections.<String>emptyList() : files;
        Object seconds = record.get("seconds");
        entry.seconds = seconds instanceof Number ? ((Number) seconds).doubleValue() : 0;
      }
    }
    return digest;
  }

  /** What the journal knows of a line, or null when the line was never started. */
  synchronized Entry entry(int line) {
    return entries.get(line);
  }

  /** The lines whose create was sent (or about to be) with no answer recorded. */
  synchronized List<Entry> unanswered() {
    List<Entry> found = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (entry.key != null && entry.videoId == null && !entry.ended()) {
        found.add(entry);
      }
    }
    return found;
  }

  /** Every job id the journal gives to a line: jobs that cannot be another line's. */
  synchronized Set<String> claimedIds() {
    Set<String> ids = new HashSet<>();
    for (Entry entry : entries.values()) {
      if (entry.videoId != null) {
        ids.add(entry.videoId);
      }
    }
    return ids;
  }

  /** Records, on disk, that the line's create is about to be sent with this key. */
  synchronized void sending(int line, String key, long sentAtEpochSeconds) {
    Map<String, Object> record = lineRecord(line);
    record.put("key", key);
    record.put("sent_at", sentAtEpochSeconds);
    append(record, true);
    Entry entry = entries.computeIfAbsent(line, Entry::new);
    entry.key = key;
    entry.sentAt = sentAtEpochSeconds;
  }

  /** Records, on disk, the job that is the line's. */
  synchronized void started(int line, String videoId) {
    Map<String, Object> record = lineRecord(line);
    record.put("id", videoId);
    append(record, true);
    entries.computeIfAbsent(line, Entry::new).videoId = videoId;
  }

  /**
   * Records the line's end for good. Not forced: a record lost to a crash only makes the next run
   * check the job again. The entry is dropped from memory; the run reports it from its result.
   */
  synchronized void ended(int line, String outcome, String error, List<String> files, double seconds) {
    Map<String, Object> record = lineRecord(line);
    record.put("outcome", outcome);
    if (error != null) {
      record.put("error", error);
    }
    if (!files.isEmpty()) {
      record.put("files", files);
    }
    if (seconds > 0) {
      record.put("seconds", seconds);
    }
    append(record, false);
    entries.remove(line);
  }

  private static Map<String, Object> lineRecord(int line) {
    Map<String, Object> record = new java.util.LinkedHashMap<>();
    record.put("line", line);
    return record;
  }

  private void append(Map<String, Object> record, boolean force) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      RECORD.toJson(writer, record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.writeByte('\n');
    ByteBuffer bytes = ByteBuffer.wrap(buffer.readByteArray());
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      if (force) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal " + path, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.force(false);
    } catch (IOException e) {
      // the records already written are on their way; the lock must be released all the same
    } finally {
      closeQuietly(channel);
      try {
        lock.release();
      } catch (IOException e) {
        // closing the channel releases it too
      }
      closeQuietly(lockChannel);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // nothing left to do with it
    }
  }
}
