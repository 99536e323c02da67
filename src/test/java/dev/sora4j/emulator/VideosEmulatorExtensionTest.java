package dev.sora4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension injects one running emulator wherever a test class asks for it. */
@ExtendWith(VideosEmulatorExtension.class)
class VideosEmulatorExtensionTest {
  private static VideosEmulator fromBeforeAll;
  private final VideosEmulator fromConstructor;
  private VideosEmulator fromBeforeEach;

  VideosEmulatorExtensionTest(VideosEmulator emulator) {
    this.fromConstructor = emulator;
  }

  @BeforeAll
  static void beforeAll(VideosEmulator emulator) {
    fromBeforeAll = emulator;
  }

  @BeforeEach
  void beforeEach(VideosEmulator emulator) {
    fromBeforeEach = emulator;
  }

  @AfterAll
  static void theEmulatorStillServesInAfterAll(VideosEmulator emulator) {
    assertThat(emulator).isSameAs(fromBeforeAll);
    assertThat(new EmulatorHttp(emulator).get("videos").code).isEqualTo(200);
  }

  @Test
  void everyInjectionPointGetsTheSameRunningEmulator(VideosEmulator emulator) {
    assertThat(emulator).isSameAs(fromBeforeAll).isSameAs(fromConstructor).isSameAs(fromBeforeEach);
    assertThat(new EmulatorHttp(emulator).get("videos").code).isEqualTo(200);
  }

  @Test
  void stateIsSharedAcrossTheClassTests(VideosEmulator emulator) {
    new EmulatorHttp(emulator).create("kept for the class");
    assertThat(new EmulatorHttp(emulator).get("videos").text()).contains("kept for the class");
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterClassEmulator(VideosEmulator emulator) {
      assertThat(emulator).isSameAs(fromBeforeAll);
    }
  }
}
