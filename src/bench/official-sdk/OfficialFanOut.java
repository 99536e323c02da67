import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.models.videos.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The harness's fan-out with the official Java SDK, as its own users would write it: {@code
 * OfficialFanOut BASE_URL KEY CALLS} prints the seconds that CALLS asynchronous retrieves took
 * (after one warm-up round). Run from source (JDK 11+) on the SDK's class path; see
 * BenchMain.fanOut.
 */
public final class OfficialFanOut {
  public static void main(String[] args) throws Exception {
    OpenAIClientAsync client = OpenAIOkHttpClientAsync.builder()
        .baseUrl(args[0]).apiKey(args[1]).maxRetries(0).build();
    int calls = Integer.parseInt(args[2]);
    try {
      fanOut(client, calls);
      System.out.println(fanOut(client, calls));
    } finally {
      client.close();
    }
  }

  private static double fanOut(OpenAIClientAsync client, int calls) throws Exception {
    long start = System.nanoTime();
    List<CompletableFuture<Video>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(client.videos().retrieve("video_123"));
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    return (System.nanoTime() - start) / 1e9;
  }
}
