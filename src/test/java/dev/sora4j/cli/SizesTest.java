package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void bytesAreShownInDecimalUnitsWithOneDecimal() {
    assertThat(Sizes.format(0)).isEqualTo("0 B");
    assertThat(Sizes.format(999)).isEqualTo("999 B");
    assertThat(Sizes.format(1000)).isEqualTo("1.0 kB");
    assertThat(Sizes.format(26_708)).isEqualTo("26.7 kB");
    assertThat(Sizes.format(999_999)).isEqualTo("1.0 MB");
    assertThat(Sizes.format(1_234_567)).isEqualTo("1.2 MB");
    assertThat(Sizes.format(5_000_000_000L)).isEqualTo("5.0 GB");
  }
}
