package dev.sora4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** What compatible servers send outside the contract is read, and written back as they sent it. */
class ToleranceTest {
  private final Moshi moshi = new Moshi.Builder().build();

  /** Bifrost's float progress, LiteLLM's status and usage, and a relay's integer extras, in the order the adapter writes. */
  private static final String GATEWAY_VIDEO = "{\"id\":\"video_1\",\"object\":\"video\",\"model\":\"openai/sora-2\","
      + "\"status\":\"processing\",\"progress\":42.5,\"created_at\":1712697600,\"size\":\"1x1\",\"seconds\":\"x\","
      + "\"usage\":{\"duration_seconds\":8},\"frames\":96,\"ratio\":1.5,\"tags\":[1,2]}";

  @Test
  void aGatewayVideoParsesKeepsItsRawTextsAndWritesBackTheSameJson() throws IOException {
    Video video = moshi.adapter(Video.class).fromJson(GATEWAY_VIDEO);

    assertThat(video.progress()).isEqualTo(42);
    assertThat(video.status()).isEqualTo(VideoStatus.UNKNOWN);
    assertThat(video.rawStatus()).isEqualTo("processing");
    assertThat(video.size().value()).isEqualTo("1x1");
    assertThat(video.seconds().value()).isEqualTo("x");
    assertThat(video.additionalProperties().get("frames")).isEqualTo(96L);
    assertThat(video.additionalProperties().get("ratio")).isEqualTo(1.5);
    assertThat(video.toString()).contains("status=processing", "progress=42.5");
    String written = moshi.adapter(Video.class).toJson(video);
    assertThat(withoutNulls(written)).isEqualTo(moshi.adapter(Object.class).fromJson(GATEWAY_VIDEO));
    assertThat(written).contains("\"progress\":42.5,", "\"frames\":96,", "{\"duration_seconds\":8}", "[1,2]");
  }

  /** The JSON as a tree, without the nulls the writer adds for the nullable keys a gateway left out. */
  private Object withoutNulls(String json) throws IOException {
    Map<?, ?> tree = (Map<?, ?>) moshi.adapter(Object.class).fromJson(json);
    tree.values().removeIf(Objects::isNull);
    return tree;
  }

  @Test
  void aNumberSentAsAStringIsReadAndSentBackAsAString() throws IOException {
    String json = "{\"id\":\"v\",\"progress\":\"7\",\"created_at\":\"1712697600\"}";
    Video video = moshi.adapter(Video.class).fromJson(json);

    assertThat(video.progress()).isEqualTo(7);
    assertThat(video.createdAt()).isEqualTo(1712697600L);
    assertThat(withoutNulls(moshi.adapter(Video.class).toJson(video)))
        .isEqualTo(moshi.adapter(Object.class).fromJson(json));
  }

  @Test
  void negativeFractionsRoundDownToo() throws IOException {
    assertThat(moshi.adapter(Video.class).fromJson("{\"progress\":-0.5}").progress()).isEqualTo(-1);
  }

