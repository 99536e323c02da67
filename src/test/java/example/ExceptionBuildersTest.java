package example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sora4j.ApiException;
import dev.sora4j.AuthenticationException;
import dev.sora4j.BadRequestException;
import dev.sora4j.BulkInputException;
import dev.sora4j.ConflictException;
import dev.sora4j.ConnectionException;
import dev.sora4j.InternalServerException;
import dev.sora4j.JobFailedException;
import dev.sora4j.MalformedResponseException;
import dev.sora4j.NotFoundException;
import dev.sora4j.PermissionDeniedException;
import dev.sora4j.PollTimeoutException;
import dev.sora4j.RateLimitException;
import dev.sora4j.UnprocessableEntityException;
import dev.sora4j.VideosException;
import dev.sora4j.VideosTimeoutException;
import dev.sora4j.WebhookVerificationException;
import dev.sora4j.model.Video;
import dev.sora4j.model.VideoModel;
import dev.sora4j.model.VideoSeconds;
import dev.sora4j.model.VideoSize;
import dev.sora4j.model.VideoStatus;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Collections;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * A user's own tests, outside the library's package, build each exception the library throws, to
 * test the code that handles it.
 */
class ExceptionBuildersTest {
  private static final String ENVELOPE =
      "{\"error\": {\"message\": \"No video video_123\", \"type\": \"invalid_request_error\", \"code\": \"not_found\","
          + " \"param\": \"video_id\"}}";

