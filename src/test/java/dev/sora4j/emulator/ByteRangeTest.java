package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Range header forms, against a body of 100 bytes. */
class ByteRangeTest {

  private static String range(String header) throws ByteRange.Unsatisfiable {
    ByteRange range = ByteRange.parse(header, 100);
    return range == null ? "whole" : range.first + "-" + range.last;
  }

  @Test
  void readsTheThreeForms() throws ByteRange.Unsatisfiable {
    assertThat(range("bytes=10-")).isEqualTo("10-99");
    assertThat(range("bytes=10-19")).isEqualTo("10-19");
    assertThat(range("bytes=-30")).isEqualTo("70-99");
    assertThat(range("bytes=-300")).isEqualTo("0-99");
    assertThat(range("bytes=90-500")).isEqualTo("90-99");
    assertThat(range("Bytes = 0-0 ".replace(" = ", "="))).isEqualTo("0-0");
  }

  @Test
  void ignoresWhatItDoesNotUnderstand() throws ByteRange.Unsatisfiable {
    assertThat(range(null)).isEqualTo("whole");
    assertThat(range("items=0-1")).isEqualTo("whole");
    assertThat(range("bytes=0-1,4-5")).isEqualTo("whole");
    assertThat(range("bytes=5-1")).isEqualTo("whole");
    assertThat(range("bytes=a-")).isEqualTo("whole");
    assertThat(range("bytes=-")).isEqualTo("whole");
    assertThat(range("bytes=99999999999999999999-")).isEqualTo("whole");
  }

  @Test
  void aRangeOutsideTheBodyIsUnsatisfiable() {
    assertThatThrownBy(() -> range("bytes=100-")).isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> range("bytes=-0")).isInstanceOf(ByteRange.Unsatisfiable.class);
  }
}
