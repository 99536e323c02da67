package dev.sora4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.contract.WireContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads over a real HTTP connection: whole files appear atomically, failed ones leave nothing
 * behind, short bodies are caught, and bodies larger than the heap stream through.
 */
@Timeout(30)
class DownloadsTest {
  private static final MediaType MP4 = MediaType.get("video/mp4");

  private final MockWebServer server = new MockWebServer();
  /**
   * The content downloads served below, against openapi/videos.yaml. The bare OkHttp client here
   * sends no credentials: this class tests Downloads, not the client's headers.
   */
  @RegisterExtension
  final WireContract contract = WireContract.withoutCredentials();
  private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(5, TimeUnit.SECONDS).build();

  @TempDir
  Path folder;

  @BeforeEach
  void start() throws IOException {
    contract.watch(server);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  // ---- toFile -----------------------------------------------------------------------------

  @Test
  void theTargetAppearsOnlyOnceCompleteAndNoPartFileIsLeft() throws Exception {
    byte[] content = randomBytes(300 * 1024);
    Path target = folder.resolve("cat.mp4");
    server.enqueue(mp4().body(new Buffer().write(content)).build());
    ResponseBody network = fetch();
    List<String> seenWhileReading = new ArrayList<>();
    AtomicBoolean targetSeenEarly = new AtomicBoolean();
    ResponseBody watched = watch(network, () -> {
      targetSeenEarly.compareAndSet(false, Files.exists(target));
      try {
        seenWhileReading.addAll(fileNames());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(Downloads.toFile(watched, target)).isEqualTo(target);

    assertThat(targetSeenEarly).as("target existed before the body was complete").isFalse();
    assertThat(seenWhileReading).as("bytes went to a hidden .part file beside the target")
        .isNotEmpty().allMatch(name -> name.matches("\\.cat\\.mp4\\.[0-9a-f]+\\.part"));
    assertThat(Files.readAllBytes(target)).isEqualTo(content);
    assertThat(fileNames()).containsExactly("cat.mp4");
  }

  @Test
  void anExistingTargetIsReplacedOnlyBySuccess() throws Exception {
    Path target = folder.resolve("cat.mp4");
    Files.write(target, "old".getBytes(UTF_8));
    server.enqueue(mp4().body("new video").build());

    Downloads.toFile(fetch(), target);

    assertThat(new String(Files.readAllBytes(target), UTF_8)).isEqualTo("new video");
    assertThat(fileNames()).containsExactly("cat.mp4");
  }

  @Test
  void aMidBodyDisconnectDeletesThePartFileAndLeavesTheTargetAlone() throws Exception {
    Path target = folder.resolve("cat.mp4");
    Files.write(target, "old".getBytes(UTF_8));
    server.enqueue(contract.offContract(mp4()
        .body(new Buffer().write(randomBytes(1024 * 1024)))
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
        .build(), "a connection dropped mid-body"));
    ResponseBody body = fetch();

    assertThatThrownBy(() -> Downloads.toFile(body, target))
        .isExactlyInstanceOf(ConnectionException.class)
        .hasMessageContaining("expected 1048576 bytes, got")
        .hasCauseInstanceOf(IOException.class)
        .satisfies(e -> assertThat(((VideosException) e).jobMayExist()).isFalse());
    assertThat(new String(Files.readAllBytes(target), UTF_8)).isEqualTo("old");
    assertThat(fileNames()).containsExactly("cat.mp4");
  }

  @Test
  void aBodyShorterThanItsContentLengthIsCaught() throws Exception {
    // Over HTTP: the server promises 1000 bytes, sends 500 and closes the connection.
    server.enqueue(contract.offContract(mp4()
        .body(new Buffer().write(randomBytes(500)))
        .setHeader("Content-Length", 1000)
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
        .build(), "a body shorter than its Content-Length"));
    Path target = folder.resolve("short.mp4");

    assertThatThrownBy(() -> Downloads.toFile(fetch(), target))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("expected 1000 bytes, got 500");
    assertThat(fileNames()).isEmpty();

    // A body that simply ends early, with no I/O error at all.
    assertThatThrownBy(() -> Downloads.toFile(bodyOf(randomBytes(500), 1000), target))
        .isExactlyInstanceOf(ConnectionException.class)
        .hasMessageContaining("expected 1000 bytes, got 500");
    assertThat(fileNames()).isEmpty();
  }

  @Test
  void aReadTimeoutMidBodyIsATimeout() throws Exception {
    OkHttpClient impatient = client.newBuilder().readTimeout(150, TimeUnit.MILLISECONDS).build();
    server.enqueue(mp4()
        .body(new Buffer().write(randomBytes(8 * 1024)))
        .throttleBody(1024, 2, TimeUnit.SECONDS)
        .build());
    ResponseBody body = impatient.newCall(new Request.Builder().url(server.url("/videos/video_123/content")).build())
        .execute().body();

    assertThatThrownBy(() -> Downloads.toFile(body, folder.resolve("slow.mp4")))
        .isInstanceOf(VideosTimeoutException.class)
        .hasMessageContaining("timed out");
    assertThat(fileNames()).isEmpty();
  }

  @Test
  void aLocalFileErrorNamesThePathAndClosesTheBody() throws Exception {
    Path missingFolder = folder.resolve("no-such-folder").resolve("cat.mp4");
    TrackedBody body = new TrackedBody(bodyOf("video".getBytes(UTF_8), 5));

    assertThatThrownBy(() -> Downloads.toFile(body, missingFolder))
        .isExactlyInstanceOf(VideosException.class)
        .hasMessageContaining(folder.resolve("no-such-folder").toString());
    assertThat(body.closed).isTrue();

    TrackedBody second = new TrackedBody(bodyOf("video".getBytes(UTF_8), 5));
    assertThatThrownBy(() -> Downloads.toFile(second, folder))
        .isExactlyInstanceOf(VideosException.class)
        .hasMessageContaining("is a directory");
    assertThat(second.closed).isTrue();
  }

  // ---- toStream and open ------------------------------------------------------------------

  @Test
  void toStreamCopiesEverythingAndLeavesTheStreamOpen() throws Exception {
    byte[] content = randomBytes(200 * 1024);
    server.enqueue(mp4().body(new Buffer().write(content)).build());
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed.set(true);
      }
    };

    assertThat(Downloads.toStream(fetch(), out)).isEqualTo(content.length);

    assertThat(out.toByteArray()).isEqualTo(content);
    assertThat(closed).isFalse();
    assertThatThrownBy(() -> Downloads.toStream(bodyOf(randomBytes(10), 20), new ByteArrayOutputStream()))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("expected 20 bytes, got 10");
  }

  @Test
  void toStreamReportsAFailingOutputStreamAsALocalError() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> Downloads.toStream(bodyOf(randomBytes(100_000), 100_000), broken))
        .isExactlyInstanceOf(VideosException.class)
        .hasMessageContaining("output stream")
        .hasMessageContaining("disk full");
  }

