package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Keys are masked where they stand as a whole token, never inside an ordinary word. */
class SecretsTest {
  private static Secrets withKey(String key) {
    return Secrets.of(new String[] {"--api-key", key}, Collections.<String, String>emptyMap());
  }

  @Test
  void aShortKeyIsNotMaskedInsideWords() {
    assertThat(withKey("nown").redact("could not connect (UnknownHostException: no.such.host)"))
        .isEqualTo("could not connect (UnknownHostException: no.such.host)");
    assertThat(withKey("k").redact("UnknownHostException")).isEqualTo("UnknownHostException");
  }

  @Test
  void aKeyIsMaskedWhereverItStandsAlone() {
    assertThat(withKey("k").redact("Unknown options: '--api-kye', 'k'")).isEqualTo("Unknown options: '--api-kye', '***'");
    assertThat(withKey("sk-live-0123456789").redact("Bearer sk-live-0123456789; again:sk-live-0123456789."))
        .isEqualTo("Bearer ***; again:***.");
    assertThat(withKey("sk-live-0123456789").redact("'--api-key=sk-live-0123456789'")).isEqualTo("'--api-key=***'");
  }

  @Test
  void aKeyInsideALongerTokenIsStillMaskedWhenItIsLongEnoughToBeASecret() {
    // a key glued to other text (a URL's query, a header dump) must not leak for want of a boundary
    assertThat(withKey("sk-live-0123456789").redact("x-sk-live-0123456789y")).doesNotContain("sk-live-0123456789");
  }
}
