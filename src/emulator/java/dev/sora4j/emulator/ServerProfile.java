package dev.sora4j.emulator;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A server the emulator plays: the provider, or a gateway that serves the same contract its own
 * way, as its documentation and code show (the README lists the sources). A test of a client
 * against a profile meets what that server sends: its base path and auth header, its model
 * naming and limits, its ids, its extra, missing and renamed keys, its statuses and media types.
 */
public enum ServerProfile {
  /** The provider's contract as written: {@code /v1}, Bearer (or {@code api-key}), Idempotency-Key honoured. */
  OPENAI("/v1/", true, "Authorization: Bearer", "api-key"),

  /**
   * Azure AI Foundry: {@code /openai/v1}, key in {@code api-key} (or a Bearer token), the model
   * is a deployment name ({@code sora-2} exists; another answers 404), and only
   * {@code 720x1280} and {@code 1280x720} are accepted.
   */
  AZURE("/openai/v1/", false, "api-key", "Authorization: Bearer") {
    @Override
    String model(String requested) {
      if (!AZURE_DEPLOYMENTS.contains(requested)) {
        throw new ApiErrorException(404, "video_generation_user_error", "model", "DeploymentNotFound",
            "The API deployment '" + requested + "' for this resource does not exist. Deployments: "
                + String.join(", ", AZURE_DEPLOYMENTS) + ".");
      }
      return requested;
    }

    @Override
    void checkSize(String size) {
      if (!AZURE_SIZES.contains(size)) {
        throw ApiErrorException.invalid("size", "invalid_value", "Invalid value for 'size': this resource "
            + "supports " + String.join(" and ", AZURE_SIZES) + ", but got '" + size + "'.");
      }
    }
  },

  /**
   * The LiteLLM proxy: Bearer or {@code x-litellm-api-key}; ids are {@code video_} plus the
   * standard base64 of routing text (so they hold {@code +}, {@code /} and {@code =}); responses
   * add {@code usage}; a Veo model's running job reports {@code processing} without
   * {@code model}, {@code size} and {@code seconds}; content is always {@code video/mp4} as an
   * attachment; there is no DELETE route.
   */
  LITELLM("/v1/", false, "Authorization: Bearer", "x-litellm-api-key") {
    @Override
    String videoId(String plainId, String model) {
      return "video_" + routing(plainId, model);
    }

    @Override
    String characterId(String plainId) {
      return "character_" + routing(plainId, "sora-2");
    }

    @Override
    void shapeVideo(Map<String, Object> video, Job job, long nowMillis) {
      boolean running = "in_progress".equals(video.get("status"));
      if (running && job.model.toLowerCase(Locale.ROOT).startsWith("veo")) {
        video.put("status", "processing");
        video.remove("model");
        video.remove("size");
        video.remove("seconds");
      }
      video.put("usage", Collections.singletonMap("duration_seconds", Long.parseLong(job.seconds)));
    }

    @Override
    String contentType(String mediaType) {
      return "video/mp4";
    }

    @Override
    boolean hasDelete() {
      return false;
    }
  },

  /**
   * Bifrost: models as {@code provider/model}; unset keys absent (also a list's
   * {@code first_id}, {@code last_id} and {@code has_more}); {@code progress} fractional while
   * running; extra keys {@code videos}, {@code content_filter} and {@code extra_fields}.
   */
  BIFROST("/v1/", false, "Authorization: Bearer") {
    @Override
    String model(String requested) {
      int slash = requested.indexOf('/');
      if (slash <= 0 || slash == requested.length() - 1) {
        throw ApiErrorException.invalid("model", "invalid_model", "Invalid value for 'model': expected "
            + "provider/model, such as 'openai/sora-2', but got '" + requested + "'.");
      }
      return requested;
    }

    @Override
    void shapeVideo(Map<String, Object> video, Job job, long nowMillis) {
      video.values().removeIf(value -> value == null);
      if ("in_progress".equals(video.get("status"))) {
        double elapsed = Math.max(0, nowMillis - job.createdAtMillis);
        double percent = Math.min(99.5, Math.max(1, elapsed * 100 / Math.max(1, job.durationMillis)));
        video.put("progress", Math.floor(percent * 10) / 10 + 0.5);
      }
      if ("completed".equals(video.get("status"))) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("type", "video");
        asset.put("url", "/v1/videos/" + job.id + "/content");
        asset.put("content_type", "video/mp4");
        video.put("videos", Collections.singletonList(asset));
      }
      video.put("content_filter", Collections.singletonMap("filtered", false));
      video.put("extra_fields", Collections.singletonMap("provider", job.model.substring(0, job.model.indexOf('/'))));
    }

