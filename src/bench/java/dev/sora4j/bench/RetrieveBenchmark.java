package dev.sora4j.bench;

import dev.sora4j.VideosClient;
import dev.sora4j.model.Video;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A warm retrieve, sora4j against raw OkHttp + Moshi, on a local server that answers at once. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RetrieveBenchmark {
  private BenchServer server;
  private VideosClient client;
  private Raw raw;

  /** Starts the server and both clients. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new BenchServer(0, 0);
    client = VideosClient.builder().baseUrl(server.baseUrl()).apiKey(Raw.KEY).build();
    raw = new Raw(server.baseUrl(), 64);
  }

  /** Stops them. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    raw.close();
    server.close();
  }

  /**
   * One retrieve through sora4j.
   *
   * @return the job, so that nothing is optimized away
   */
  @Benchmark
  public Video sora4j() {
    return client.videos().retrieve("video_123");
  }

  /**
   * The same retrieve by hand.
   *
   * @return the job
   * @throws IOException never, on this server
   */
  @Benchmark
  public Video raw() throws IOException {
    return raw.retrieve("video_123");
  }
}
