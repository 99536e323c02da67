package dev.sora4j;

import com.squareup.moshi.Moshi;
import dev.sora4j.model.VideoModel;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The entry point: a client of the Videos API at one base URL with one API key.
 *
 * <pre>{@code
 * try (VideosClient client = VideosClient.fromEnv()) {
 *   Video video = client.videos().createAndPoll(
 *       VideoCreateRequest.builder().prompt("A calico cat playing a piano on stage").build(),
 *       PollOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe; share one instance. {@link #close()} releases the threads and connections it
 * owns (a caller's own {@link OkHttpClient} is left running).
 */
public final class VideosClient implements AutoCloseable {
  /** The provider's base URL, used when none is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  /** How many times a broken download is resumed by default (see {@link Builder#maxDownloadResumes(int)}). */
  public static final int DEFAULT_DOWNLOAD_RESUMES = 2;

  /** What follows an Azure AI Foundry endpoint in its base URL. */
  public static final String AZURE_PATH = "/openai/v1";

  private final ClientConfig config;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final boolean ownsDispatcher;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService downloads;
  private final PendingCalls pending = new PendingCalls();
  private final Videos videos;
  private final Webhooks webhooks;

  private VideosClient(Builder builder, ClientConfig config, Webhooks webhooks) {
    this.config = config;
    this.webhooks = webhooks;
    OkHttpClient base = builder.httpClient != null ? builder.httpClient : new OkHttpClient();
    this.ownsHttpClient = builder.httpClient == null;
    // A caller's own client keeps its dispatcher unless limits were asked for: then it gets one of
    // its own, and the caller's client (shared with their other code) is left as it was.
    this.ownsDispatcher = ownsHttpClient || builder.concurrencyLimitsSet;
    this.httpClient = HttpStack.derive(base, config, ownsDispatcher
        ? ConcurrencyLimits.dispatcher(builder.maxConcurrentRequests, builder.maxConcurrentRequestsPerHost)
        : null);
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, daemonThreads("sora4j-scheduler"));
    pool.setRemoveOnCancelPolicy(true);
    this.scheduler = pool;
    // One thread per download under way, gone a minute after: a copy blocks on the network and
    // the disk, which no shared pool thread should do.
    this.downloads = Executors.newCachedThreadPool(daemonThreads("sora4j-download"));
    Moshi moshi = new Moshi.Builder().build();
    VideosApi api = new Retrofit.Builder()
        .baseUrl(config.baseUrl)
        .client(httpClient)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(VideosApi.class);
    this.videos = new Videos(api, moshi, config, new CallExecutor(config, moshi, scheduler, pending),
        new Poller(scheduler, pending), downloads, pending);
  }

  private static ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = Executors.defaultThreadFactory().newThread(runnable);
      thread.setName(name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Returns a builder; {@link Builder#apiKey(String)} is the only required setting.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment: {@code OPENAI_API_KEY} (required),
   * {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID} and
   * {@code OPENAI_WEBHOOK_SECRET}.
   *
   * @return the client
   * @throws IllegalStateException naming {@code OPENAI_API_KEY} when it is not set
   */
  public static VideosClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Returns the version of sora4j, as sent in the {@code User-Agent} header.
   *
   * @return the version, such as {@code 0.1.0}, or {@code unknown} outside a built jar
   */
  public static String version() {
    return Version.VERSION;
  }

  /**
   * Returns the operations on videos and characters.
   *
   * @return the videos service of this client
   */
  public Videos videos() {
    return videos;
  }

  /**
   * Returns the verifier of the webhooks a server posts when a job ends, with the secret of
   * {@link Builder#webhookSecret(String)} (or {@code OPENAI_WEBHOOK_SECRET}).
   *
   * @return the webhooks helper of this client
   */
  public Webhooks webhooks() {
    return webhooks;
  }

  /**
   * Returns the base URL requests go to.
   *
   * @return the base URL, ending in a slash
   */
  public String baseUrl() {
    return config.baseUrl.toString();
  }

  /**
   * Closes the client: calls still under way fail with a {@link VideosException} (their futures
   * complete exceptionally, waits and downloads stop, a download's partial file is deleted), later
   * calls fail at once, and the client's threads stop. The connections are released unless the
   * caller supplied the {@link OkHttpClient}, which is left running. Closing again does nothing.
   */
  @Override
  public void close() {
    // First, while the scheduler still runs: failing the pending results cancels their calls,
    // scheduled retries and checks, and running downloads.
    pending.close();
    scheduler.shutdownNow();
    downloads.shutdown();
    if (ownsDispatcher) {
      httpClient.dispatcher().executorService().shutdown();
    }
    if (ownsHttpClient) {
      httpClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "VideosClient{baseUrl=" + config.baseUrl + "}";
  }

  /** Configures a {@link VideosClient}; not thread-safe. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private String organization;
    private String project;
    private AuthStyle authStyle = AuthStyle.BEARER;
    private Duration connectTimeout = Duration.ofSeconds(ClientConfig.DEFAULT_CONNECT_TIMEOUT_SECONDS);
    private Duration readTimeout = Duration.ofSeconds(ClientConfig.DEFAULT_READ_TIMEOUT_SECONDS);
    private Duration callTimeout = Duration.ofMinutes(ClientConfig.DEFAULT_CALL_TIMEOUT_MINUTES);
    private int maxRetries = ClientConfig.DEFAULT_MAX_RETRIES;
    private int maxConcurrentRequests = ConcurrencyLimits.DEFAULT_MAX_REQUESTS;
    private int maxConcurrentRequestsPerHost = ConcurrencyLimits.DEFAULT_MAX_REQUESTS_PER_HOST;
    private boolean concurrencyLimitsSet;
    private OkHttpClient httpClient;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private VideoModel defaultModel = VideoCreateRequest.DEFAULT_MODEL;
    private String webhookSecret;
    private Duration webhookTolerance = Duration.ofSeconds(Webhooks.DEFAULT_TOLERANCE_SECONDS);
    private String authHeader;
    private final Map<String, String> defaultQuery = new LinkedHashMap<>();
    private int maxDownloadResumes = DEFAULT_DOWNLOAD_RESUMES;
    private boolean apiKeyFromEnvMissing;
    /** The settings read from the environment, with their variables: messages about them name the variable. */
    private final Map<String, String> fromEnvironment = new HashMap<>();

    private Builder() {
    }

    /**
     * Reads the settings that the environment sets: {@code OPENAI_API_KEY},
     * {@code OPENAI_BASE_URL}, {@code OPENAI_ORG_ID}, {@code OPENAI_PROJECT_ID},
     * {@code OPENAI_WEBHOOK_SECRET}, and for Azure AI
     * Foundry {@code AZURE_OPENAI_API_KEY} (or {@code AZURE_OPENAI_KEY}, sent as {@code api-key}),
     * {@code AZURE_OPENAI_ENDPOINT} (the base URL is its {@value #AZURE_PATH}) and
     * {@code OPENAI_API_VERSION} (sent as {@code api-version}); the OpenAI variables win. Unset
     * variables leave the builder's values alone; messages about a bad value name its variable.
     *
     * @return this builder
     * @throws IllegalArgumentException naming {@code OPENAI_BASE_URL} when it is not an absolute
     *     http or https URL
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      String key = env.get("OPENAI_API_KEY");
      if (notBlank(key)) {
        apiKey(key);
        fromEnvironment.put("apiKey", "OPENAI_API_KEY");
      } else {
        apiKeyFromEnvMissing = true;
      }
      String url = env.get("OPENAI_BASE_URL");
      if (notBlank(url)) {
        try {
          baseUrl(url);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("OPENAI_BASE_URL: must be an absolute http or https URL, was " + url);
        }
      }
      readAzure(env, notBlank(key), notBlank(url));
      String org = env.get("OPENAI_ORG_ID");
      if (notBlank(org)) {
        organization(org);
        fromEnvironment.put("organization", "OPENAI_ORG_ID");
      }
      String projectId = env.get("OPENAI_PROJECT_ID");
      if (notBlank(projectId)) {
        project(projectId);
        fromEnvironment.put("project", "OPENAI_PROJECT_ID");
      }
      String secret = env.get("OPENAI_WEBHOOK_SECRET");
      if (notBlank(secret)) {
        webhookSecret(secret);
        fromEnvironment.put("webhookSecret", "OPENAI_WEBHOOK_SECRET");
      }
      return this;
    }

    /**
     * Azure's variables, as its SDKs name them, for what the OpenAI ones leave unset: the key
     * ({@code AZURE_OPENAI_API_KEY}, or {@code AZURE_OPENAI_KEY} as the official Java SDK reads it)
     * in the {@code api-key} header, the endpoint ({@code AZURE_OPENAI_ENDPOINT}) with
     * {@value #AZURE_PATH} appended, and {@code OPENAI_API_VERSION} as the {@code api-version}
     * query parameter.
     */
    private void readAzure(Map<String, String> env, boolean keySet, boolean urlSet) {
      for (String variable : new String[] {"AZURE_OPENAI_API_KEY", "AZURE_OPENAI_KEY"}) {
        if (!keySet && notBlank(env.get(variable))) {
          apiKey(env.get(variable));
          authStyle(AuthStyle.API_KEY_HEADER);
          fromEnvironment.put("apiKey", variable);
          apiKeyFromEnvMissing = false;
          keySet = true;
        }
      }
      String endpoint = env.get("AZURE_OPENAI_ENDPOINT");
      if (!urlSet && notBlank(endpoint)) {
        String trimmed = endpoint.trim().replaceAll("/+$", "");
        try {
          baseUrl(trimmed.endsWith(AZURE_PATH) ? trimmed : trimmed + AZURE_PATH);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("AZURE_OPENAI_ENDPOINT: must be an absolute http or https URL, was " + endpoint);
        }
      }
      String version = env.get("OPENAI_API_VERSION");
      if (notBlank(version)) {
        defaultQuery("api-version", version.trim());
      }
    }

    /**
     * Sets the API key. It must be printable ASCII without spaces (as every provider's keys are):
     * {@link #build()} rejects a key with a space, a line break or any other character, rather
     * than trim it silently, so that a key read with a trailing newline is caught at once.
     *
     * @param apiKey the key; never logged or shown in a message
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      fromEnvironment.remove("apiKey");
      return this;
    }

    /**
     * Sets the base URL: the provider's {@value #DEFAULT_BASE_URL} by default, or a compatible
     * server's, such as {@code https://NAME.openai.azure.com/openai/v1} or
     * {@code http://localhost:4000/v1}. Its path is kept.
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      if (HttpUrl.parse(baseUrl) == null) {
        throw new IllegalArgumentException("baseUrl: must be an absolute http or https URL, was " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the {@code OpenAI-Organization} header.
     *
     * @param organization the organization id, or null for none
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      fromEnvironment.remove("organization");
      return this;
    }

    /**
     * Sets the {@code OpenAI-Project} header.
     *
     * @param project the project id, or null for none
     * @return this builder
     */
    public Builder project(String project) {
      this.project = project;
      fromEnvironment.remove("project");
      return this;
    }

    /**
     * Sets the secret that {@link VideosClient#webhooks()} verifies deliveries with: the
     * endpoint's {@code whsec_...} secret, or any other string (its UTF-8 bytes are the key).
     *
     * @param secret the secret, or null for none; never logged or shown in a message
     * @return this builder
     */
    public Builder webhookSecret(String secret) {
      this.webhookSecret = secret;
      fromEnvironment.remove("webhookSecret");
      return this;
    }

    /**
     * Sets how far a webhook's timestamp may be from this machine's clock, either way (default
     * {@value Webhooks#DEFAULT_TOLERANCE_SECONDS} seconds): older deliveries are refused as
     * possible replays.
     *
     * @param tolerance a positive duration
     * @return this builder
     */
    public Builder webhookTolerance(Duration tolerance) {
      this.webhookTolerance = Requests.checkPositive("webhookTolerance", tolerance);
      return this;
    }

    /**
     * Sets how the key is sent: {@link AuthStyle#BEARER} (default),
     * {@link AuthStyle#API_KEY_HEADER} for Azure AI Foundry, {@link AuthStyle#CUSTOM_HEADER} (see
     * {@link #authHeader(String)}) or {@link AuthStyle#NONE}, which needs no key.
     *
     * @param authStyle the style
     * @return this builder
     */
    public Builder authStyle(AuthStyle authStyle) {
      this.authStyle = Objects.requireNonNull(authStyle, "authStyle");
      return this;
    }

    /**
     * Sends the key as is, with no prefix, in the named header ({@link AuthStyle#CUSTOM_HEADER}),
     * such as LiteLLM's {@code x-litellm-api-key}.
     *
     * @param name the header name
     * @return this builder
     * @throws IllegalArgumentException if it is not a valid header name
     */
    public Builder authHeader(String name) {
      Requests.checkHeaderName("authHeader", name);
      this.authHeader = name;
      this.authStyle = AuthStyle.CUSTOM_HEADER;
      return this;
    }

    /**
     * Adds a query parameter sent on every call, such as Azure's {@code api-version}; a call's own
     * parameter of the same name wins. Sent only to the base URL's origin.
     *
     * @param name the parameter name
     * @param value the parameter value
     * @return this builder
     */
    public Builder defaultQuery(String name, String value) {
      Requests.checkNotBlank("defaultQuery", name);
      defaultQuery.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets how many times a download to a file that breaks off is resumed where it stopped
     * (default {@value #DEFAULT_DOWNLOAD_RESUMES}): with a {@code Range} request, when the body
     * had a {@code Content-Length} and the server said {@code Accept-Ranges: bytes}. Otherwise, or
     * once the resumes are used up, the download fails and nothing is left at the target.
     *
     * @param maxDownloadResumes zero or more
     * @return this builder
     */
    public Builder maxDownloadResumes(int maxDownloadResumes) {
      this.maxDownloadResumes = Requests.checkRetries("maxDownloadResumes", maxDownloadResumes);
      return this;
    }

    /**
     * Sets the connect timeout (default {@value ClientConfig#DEFAULT_CONNECT_TIMEOUT_SECONDS} seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Requests.checkPositive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets the read and write timeout: the longest silence on the connection (default
     * {@value ClientConfig#DEFAULT_READ_TIMEOUT_SECONDS} seconds).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Requests.checkPositive("readTimeout", timeout);
      return this;
    }

    /**
     * Sets the timeout of one whole request, retries excluded (default
     * {@value ClientConfig#DEFAULT_CALL_TIMEOUT_MINUTES} minutes). Downloads are not cut off by it;
     * they are bounded by the read timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.callTimeout = Requests.checkPositive("timeout", timeout);
      return this;
    }

    /**
     * Sets how many times a failed request may be retried (default {@value ClientConfig#DEFAULT_MAX_RETRIES}).
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Requests.checkRetries("maxRetries", maxRetries);
      return this;
    }

    /**
     * Sets how many requests may be under way at once (default
     * {@value ConcurrencyLimits#DEFAULT_MAX_REQUESTS} in all,
     * {@value ConcurrencyLimits#DEFAULT_MAX_REQUESTS_PER_HOST} to one host); further asynchronous
     * calls, checks of waits and downloads queue until one ends. Blocking calls are not queued.
     * With {@link #httpClient(OkHttpClient)}, the caller's dispatcher and its limits are used
     * unless this is called, which gives sora4j a dispatcher of its own with these limits.
     *
     * @param total the most requests under way at once, 1 or more
     * @param perHost the most of them to one host, 1 or more and at most {@code total}
     * @return this builder
     * @throws IllegalArgumentException naming the limit that is out of range
     */
    public Builder maxConcurrentRequests(int total, int perHost) {
      ConcurrencyLimits.check(total, perHost);
      this.maxConcurrentRequests = total;
      this.maxConcurrentRequestsPerHost = perHost;
      this.concurrencyLimitsSet = true;
      return this;
    }

    /**
     * Uses the caller's own {@link OkHttpClient} (its dispatcher, pool, proxy, TLS settings);
     * sora4j derives its client from it and does not shut it down. Its dispatcher's limits then
     * apply (OkHttp's default is 5 requests per host) unless
     * {@link #maxConcurrentRequests(int, int)} sets sora4j's own.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      defaultHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the model used when a request names none (default {@code sora-2}).
     *
     * @param model the model, such as {@code VideoModel.of("veo-3.1-generate-preview")}
     * @return this builder
     */
    public Builder defaultModel(VideoModel model) {
      this.defaultModel = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when no API key is set, naming {@code OPENAI_API_KEY} if it
     *     was expected from the environment
     * @throws IllegalArgumentException when the API key, the organization, the project or a
     *     default header holds a character a header cannot carry, or when the webhook secret is
     *     empty or malformed; the message names the setting (and the environment variable it
     *     came from) and the position, never the value
     */
    public VideosClient build() {
      if (authStyle != AuthStyle.NONE && !notBlank(apiKey)) {
        throw new IllegalStateException(apiKeyFromEnvMissing
            ? "apiKey: not set; set the environment variable OPENAI_API_KEY or call apiKey(...)"
            : "apiKey: not set; call apiKey(...) or set the environment variable OPENAI_API_KEY and use fromEnv()");
      }
      // Checked here because OkHttp's own check would put the value in its message (it hides only
      // Authorization and Cookie): an api-key header's key would reach an exception, or a log.
      if (apiKey != null) {
        Requests.checkApiKey(setting("apiKey"), apiKey);
      }
      String sentKey = authStyle == AuthStyle.NONE ? null : apiKey;
      if (organization != null) {
        Requests.checkHeaderValue(setting("organization"), HeaderNames.ORGANIZATION, organization);
      }
      if (project != null) {
        Requests.checkHeaderValue(setting("project"), HeaderNames.PROJECT, project);
      }
      for (Map.Entry<String, String> header : defaultHeaders.entrySet()) {
        Requests.checkHeaderName("defaultHeader", header.getKey());
        Requests.checkHeaderValue("defaultHeader " + header.getKey(), header.getKey(), header.getValue());
      }
      String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      ClientConfig config = new ClientConfig(sentKey, HttpUrl.get(url), organization, project, authStyle,
          connectTimeout, readTimeout, callTimeout, maxRetries,
          Collections.unmodifiableMap(new LinkedHashMap<>(defaultHeaders)), defaultModel,
          authHeader == null ? HeaderNames.AUTHORIZATION : authHeader,
          Collections.unmodifiableMap(new LinkedHashMap<>(defaultQuery)), maxDownloadResumes);
      Webhooks webhooks = Webhooks.builder()
          .secret(setting("webhookSecret"), webhookSecret)
          .tolerance(webhookTolerance)
          .build();
      return new VideosClient(this, config, webhooks);
    }

    /** A setting's name for a message, with the environment variable it came from. */
    private String setting(String name) {
      String variable = fromEnvironment.get(name);
      return variable == null ? name : name + " (from " + variable + ")";
    }

    private static boolean notBlank(String value) {
      return value != null && !value.trim().isEmpty();
    }

    @Override
    public String toString() {
      return "VideosClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***")
          + ", webhookSecret=" + (webhookSecret == null ? "unset" : "***") + "}";
    }
  }
}
