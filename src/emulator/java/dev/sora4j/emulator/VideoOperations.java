package dev.sora4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import dev.sora4j.model.DeletedVideo;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoCharacter;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoList;
import dev.sora4j.model.VideoStatus;
import dev.sora4j.model.VideosContract;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ten operations of the contract, each reading its request and writing its response. */
final class VideoOperations {
  static final int DEFAULT_LIST_LIMIT = 20;
  static final int MAX_LIST_LIMIT = VideosContract.LIST_LIMIT_MAXIMUM;
  /** The duration an uploaded source video is taken to have, as the emulator does not decode it. */
  static final int UPLOADED_VIDEO_SECONDS = 4;

  private static final String IDEMPOTENCY_KEY = VideosContract.IDEMPOTENCY_KEY_HEADER;

  private final JobStore store;
  private final EmulatorSettings settings;
  private final MediaContent media;
  private final ServerProfile profile;
  /** Where content is redirected to, or null when it is served here. */
  private final SignedContentOrigin contentOrigin;

  VideoOperations(JobStore store, EmulatorSettings settings, SignedContentOrigin contentOrigin) {
    this.store = store;
    this.settings = settings;
    this.media = new MediaContent(settings.syntheticVideoSize);
    this.profile = settings.profile;
    this.contentOrigin = contentOrigin;
  }

  void create(HttpExchange exchange) throws IOException {
    RequestForm form = FormReader.read(exchange, true);
    form.allowOnly("prompt", "model", "seconds", "size",
        "input_reference", "input_reference[file_id]", "input_reference[image_url]");
    String prompt = FieldRules.prompt(form);
    String model = profile.model(FieldRules.model(form));
    String seconds = FieldRules.seconds(form);
    String size = FieldRules.size(form);
    profile.checkSize(size);
    FieldRules.inputReference(form);
    startJob(exchange, form, new JobSpec(prompt, model, size,
        seconds == null ? JobSpec.DEFAULT_SECONDS : seconds, null));
  }

  void remix(HttpExchange exchange, String videoId) throws IOException {
    RequestForm form = FormReader.read(exchange, true);
    form.allowOnly("prompt");
    String prompt = FieldRules.prompt(form);
    Job source = completedSource(videoId, "video_id");
    startJob(exchange, form, new JobSpec(prompt, source.model, source.size, source.seconds, source.id));
  }

  void edit(HttpExchange exchange) throws IOException {
    RequestForm form = FormReader.read(exchange, true);
    form.allowOnly("prompt", "video", "video[id]");
    String prompt = FieldRules.prompt(form);
    String sourceId = FieldRules.sourceVideoId(form);
    JobSpec spec;
    if (sourceId == null) {
      spec = new JobSpec(prompt, JobSpec.DEFAULT_MODEL, JobSpec.DEFAULT_SIZE, String.valueOf(UPLOADED_VIDEO_SECONDS), null);
    } else {
      Job source = completedSource(sourceId, "video[id]");
      spec = new JobSpec(prompt, source.model, source.size, source.seconds, null);
    }
    startJob(exchange, form, spec);
  }

  void extend(HttpExchange exchange) throws IOException {
    RequestForm form = FormReader.read(exchange, true);
    form.allowOnly("prompt", "seconds", "video", "video[id]");
    String prompt = FieldRules.prompt(form);
    String added = FieldRules.seconds(form);
    if (added == null) {
      throw ApiErrorException.missing("seconds");
    }
    String sourceId = FieldRules.sourceVideoId(form);
    JobSpec spec;
    if (sourceId == null) {
      spec = new JobSpec(prompt, JobSpec.DEFAULT_MODEL, JobSpec.DEFAULT_SIZE,
          String.valueOf(UPLOADED_VIDEO_SECONDS + Integer.parseInt(added)), null);
    } else {
      Job source = completedSource(sourceId, "video[id]");
      // the result's seconds is the stitched total; every stored job's seconds is a whole number
      String total = String.valueOf(Integer.parseInt(source.seconds) + Integer.parseInt(added));
      spec = new JobSpec(prompt, source.model, source.size, total, null);
    }
    startJob(exchange, form, spec);
  }

