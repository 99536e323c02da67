package dev.sora4j.cli;

import dev.sora4j.Videos;
import dev.sora4j.VideosClient;
import dev.sora4j.emulator.VideosEmulator;
import java.security.SecureRandom;
import java.util.Map;
import okhttp3.OkHttpClient;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The client one command talks through, and the emulator it started for {@code --emulator}:
 * closing the session stops both, so no emulator outlives its command.
 */
final class ApiSession implements AutoCloseable {
  private final VideosClient client;
  private final VideosEmulator emulator;
  /** The HTTP client this session made to count a download's bytes, or null. */
  private final OkHttpClient httpClient;
  private final DownloadProgress downloads;

  private ApiSession(VideosClient.Builder client, VideosEmulator emulator, DownloadProgress downloads) {
    this.downloads = downloads;
    this.httpClient = downloads == null ? null : new OkHttpClient.Builder().addNetworkInterceptor(downloads).build();
    if (httpClient != null) {
      client.httpClient(httpClient);
    }
    this.client = client.build();
    this.emulator = emulator;
  }

  /**
   * Connects as the root's options say: to the emulator when {@code emulator} asks for one (it
   * may be null for commands that do not offer it), else to the server.
   *
   * @param downloads the bar to show downloads with, or null for none
   */
  static ApiSession open(SoraCommand root, CommandLine commandLine, EmulatorOptions emulator,
      DownloadProgress downloads) {
    return emulator != null && emulator.enabled
        ? withEmulator(root, commandLine, emulator, downloads)
        : withServer(root, commandLine, downloads, emulator != null);
  }

  private static ApiSession withEmulator(SoraCommand root, CommandLine commandLine, EmulatorOptions options,
      DownloadProgress downloads) {
    if (root.baseUrl != null) {
      throw new ParameterException(commandLine, "--emulator and --base-url cannot be used together");
    }
    // The emulator requires the key it is given, so the command checks authentication as it
    // would against a real server; a key of the user's own is used if given.
    String key = notBlank(root.apiKey) ? root.apiKey.trim() : "sk-emulator-" + randomHex();
    root.secrets.add(key);
    VideosEmulator.Builder builder = VideosEmulator.builder().requiredApiKey(key);
    try {
      builder.speedFactor(options.speed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--emulator-speed: must be positive, was " + options.speed);
    }
    VideosEmulator emulator = builder.start();
    try {
      return new ApiSession(VideosClient.builder().baseUrl(emulator.baseUrl()).apiKey(key), emulator, downloads);
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /** @param emulatorOffered whether the command has {@code --emulator}, the way to run without a key */
  private static ApiSession withServer(SoraCommand root, CommandLine commandLine, DownloadProgress downloads,
      boolean emulatorOffered) {
    Map<String, String> env = root.env;
    String key = notBlank(root.apiKey) ? root.apiKey : env.get("OPENAI_API_KEY");
    if (!notBlank(key)) {
      throw new ParameterException(commandLine, "No API key: pass " + SoraCommand.API_KEY_OPTION
          + " KEY or set OPENAI_API_KEY" + (emulatorOffered ? " (or try --emulator, which needs none)" : ""));
    }
    root.secrets.add(key);
    String baseUrl = notBlank(root.baseUrl) ? root.baseUrl
        : notBlank(env.get("OPENAI_BASE_URL")) ? env.get("OPENAI_BASE_URL")
        : VideosClient.DEFAULT_BASE_URL;
    VideosClient.Builder builder = VideosClient.builder().apiKey(key.trim());
    try {
      builder.baseUrl(baseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine,
          "--base-url: must be an absolute http or https URL, was " + baseUrl);
    }
    if (notBlank(env.get("OPENAI_ORG_ID"))) {
      builder.organization(env.get("OPENAI_ORG_ID").trim());
    }
    if (notBlank(env.get("OPENAI_PROJECT_ID"))) {
      builder.project(env.get("OPENAI_PROJECT_ID").trim());
    }
    try {
      if (root.authHeader != null) {
        builder.authHeader(root.authHeader.trim());
      }
      for (Map.Entry<String, String> parameter : root.query.entrySet()) {
        builder.defaultQuery(parameter.getKey(), parameter.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--" + (e.getMessage().startsWith("authHeader") ? "auth-header" : "query")
          + ": " + e.getMessage().substring(e.getMessage().indexOf(':') + 1).trim());
    }
    return new ApiSession(builder, null, downloads);
  }

  Videos videos() {
    return client.videos();
  }

  /** The client itself, for what works on a whole client (a bulk run). */
  VideosClient client() {
    return client;
  }

  /** Where a download's progress is shown; {@code null} when it is not (no terminal, JSON). */
  DownloadProgress downloads() {
    return downloads;
  }

  /** True when the jobs live in this process's emulator, and so end with the command. */
  boolean usesEmulator() {
    return emulator != null;
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      if (httpClient != null) {
        // the library does not shut down a client it was given
        httpClient.dispatcher().executorService().shutdown();
        httpClient.connectionPool().evictAll();
      }
      if (emulator != null) {
        emulator.close();
      }
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  private static boolean notBlank(String value) {
    return value != null && !value.trim().isEmpty();
  }
}