  @Test
  void aBodyLargerThanTheHeapStreamsThrough() throws Exception {
    long heap = Runtime.getRuntime().maxMemory();
    // The pom runs tests with -Xmx512m, so 2 GiB outgrows the heap while the test stays quick.
    assertThat(heap).as("test heap; run with the pom's -Xmx512m").isLessThan(1L << 30);
    long size = 2L << 30;
    server.enqueue(mp4().body(new GeneratedBody(size)).build());
    CountingOutputStream out = new CountingOutputStream();

    long copied = Downloads.toStream(fetch(), out);

    assertThat(copied).isEqualTo(size).isEqualTo(out.count);
    assertThat(heap).as("the body is larger than the heap").isLessThan(size);
  }

  @Test
  void openStreamsTheBodyAndClosingItClosesTheBody() throws Exception {
    byte[] content = randomBytes(100 * 1024);
    TrackedBody body = new TrackedBody(bodyOf(content, content.length));

    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try (InputStream in = Downloads.open(body)) {
      byte[] chunk = new byte[4096];
      int read;
      while ((read = in.read(chunk)) != -1) {
        copy.write(chunk, 0, read);
      }
    }

    assertThat(copy.toByteArray()).isEqualTo(content);
    assertThat(body.closed).isTrue();
  }

  @Test
  void openFailsTheLastReadOfAShortBody() {
    InputStream in = Downloads.open(bodyOf(randomBytes(10), 20));

    assertThatThrownBy(() -> {
      byte[] chunk = new byte[64];
      while (in.read(chunk) != -1) {
        // drain
      }
    }).isInstanceOf(IOException.class).hasMessageContaining("expected 20 bytes, got 10");
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A download's answer as the contract has it: status 200, the video's media type. */
  private static MockResponse.Builder mp4() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4");
  }

  private ResponseBody fetch() throws IOException {
    return client.newCall(new Request.Builder().url(server.url("/videos/video_123/content")).build()).execute().body();
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  /** A body that claims {@code contentLength} and then ends cleanly after {@code content}. */
  private static ResponseBody bodyOf(byte[] content, long contentLength) {
    return ResponseBody.create(new Buffer().write(content), MP4, contentLength);
  }

  /** The same body, with {@code beforeRead} run before every read of it. */
  private static ResponseBody watch(ResponseBody body, Runnable beforeRead) {
    Source watched = new ForwardingSource(body.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        beforeRead.run();
        return super.read(sink, byteCount);
      }
    };
    return ResponseBody.create(Okio.buffer(watched), body.contentType(), body.contentLength());
  }

  /** Remembers whether it was closed. */
  private static final class TrackedBody extends ResponseBody {
    private final ResponseBody delegate;
    volatile boolean closed;

    TrackedBody(ResponseBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return delegate.source();
    }

    @Override
    public void close() {
      closed = true;
      delegate.close();
    }
  }

  /** Writes {@code size} bytes made on the fly from one small block, so the server holds no copy either. */
  private static final class GeneratedBody implements MockResponseBody {
    private final long size;

    GeneratedBody(long size) {
      this.size = size;
    }

    @Override
    public long getContentLength() {
      return size;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] block = randomBytes(64 * 1024);
      long left = size;
      while (left > 0) {
        int n = (int) Math.min(block.length, left);
        sink.write(block, 0, n);
        left -= n;
      }
      sink.flush();
    }
  }

  /** Discards bytes, counting them. */
  private static final class CountingOutputStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      count += length;
    }
  }
}
