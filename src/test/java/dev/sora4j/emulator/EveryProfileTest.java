package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.ApiException;
import dev.sora4j.AuthStyle;
import dev.sora4j.BadRequestException;
import dev.sora4j.InputReference;
import dev.sora4j.NotFoundException;
import dev.sora4j.PollOptions;
import dev.sora4j.VideoCreateRequest;
import dev.sora4j.VideoListRequest;
import dev.sora4j.VideosClient;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoContentVariant;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same application code, changed only in its client configuration, does the whole job on
 * every server the emulator plays: create with each kind of input_reference, wait, download every
 * variant, list, retrieve, and delete where the server has it.
 */
class EveryProfileTest {
  private static final String KEY = "sk-profile-test";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path dir;

  /** The configuration a user of each server writes; nothing else differs. */
  static VideosClient clientFor(ServerProfile profile, String baseUrl) {
    VideosClient.Builder builder = VideosClient.builder().baseUrl(baseUrl).apiKey(KEY);
    switch (profile) {
      case AZURE:
        return builder.authStyle(AuthStyle.API_KEY_HEADER).defaultQuery("api-version", "preview").build();
      case LITELLM:
        return builder.authHeader("x-litellm-api-key").defaultModel(VideoModel.of("veo-3.1-generate-preview")).build();
      case BIFROST:
        return builder.defaultModel(VideoModel.of("openai/sora-2")).build();
      default:
        return builder.build();
    }
  }

  @ParameterizedTest
  @EnumSource(ServerProfile.class)
  void theWholeJobPassesOnEveryProfile(ServerProfile profile) throws IOException {
    // LiteLLM's jobs run long enough for the poller (at most ten checks a second) to see them run.
    double speed = profile == ServerProfile.LITELLM ? 6 : 30;
    try (VideosEmulator emulator = VideosEmulator.builder().profile(profile).speedFactor(speed).requiredApiKey(KEY).start();
         VideosClient client = clientFor(profile, emulator.baseUrl())) {
      assertThat(emulator.baseUrl()).endsWith(profile.basePath());
      List<String> statuses = new ArrayList<>();

      List<String> ids = wholeJob(client, dir.resolve(profile.name()), statuses, profile.hasDelete());

      assertThat(ids).hasSize(3);
      assertThat(statuses).contains("completed");
      if (profile == ServerProfile.LITELLM) {
        assertThat(statuses).contains("processing");
        assertThat(ids).allSatisfy(id -> assertThat(id).startsWith("video_").contains("+", "/", "="));
        assertThatThrownBy(() -> client.videos().delete(ids.get(0))).isInstanceOf(ApiException.class)
            .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(405));
      }
    }
  }

  /** The application: three jobs, one per kind of reference, each waited for, downloaded, listed and fetched. */
  private static List<String> wholeJob(VideosClient client, Path dir, List<String> statuses, boolean canDelete)
      throws IOException {
    Files.createDirectories(dir);
    Path frame = Files.write(dir.resolve("frame.png"), PNG);
    List<Function<Void, InputReference>> references = Arrays.asList(v -> InputReference.ofFile(frame),
        v -> InputReference.ofFileId("file-123"), v -> InputReference.ofImageUrl("https://example.com/frame.png"));
    PollOptions waiting = PollOptions.builder().failOnError(true)
        .progressListener(video -> statuses.add(video.rawStatus())).build();
    List<String> ids = new ArrayList<>();
    for (Function<Void, InputReference> reference : references) {
      Video video = client.videos().createAndPoll(VideoCreateRequest.builder().prompt("a cat at the piano")
          .inputReference(reference.apply(null)).build(), waiting);
      assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
      for (VideoContentVariant variant : new VideoContentVariant[] {VideoContentVariant.VIDEO,
          VideoContentVariant.THUMBNAIL, VideoContentVariant.SPRITESHEET}) {
        Path file = client.videos().downloadContent(video.id(), variant, dir.resolve(ids.size() + "." + variant));
        assertThat(magic(file)).as(variant.value()).isEqualTo(expectedMagic(variant));
      }
      assertThat(client.videos().retrieve(video.id()).id()).isEqualTo(video.id());
      ids.add(video.id());
    }
    Set<String> listed = new HashSet<>();
    for (Video video : client.videos().listAll(VideoListRequest.builder().limit(2).build())) {
      listed.add(video.id());
    }
    assertThat(listed).containsAll(ids);
    if (canDelete) {
      assertThat(client.videos().delete(ids.get(0)).deleted()).isTrue();
      assertThatThrownBy(() -> client.videos().retrieve(ids.get(0))).isInstanceOf(NotFoundException.class);
    }
    return ids;
  }

  private static String magic(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 8 && new String(bytes, 4, 4, "US-ASCII").equals("ftyp")) {
      return "mp4";
    }
    if (bytes.length > 12 && new String(bytes, 0, 4, "US-ASCII").equals("RIFF")) {
      return "webp";
    }
    return bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "jpeg" : "other";
  }

  private static String expectedMagic(VideoContentVariant variant) {
    return variant == VideoContentVariant.VIDEO ? "mp4" : variant == VideoContentVariant.THUMBNAIL ? "webp" : "jpeg";
  }

  @Test
  void azureKnowsOnlyItsDeploymentsAndTwoSizes() {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(ServerProfile.AZURE).speedFactor(30).start();
         VideosClient client = clientFor(ServerProfile.AZURE, emulator.baseUrl())) {
      assertThatThrownBy(() -> client.videos().create(VideoCreateRequest.builder().prompt("x")
          .model(VideoModel.SORA_2_PRO).build()))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("sora-2-pro")
          .satisfies(e -> assertThat(((ApiException) e).type()).contains("video_generation_user_error"));
      assertThatThrownBy(() -> client.videos().create(VideoCreateRequest.builder().prompt("x")
          .size(VideoSize.SIZE_1792X1024).build()))
          .isInstanceOf(BadRequestException.class).satisfies(e -> assertThat(((ApiException) e).param()).contains("size"));
      assertThat(client.videos().create(VideoCreateRequest.builder().prompt("x").size(VideoSize.SIZE_1280X720).build())
          .size()).isEqualTo(VideoSize.SIZE_1280X720);
    }
  }

  @Test
  void bifrostWantsProviderSlashModelAndLeavesUnsetKeysOut() {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(ServerProfile.BIFROST).speedFactor(0.001).start();
         VideosClient client = clientFor(ServerProfile.BIFROST, emulator.baseUrl())) {
      assertThatThrownBy(() -> client.videos().create(VideoCreateRequest.builder().prompt("x")
          .model(VideoModel.SORA_2).build())).isInstanceOf(BadRequestException.class).hasMessageContaining("provider/model");
      Video video = client.videos().create(VideoCreateRequest.builder().prompt("x").build());
      assertThat(video.completedAt()).isEmpty();
      assertThat(video.additionalProperties()).containsKeys("content_filter", "extra_fields");
    }
  }

  @Test
  void theGatewaysIgnoreIdempotencyKeysAndTheProviderHonoursThem() {
    assertThat(ServerProfile.OPENAI.honoursIdempotencyKeys()).isTrue();
    for (ServerProfile profile : ServerProfile.values()) {
      assertThat(profile.honoursIdempotencyKeys()).as(profile.name()).isEqualTo(profile == ServerProfile.OPENAI);
    }
    assertThat(ServerProfile.named(" Azure ")).isEqualTo(ServerProfile.AZURE);
    assertThatThrownBy(() -> ServerProfile.named("together")).hasMessageStartingWith("profile: expected one of openai");
  }
}