  void get(HttpExchange exchange, String videoId) throws IOException {
    Job job = existing(videoId, "video_id");
    replyWithJob(exchange, job, false);
  }

  void delete(HttpExchange exchange, String videoId) throws IOException {
    if (!store.delete(videoId)) {
      throw noSuchVideo(videoId, "video_id");
    }
    DeletedVideo deleted = DeletedVideo.builder()
        .object(DeletedVideo.ObjectEnum.VIDEO_DELETED)
        .deleted(true)
        .id(videoId)
        .build();
    Replies.json(exchange, 200, DeletedVideo.class, deleted);
  }

  void list(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    int limit = limit(query.get("limit"));
    String order = query.get("order");
    if (order != null && !order.equals("asc") && !order.equals("desc")) {
      throw ApiErrorException.invalid("order", "invalid_value",
          "Invalid value for 'order': expected 'asc' or 'desc', but got '" + order + "'.");
    }
    String after = query.get("after");
    JobStore.Page page = store.list(after == null || after.isEmpty() ? null : after, limit, "asc".equals(order));
    long now = settings.clock.millis();
    List<Video> videos = new ArrayList<>();
    for (Job job : page.jobs) {
      videos.add(job.toVideo(now));
    }
    VideoList list = VideoList.builder()
        .object(VideoList.ObjectEnum.LIST)
        .data(videos)
        .firstId(videos.isEmpty() ? null : videos.get(0).id())
        .lastId(videos.isEmpty() ? null : videos.get(videos.size() - 1).id())
        .hasMore(page.hasMore)
        .build();
    Replies.list(exchange, profile, list, page.jobs, now);
  }

