package dev.sora4j;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A response body that sends its first bytes at once, then nothing until released (or for ten
 * seconds), then breaks off; it declares ten megabytes. Tests use it to see that a reader stops
 * early, or that a slow body holds nothing else up.
 */
final class StallingBody implements MockResponseBody {
  private final int head;
  private final CountDownLatch release;

  /**
   * @param head how many bytes ("x") are sent at once
   * @param release counted down by the test when it no longer needs the body to stall
   */
  StallingBody(int head, CountDownLatch release) {
    this.head = head;
    this.release = release;
  }

  @Override
  public long getContentLength() {
    return 10L * 1024 * 1024;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    byte[] bytes = new byte[head];
    Arrays.fill(bytes, (byte) 'x');
    sink.write(bytes);
    sink.flush();
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IOException("the body ends here");
  }
}
