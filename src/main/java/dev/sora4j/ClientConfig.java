package dev.sora4j;

import dev.sora4j.model.VideoModel;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;

/** The settled configuration of one {@link VideosClient}; immutable. */
final class ClientConfig {
  /** The connect timeout when none is set. */
  static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
  /** The read and write timeout when none is set. */
  static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;
  /** The whole-call timeout when none is set. */
  static final int DEFAULT_CALL_TIMEOUT_MINUTES = 10;
  /** The retries of a failed call when no number is set. */
  static final int DEFAULT_MAX_RETRIES = 2;

  final String apiKey;
  final HttpUrl baseUrl;
  final String organization;
  final String project;
  final AuthStyle authStyle;
  final Duration connectTimeout;
  final Duration readTimeout;
  final Duration callTimeout;
  final int maxRetries;
  final Map<String, String> defaultHeaders;
  final VideoModel defaultModel;
  /** The header {@link AuthStyle#CUSTOM_HEADER} sends the key in. */
  final String authHeader;
  /** Query parameters sent on every call to the base URL's origin, such as Azure's {@code api-version}. */
  final Map<String, String> defaultQuery;
  /** How many times a broken download may be resumed with a Range request. */
  final int maxDownloadResumes;

  ClientConfig(String apiKey, HttpUrl baseUrl, String organization, String project, AuthStyle authStyle,
      Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxRetries,
      Map<String, String> defaultHeaders, VideoModel defaultModel, String authHeader,
      Map<String, String> defaultQuery, int maxDownloadResumes) {
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.organization = organization;
    this.project = project;
    this.authStyle = authStyle;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.callTimeout = callTimeout;
    this.maxRetries = maxRetries;
    this.defaultHeaders = defaultHeaders;
    this.defaultModel = defaultModel;
    this.authHeader = authHeader;
    this.defaultQuery = defaultQuery;
    this.maxDownloadResumes = maxDownloadResumes;
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "ClientConfig{baseUrl=" + baseUrl + ", authStyle=" + authStyle + ", maxRetries=" + maxRetries + "}";
  }
}