  @Test
  void aValueThatIsNoNumberAtAllIsATypedErrorNamingTheProperty() {
    assertThatThrownBy(() -> moshi.adapter(Video.class).fromJson("{\"id\":\"v\",\"progress\":\"fifty\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("progress: expected an integer but was \"fifty\" at $.progress");
    assertThatThrownBy(() -> moshi.adapter(Video.class).fromJson("{\"progress\":1e12}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("progress: integer out of range");
  }

  @Test
  void settingATypedValueDropsTheFormTheServerSent() throws IOException {
    Video video = moshi.adapter(Video.class).fromJson(GATEWAY_VIDEO);
    Video changed = video.toBuilder().progress(50).status(VideoStatus.COMPLETED).build();

    String written = moshi.adapter(Video.class).toJson(changed);
    assertThat(written).contains("\"status\":\"completed\",\"progress\":50,");
    assertThat(changed).isNotEqualTo(video);
    assertThat(video.toBuilder().build()).isEqualTo(video).hasSameHashCodeAs(video);
  }

  @Test
  void aRawStatusCanBeBuiltAndSwitchedOn() {
    Video video = Video.builder().id("v").object(Video.ObjectEnum.VIDEO).model(VideoModel.SORA_2)
        .rawStatus("cancelled").progress(0).createdAt(0L).size(VideoSize.SIZE_720X1280)
        .seconds(VideoSeconds.SECONDS_4).build();

    String outcome;
    switch (video.status()) {
      case COMPLETED:
        outcome = "done";
        break;
      case UNKNOWN:
        outcome = "other: " + video.rawStatus();
        break;
      default:
        outcome = "known";
        break;
    }
    assertThat(outcome).isEqualTo("other: cancelled");
    assertThat(moshi.adapter(Video.class).toJson(video)).contains("\"status\":\"cancelled\"");
    Video known = video.toBuilder().rawStatus("queued").build();
    assertThat(known.status()).isEqualTo(VideoStatus.QUEUED);
    assertThat(known.rawStatus()).isEqualTo("queued");
  }

  @Test
  void keysAGatewayLeavesOutReadAsAbsent() throws IOException {
    Video video = moshi.adapter(Video.class).fromJson("{\"id\":\"v\",\"status\":\"in_progress\",\"progress\":3}");
    VideoList list = moshi.adapter(VideoList.class).fromJson("{\"object\":\"list\",\"data\":[]}");

    assertThat(video.completedAt()).isEmpty();
    assertThat(video.expiresAt()).isEmpty();
    assertThat(video.error()).isEmpty();
    assertThat(list.hasMore()).isNull();
    assertThat(list.firstId()).isEmpty();
    assertThat(list.lastId()).isEmpty();
    assertThat(moshi.adapter(VideoList.class).toJson(list)).isEqualTo("{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null}");
  }

  @Test
  void everyClosedEnumKeepsItsText() throws IOException {
    DeletedVideo deleted = moshi.adapter(DeletedVideo.class).fromJson("{\"object\":\"deleted\",\"deleted\":true,\"id\":\"v\"}");
    VideoWebhookEvent event = moshi.adapter(VideoWebhookEvent.class)
        .fromJson("{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1,\"type\":\"video.cancelled\",\"data\":{\"id\":\"v\"}}");

    assertThat(deleted.object()).isEqualTo(DeletedVideo.ObjectEnum.UNKNOWN);
    assertThat(deleted.rawObject()).isEqualTo("deleted");
    assertThat(event.type().value()).isEqualTo("video.cancelled"); // an open value: the text as sent
    assertThat(moshi.adapter(VideoWebhookEvent.class).toJson(event)).contains("\"type\":\"video.cancelled\"");
  }

  /** The forms the contract gives seconds, size and prompt bind what a client sends, never what it reads. */
  @Test
  void aVideoWithMalformedSecondsSizeOrPromptIsStillRead() throws IOException {
    String json = "{\"id\":\"v\",\"object\":\"video\",\"seconds\":\"abc\",\"size\":\"banana\",\"prompt\":\"  \","
        + "\"model\":\" \",\"status\":\"completed\",\"progress\":100,\"created_at\":1}";

    Video video = moshi.adapter(Video.class).fromJson(json);

    assertThat(video.seconds().value()).isEqualTo("abc");
    assertThat(video.seconds().isWellFormed()).isFalse();
    assertThat(video.size().value()).isEqualTo("banana");
    assertThat(video.size().isWellFormed()).isFalse();
    assertThat(video.prompt()).contains("  ");
    assertThat(video.model().value()).isEqualTo(" ");
    assertThat(VideoSeconds.of("abc").value()).isEqualTo("abc");
    assertThat(VideoSize.of("banana").value()).isEqualTo("banana");
    assertThat(withoutNulls(moshi.adapter(Video.class).toJson(video)))
        .isEqualTo(moshi.adapter(Object.class).fromJson(json));
  }
}
