package dev.sora4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import okio.Okio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on in the generated public models: parsing, writing, builders, enums. The
 * package-private wire-only models are tested beside the facade, in {@code dev.sora4j.WireModelsTest}.
 */
class GeneratedModelsTest {
  private final Moshi moshi = new Moshi.Builder().build();

  private <T> T parse(Class<T> type, String json) throws IOException {
    return moshi.adapter(type).fromJson(json);
  }

  private <T> String write(Class<T> type, T value) {
    return moshi.adapter(type).toJson(value);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = GeneratedModelsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return Okio.buffer(Okio.source(in)).readString(StandardCharsets.UTF_8);
    }
  }

  @Nested
  class SeedResponses {
    @Test
    void minimalSeedParsesAndKeepsTheUnknownQualityKey() throws IOException {
      Video video = parse(Video.class, resource("/seeds/create-response-minimal.json"));

      assertThat(video.id()).isEqualTo("video_123");
      assertThat(video.object()).isEqualTo(Video.ObjectEnum.VIDEO);
      assertThat(video.model()).isSameAs(VideoModel.SORA_2);
      assertThat(video.status()).isEqualTo(VideoStatus.QUEUED);
      assertThat(video.progress()).isZero();
      assertThat(video.createdAt()).isEqualTo(1712697600L);
      assertThat(video.size()).isEqualTo(VideoSize.of("1024x1792"));
      assertThat(video.seconds()).isSameAs(VideoSeconds.SECONDS_8);
      assertThat(video.additionalProperties()).containsExactly(entry("quality", "standard"));
      assertThat(video.completedAt()).isEmpty();
      assertThat(video.error()).isEmpty();
    }

    @Test
    void fullSeedParsesEveryKeyIncludingOpenEnumValuesOutsideTheDocumentedSet() throws IOException {
      Video video = parse(Video.class, resource("/seeds/create-response-full.json"));

      assertThat(video.model().value()).isEqualTo("string");
      assertThat(video.model().isKnown()).isFalse();
      assertThat(video.seconds().value()).isEqualTo("string");
      assertThat(video.size()).isSameAs(VideoSize.SIZE_720X1280);
      assertThat(video.completedAt()).contains(0L);
      assertThat(video.expiresAt()).contains(0L);
      assertThat(video.prompt()).contains("prompt");
      assertThat(video.remixedFromVideoId()).contains("remixed_from_video_id");
      assertThat(video.error()).hasValueSatisfying(error -> {
        assertThat(error.code()).isEqualTo("code");
        assertThat(error.message()).isEqualTo("message");
      });
      assertThat(video.additionalProperties()).isEmpty();
    }

    @Test
    void parsedSeedWritesBackEveryKeyItRead() throws IOException {
      String json = resource("/seeds/create-response-minimal.json");
      Video video = parse(Video.class, json);

      Map<?, ?> original = (Map<?, ?>) moshi.adapter(Object.class).fromJson(json);
      Map<?, ?> written = (Map<?, ?>) moshi.adapter(Object.class).fromJson(write(Video.class, video));

      assertThat(cast(written)).containsAllEntriesOf(cast(original));
      assertThat(parse(Video.class, write(Video.class, video))).isEqualTo(video);
    }
  }

  @Nested
  class Leniency {
    @Test
    void omittedPropertiesReadAsAbsentInsteadOfFailing() throws IOException {
      Video video = parse(Video.class, "{\"id\":\"video_1\"}");

      assertThat(video.id()).isEqualTo("video_1");
      assertThat(video.status()).isNull();
      assertThat(video.progress()).isNull();
      assertThat(video.prompt()).isEmpty();
      assertThat(video.error()).isEmpty();
    }

    @Test
    void omittedListReadsAsEmptyList() throws IOException {
      VideoList list = parse(VideoList.class, "{\"object\":\"list\",\"has_more\":false}");

      assertThat(list.data()).isEmpty();
      assertThat(list.firstId()).isEmpty();
      assertThat(list.hasMore()).isFalse();
    }

    @Test
    void unknownStatusParsesToUnknownAndUnknownObjectTypeToo() throws IOException {
      Video video = parse(Video.class, "{\"id\":\"v\",\"object\":\"video.v2\",\"status\":\"archived\"}");

      assertThat(video.status()).isEqualTo(VideoStatus.UNKNOWN);
      assertThat(video.object()).isEqualTo(Video.ObjectEnum.UNKNOWN);
    }

    @Test
    void valuesOfCompatibleServersParseIntoOpenEnums() throws IOException {
      Video video = parse(Video.class,
          "{\"model\":\"veo-3.1-generate-preview\",\"seconds\":\"6\",\"size\":\"1920x1080\"}");

      assertThat(video.model()).isEqualTo(VideoModel.of("veo-3.1-generate-preview"));
      assertThat(video.seconds().value()).isEqualTo("6");
      assertThat(video.size().value()).isEqualTo("1920x1080");
      assertThat(video.size().isKnown()).isFalse();
    }

    @Test
    void nestedUnknownObjectsStayReadable() throws IOException {
      Video video = parse(Video.class, "{\"id\":\"v\",\"usage\":{\"frames\":96,\"tags\":[\"a\"]}}");

      assertThat(video.additionalProperties().get("usage"))
          .isEqualTo(map("frames", 96L, "tags", Collections.singletonList("a")));
    }

    @Test
    void explicitNullOfANullableFieldReadsAsEmpty() throws IOException {
      Video video = parse(Video.class, "{\"id\":\"v\",\"completed_at\":null,\"error\":null}");

      assertThat(video.completedAt()).isEmpty();
      assertThat(video.error()).isEmpty();
    }

    @Test
    void aWrongTypeIsStillAnError() {
      assertThatThrownBy(() -> parse(Video.class, "{\"progress\":\"half\"}"))
          .isInstanceOf(JsonDataException.class)
          .hasMessageContaining("$.progress");
    }
  }

  @Nested
  class Writing {

    @Test
    void nullableResponseFieldsAreWrittenAsNullLikeTheProviderDoes() {
      Video video = Video.builder().id("video_1").object(Video.ObjectEnum.VIDEO).model(VideoModel.SORA_2)
          .status(VideoStatus.IN_PROGRESS).progress(40).createdAt(1L).size(VideoSize.SIZE_1280X720)
          .seconds(VideoSeconds.SECONDS_4).build();

      String json = write(Video.class, video);

      assertThat(json).startsWith("{\"id\":\"video_1\"")
          .contains("\"remixed_from_video_id\":null", "\"completed_at\":null", "\"error\":null")
          .contains("\"status\":\"in_progress\"", "\"created_at\":1", "\"size\":\"1280x720\"");
    }

    @Test
    void unknownEnumConstantWithoutItsTextIsRejectedAtBuild() {
      Video.Builder builder = Video.builder().id("v").object(Video.ObjectEnum.VIDEO).model(VideoModel.SORA_2)
          .status(VideoStatus.UNKNOWN).progress(0).createdAt(0L).size(VideoSize.SIZE_720X1280)
          .seconds(VideoSeconds.SECONDS_4);

      assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("status: UNKNOWN has no text to send; set the value with rawStatus(String)");
    }
  }

  @Nested
  class Builders {

    @Test
    void builtObjectsAreImmutableAndComparable() {
      VideoList list = VideoList.builder().object(VideoList.ObjectEnum.LIST)
          .data(new java.util.ArrayList<Video>()).hasMore(false).build();

      assertThatThrownBy(() -> list.data().add(null)).isInstanceOf(UnsupportedOperationException.class);
      assertThat(list.toBuilder().build()).isEqualTo(list).hasSameHashCodeAs(list);
      assertThat(list.toBuilder().hasMore(true).build()).isNotEqualTo(list);
      assertThat(list.toString()).contains("has_more=false");
    }
  }

  @Nested
  class OpenEnums {
    @Test
    void documentedValuesAreCanonicalConstants() {
      assertThat(VideoModel.of("sora-2-pro")).isSameAs(VideoModel.SORA_2_PRO);
      assertThat(VideoModel.knownValues()).extracting(VideoModel::value)
          .containsExactly("sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08");
      assertThat(VideoSize.of("1792x1024").toString()).isEqualTo("1792x1024");
    }

    @Test
    void closedEnumsParseTheirWireValues() {
      assertThat(VideoStatus.fromValue("in_progress")).isEqualTo(VideoStatus.IN_PROGRESS);
      assertThat(VideoListOrder.DESC.toString()).isEqualTo("desc");
      assertThat(VideoContentVariant.fromValue("spritesheet")).isEqualTo(VideoContentVariant.SPRITESHEET);
    }
  }

  @Nested
  class NoReflection {
    @Test
    void moshiUsesTheGeneratedAdapterForEveryKindOfModel() {
      for (Class<?> type : new Class<?>[] {Video.class, VideoList.class, VideoStatus.class, VideoModel.class,
          DeletedVideo.class}) {
        JsonAdapter<?> adapter = moshi.adapter(type);
        assertThat(adapter.toString()).as(type.getSimpleName())
            .startsWith("JsonAdapter(" + type.getSimpleName() + ")");
      }
    }
  }

  private static Map.Entry<String, Object> entry(String key, Object value) {
    return new java.util.AbstractMap.SimpleEntry<>(key, value);
  }

  private static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<Object, Object> cast(Map<?, ?> map) {
    return (Map<Object, Object>) map;
  }
}