    @Override
    void shapeList(Map<String, Object> list) {
      list.remove("first_id");
      list.remove("last_id");
      list.remove("has_more");
    }
  },

  /**
   * A gateway that answers content with a {@code 302} to a signed URL on a second origin, which
   * refuses any request carrying a credential; otherwise the provider's contract.
   */
  REDIRECTING("/v1/", false, "Authorization: Bearer") {
    @Override
    boolean redirectsContent() {
      return true;
    }
  };

  static final List<String> AZURE_DEPLOYMENTS = Collections.singletonList("sora-2");
  static final List<String> AZURE_SIZES = Collections.unmodifiableList(Arrays.asList("720x1280", "1280x720"));

  private final String basePath;
  private final boolean honoursIdempotencyKeys;
  private final List<String> authHeaders;

  ServerProfile(String basePath, boolean honoursIdempotencyKeys, String... authHeaders) {
    this.basePath = basePath;
    this.honoursIdempotencyKeys = honoursIdempotencyKeys;
    this.authHeaders = Collections.unmodifiableList(Arrays.asList(authHeaders));
  }

  /**
   * Returns the path the contract lives under on this server, such as {@code /openai/v1/}.
   *
   * @return the base path, with a slash at both ends
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Tells whether a repeated {@code Idempotency-Key} answers with the job it started: only the
   * provider's profile does (this library sends the key); no gateway documents it.
   *
   * @return true when keys are honoured by default
   */
  public boolean honoursIdempotencyKeys() {
    return honoursIdempotencyKeys;
  }

  /**
   * Returns the headers that carry the key here, the first one preferred, such as
   * {@code "api-key"} or {@code "Authorization: Bearer"}.
   *
   * @return the accepted auth headers
   */
  public List<String> authHeaders() {
    return authHeaders;
  }

  /** The key presented in one of this server's auth headers, or null. */
  String presentedKey(Headers headers) {
    for (String accepted : authHeaders) {
      if (accepted.startsWith("Authorization: Bearer")) {
        String authorization = headers.getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
          return authorization.substring(7).trim();
        }
      } else if (headers.getFirst(accepted) != null) {
        return headers.getFirst(accepted).trim();
      }
    }
    return null;
  }

  /** The model a create names, checked by this server's naming rules. */
  String model(String requested) {
    return requested;
  }

  /** Refuses a size this server does not make. */
  void checkSize(String size) {
  }

  /** The id this server shows for a new job. */
  String videoId(String plainId, String model) {
    return plainId;
  }

  /** The id this server shows for a new character. */
  String characterId(String plainId) {
    return plainId;
  }

  /** Bends the provider's JSON of a job into this server's. */
  void shapeVideo(Map<String, Object> video, Job job, long nowMillis) {
  }

  /** Bends the provider's JSON of a listing (its videos already shaped) into this server's. */
  void shapeList(Map<String, Object> list) {
  }

  /** The media type this server labels an asset with. */
  String contentType(String mediaType) {
    return mediaType;
  }

  /** Whether {@code DELETE /videos/{id}} exists here. */
  boolean hasDelete() {
    return true;
  }

  /** Whether content is served through a redirect to another origin. */
  boolean redirectsContent() {
    return false;
  }

  /**
   * LiteLLM's routing text, base64: which provider and model the gateway sent the job to. The
   * text ends in a tag that makes its base64 hold a {@code +} (a run of three {@code >}), a
   * {@code /} (three {@code ?}) and {@code =} padding, so every id tests a client's path encoding.
   */
  private static String routing(String plainId, String model) {
    String text = "litellm:custom_llm_provider:openai;model_id:" + model + ";video_id:" + plainId + ";tag:>>>???";
    if (text.getBytes(StandardCharsets.UTF_8).length % 3 == 0) {
      text += ";";
    }
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The profile named on a command line or in a setting, case-insensitively.
   *
   * @param name {@code openai}, {@code azure}, {@code litellm}, {@code bifrost} or {@code redirecting}
   * @return the profile
   * @throws IllegalArgumentException naming the profiles, for another name
   */
  public static ServerProfile named(String name) {
    for (ServerProfile profile : values()) {
      if (profile.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException("profile: expected one of openai, azure, litellm, bifrost, redirecting, was "
        + name);
  }
}