  @Test
  void anApiExceptionIsBuiltAsAResponseWouldProduceIt() {
    NotFoundException notFound = NotFoundException.builder()
        .body(ENVELOPE)
        .headers(Headers.of("x-request-id", "req_1"))
        .build();

    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.getMessage()).isEqualTo(
        "404: No video video_123 (type invalid_request_error, code not_found, param video_id, request id req_1)");
    assertThat(notFound.type()).hasValue("invalid_request_error");
    assertThat(notFound.code()).hasValue("not_found");
    assertThat(notFound.param()).hasValue("video_id");
    assertThat(notFound.requestId()).hasValue("req_1");
    assertThat(notFound.headers().get("X-Request-Id")).isEqualTo("req_1");
    assertThat(notFound.jobMayExist()).isFalse();
  }

  @Test
  void fieldsSetOneByOneWinOverTheBodyAndABodyThatIsNotTheEnvelopeIsASnippet() {
    InternalServerException gateway = InternalServerException.builder().statusCode(502)
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
    assertThat(gateway.statusCode()).isEqualTo(502);
    assertThat(gateway.bodySnippet()).hasValue("502 Bad Gateway");

    BadRequestException bad = BadRequestException.builder().body(ENVELOPE).message("seconds: must be 4, 8 or 12")
        .param("seconds").build();
    assertThat(bad.getMessage()).startsWith("400: seconds: must be 4, 8 or 12 (");
    assertThat(bad.param()).hasValue("seconds");
  }

  @Test
  void eachStatusHasItsClassAndEachClassItsStatus() {
    assertThat(BadRequestException.builder().build().statusCode()).isEqualTo(400);
    assertThat(AuthenticationException.builder().build().statusCode()).isEqualTo(401);
    assertThat(PermissionDeniedException.builder().build().statusCode()).isEqualTo(403);
    assertThat(NotFoundException.builder().build().statusCode()).isEqualTo(404);
    assertThat(ConflictException.builder().build().statusCode()).isEqualTo(409);
    assertThat(UnprocessableEntityException.builder().build().statusCode()).isEqualTo(422);
    assertThat(RateLimitException.builder().build().statusCode()).isEqualTo(429);
    assertThat(InternalServerException.builder().build().statusCode()).isEqualTo(500);
    IllegalStateException underneath = new IllegalStateException("proxy");
    ApiException other = ApiException.builder().statusCode(413).message("too large").cause(underneath).build();
    assertThat(other).hasCause(underneath);
    assertThat(other.statusCode()).isEqualTo(413);
    assertThat(other.getMessage()).isEqualTo("413: too large");

    assertThatThrownBy(() -> NotFoundException.builder().statusCode(500))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statusCode: NotFoundException stands for status 404, was 500");
    assertThatThrownBy(() -> InternalServerException.builder().statusCode(404))
        .hasMessage("statusCode: InternalServerException stands for statuses 500 to 599, was 404");
    assertThatThrownBy(() -> ApiException.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("statusCode: not set; call statusCode(...)");
  }

  @Test
  void aRateLimitSaysHowLongTheServerAskedToWait() {
    RateLimitException seconds = RateLimitException.builder().headers(Collections.singletonMap("retry-after", "7"))
        .build();
    assertThat(seconds.retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(seconds.headers().get("Retry-After")).isEqualTo("7");

    RateLimitException millis = RateLimitException.builder()
        .headers(Headers.of("retry-after-ms", "250", "retry-after", "1")).build();
    assertThat(millis.retryAfter()).hasValue(Duration.ofMillis(250));

    RateLimitException past = RateLimitException.builder()
        .headers(Headers.of("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")).build();
    assertThat(past.retryAfter()).hasValue(Duration.ZERO);

    assertThat(RateLimitException.builder().build().retryAfter()).isEmpty();
    assertThat(RateLimitException.builder().headers(Headers.of("retry-after", "soon")).build().retryAfter()).isEmpty();
  }

  @Test
  void theExceptionsWithoutAResponseAreBuiltToo() {
    IOException cause = new SocketTimeoutException("timeout");
    VideosTimeoutException timeout = VideosTimeoutException.builder().message("create: timed out").cause(cause)
        .jobMayExist(true).idempotencyKey("key-1").build();
    assertThat(timeout).isInstanceOf(ConnectionException.class).hasMessage("create: timed out").hasCause(cause);
    assertThat(timeout.jobMayExist()).isTrue();
    assertThat(timeout.idempotencyKey()).hasValue("key-1");

    ConnectionException refused = ConnectionException.builder().message("retrieve: could not connect").build();
    assertThat(refused.jobMayExist()).isFalse();
    assertThat(refused.idempotencyKey()).isEmpty();

    MalformedResponseException malformed = MalformedResponseException.builder().message("list: not JSON")
        .requestId("req_9").build();
    assertThat(malformed.requestId()).hasValue("req_9");

    VideosException plain = new VideosException("interrupted", null);
    assertThat(plain.jobMayExist()).isFalse();

    WebhookVerificationException webhook = WebhookVerificationException.builder()
        .message("webhook-signature: no signature matches").build();
    assertThat(webhook).hasMessage("webhook-signature: no signature matches");

    assertThatThrownBy(() -> ConnectionException.builder().build()).hasMessage("message: not set; call message(...)");
  }

  @Test
  void theJobExceptionsTakeTheJob() {
    Video failed = job("video_1", VideoStatus.FAILED);
    JobFailedException jobFailed = JobFailedException.builder().video(failed).build();
    assertThat(jobFailed.video()).isSameAs(failed);
    assertThat(jobFailed).hasMessageStartingWith("video job video_1 failed");

    Video running = job("video_2", VideoStatus.IN_PROGRESS);
    PollTimeoutException timedOut = PollTimeoutException.builder().videoId("video_2").video(running)
        .timeout(Duration.ofMinutes(5)).build();
    assertThat(timedOut.video()).isSameAs(running);
    assertThat(timedOut).hasMessageStartingWith("video job video_2 still in_progress at 40% after waiting 5 min");

    assertThatThrownBy(() -> JobFailedException.builder().build()).hasMessage("video: not set; call video(...)");
  }

  private static Video job(String id, VideoStatus status) {
    return Video.builder().id(id).object(Video.ObjectEnum.VIDEO).model(VideoModel.SORA_2).status(status).progress(40)
        .createdAt(1712697600L).size(VideoSize.SIZE_720X1280).seconds(VideoSeconds.SECONDS_4).build();
  }

  @Test
  void aBulkInputExceptionListsItsProblems() {
    BulkInputException input = BulkInputException.builder().file("prompts.jsonl")
        .problem("line 3: prompt: required").problemCount(2).build();
    assertThat(input.problems()).containsExactly("line 3: prompt: required");
    assertThat(input.problemCount()).isEqualTo(2);
    assertThat(input).hasMessageStartingWith("prompts.jsonl: 2 lines cannot run; no job was started");
  }
}