  void content(HttpExchange exchange, String videoId) throws IOException {
    String variantName = query(exchange).get("variant");
    VideoContentVariant variant = variantName == null
        ? VideoContentVariant.VIDEO
        : VideoContentVariant.fromValue(variantName);
    if (variant == VideoContentVariant.UNKNOWN) {
      throw ApiErrorException.invalid("variant", "invalid_value", "Invalid value for 'variant': expected "
          + "'video', 'thumbnail' or 'spritesheet', but got '" + variantName + "'.");
    }
    Job job = completedSource(videoId, "video_id");
    if (settings.clock.millis() / 1000 >= job.expiresAtSeconds()) {
      throw new ApiErrorException(404, ApiErrorException.INVALID_REQUEST, "video_id", "video_expired",
          "The content of video '" + videoId + "' expired at " + job.expiresAtSeconds() + " (Unix seconds).");
    }
    MediaContent.Asset served = media.assetFor(variant);
    MediaContent.Asset asset = served.labelled(profile.contentType(served.mediaType));
    if (profile == ServerProfile.LITELLM) {
      exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + variant.value() + "\"");
    }
    if (settings.faults.hit(Fault.Kind.CUT_DOWNLOAD) != null) {
      asset = asset.cutInHalf();
    }
    if (contentOrigin != null) {
      exchange.getResponseHeaders().set("Location", contentOrigin.sign(asset));
      exchange.sendResponseHeaders(302, -1);
      return;
    }
    MediaContent.serve(exchange, asset);
  }

  void createCharacter(HttpExchange exchange) throws IOException {
    RequestForm form = FormReader.read(exchange, false);
    form.allowOnly("name", "video");
    String name = FieldRules.name(form);
    FieldRules.uploadedVideo(form);
    Replies.json(exchange, 200, VideoCharacter.class, store.addCharacter(name));
  }

  void getCharacter(HttpExchange exchange, String characterId) throws IOException {
    VideoCharacter character = store.findCharacter(characterId);
    if (character == null) {
      throw ApiErrorException.notFound("character_id", "No character found with id '" + characterId + "'.");
    }
    Replies.json(exchange, 200, VideoCharacter.class, character);
  }

  /**
   * Starts the job, once per {@code Idempotency-Key} when the request carries one: the key is
   * not part of the provider's contract, but this library sends it, and honouring it lets tests
   * show that a retried request does not start a second job. With
   * {@link VideosEmulator.Builder#ignoreIdempotencyKeys} the key is ignored, as the gateways do.
   */
  private void startJob(HttpExchange exchange, RequestForm form, JobSpec spec) throws IOException {
    String idempotencyKey = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
    Job job;
    boolean replayed = false;
    if (idempotencyKey == null || idempotencyKey.isEmpty() || settings.ignoreIdempotencyKeys) {
      job = store.start(spec);
    } else {
      String fingerprint = exchange.getRequestURI().getRawPath() + "\n" + form.fingerprint();
      JobStore.Start start = store.startOnce(idempotencyKey, fingerprint, spec);
      job = start.job;
      replayed = start.replayed;
    }
    if (settings.faults.hit(Fault.Kind.ERROR_AFTER_ACCEPT) != null) {
      throw new ApiErrorException(500, "server_error", null, null,
          "The server had an error while processing your request (injected, after job " + job.id + " was started).");
    }
    if (settings.faults.hit(Fault.Kind.DROP_AFTER_ACCEPT) != null) {
      // Headers promising a body, then no body: the client sees the connection end mid-response.
      exchange.sendResponseHeaders(200, 1);
      exchange.getResponseBody().flush();
      throw new Fault.Dropped("connection dropped on purpose after job " + job.id + " was started");
    }
    replyWithJob(exchange, job, replayed);
  }

  private void replyWithJob(HttpExchange exchange, Job job, boolean replayed) throws IOException {
    exchange.getResponseHeaders().set(Replies.POLL_AFTER_MS, String.valueOf(settings.pollAfterMillis()));
    if (replayed) {
      exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
    }
    long now = settings.clock.millis();
    Replies.video(exchange, profile, job.toVideo(now), job, now);
  }

  private Job existing(String videoId, String param) {
    Job job = store.find(videoId);
    if (job == null) {
      throw noSuchVideo(videoId, param);
    }
    return job;
  }

  /**
   * A job whose result is needed (to download, remix, edit or extend): 409 while it runs, since
   * waiting helps, and 400 once it failed, since nothing will.
   */
  private Job completedSource(String videoId, String param) {
    Job job = existing(videoId, param);
    VideoStatus status = job.status(settings.clock.millis());
    if (status == VideoStatus.COMPLETED) {
      return job;
    }
    if (status == VideoStatus.FAILED) {
      throw ApiErrorException.invalid(param, "video_failed", "Video '" + videoId + "' failed ("
          + job.failure.code() + ") and has no result to use.");
    }
    throw new ApiErrorException(409, ApiErrorException.INVALID_REQUEST, param, "video_not_ready",
        "Video '" + videoId + "' is not ready yet: its status is " + status.value()
            + ". Wait until it is completed.");
  }

  private static ApiErrorException noSuchVideo(String videoId, String param) {
    return ApiErrorException.notFound(param, "No video found with id '" + videoId + "'.");
  }

  private static int limit(String text) {
    if (text == null || text.isEmpty()) {
      return DEFAULT_LIST_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ApiErrorException.invalid("limit", "invalid_type",
          "Invalid type for 'limit': expected an integer, but got '" + text + "'.");
    }
    if (limit < 0) {
      throw ApiErrorException.invalid("limit", "integer_below_min_value",
          "Invalid 'limit': integer below minimum value. Expected a value >= 0, but got " + limit + " instead.");
    }
    if (limit > MAX_LIST_LIMIT) {
      throw ApiErrorException.invalid("limit", "integer_above_max_value", "Invalid 'limit': integer above "
          + "maximum value. Expected a value <= " + MAX_LIST_LIMIT + ", but got " + limit + " instead.");
    }
    return limit;
  }

  /** The query parameters, decoded; the first of repeated ones wins. */
  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> parameters = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (!name.isEmpty() && !parameters.containsKey(name)) {
        parameters.put(name, value);
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("every JRE has UTF-8", e);
    } catch (IllegalArgumentException e) {
      throw ApiErrorException.invalid(null, "invalid_query", "The query string has a malformed %-escape: '" + text + "'.");
    }
  }
}
