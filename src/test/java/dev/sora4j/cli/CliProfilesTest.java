package dev.sora4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sora4j.emulator.ServerProfile;
import dev.sora4j.emulator.VideosEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tool's main job (create, wait, save the MP4) on every server the emulator plays, configured by flags only. */
class CliProfilesTest {
  private static final String KEY = "sk-cli-profile";

  @TempDir
  Path dir;

  /** The flags a user of each server passes besides --base-url and --api-key. */
  private static List<String> flagsFor(ServerProfile profile) {
    switch (profile) {
      case AZURE:
        return Arrays.asList("--auth-header", "api-key", "--query", "api-version=preview");
      case LITELLM:
        return Arrays.asList("--auth-header", "x-litellm-api-key", "--model", "veo-3.1-generate-preview");
      case BIFROST:
        return Arrays.asList("--model", "openai/sora-2");
      default:
        return new ArrayList<>();
    }
  }

  @ParameterizedTest
  @EnumSource(ServerProfile.class)
  void createWaitAndSaveOnEveryProfile(ServerProfile profile) throws IOException {
    try (VideosEmulator emulator = VideosEmulator.builder().profile(profile).speedFactor(30).requiredApiKey(KEY).start()) {
      Path target = dir.resolve(profile.name() + ".mp4");
      List<String> args = new ArrayList<>(Arrays.asList("create", "--base-url", emulator.baseUrl(), "--api-key", KEY,
          "--prompt", "A calico cat", "--wait", "--output", target.toString()));
      args.addAll(flagsFor(profile));

      CliRun run = CliRun.run(args.toArray(new String[0]));

      assertThat(run.exitCode).as(run.toString()).isZero();
      byte[] mp4 = Files.readAllBytes(target);
      assertThat(new String(mp4, 4, 4, "US-ASCII")).isEqualTo("ftyp");
      assertThat(run.out + run.err).doesNotContain(KEY);
    }
  }

  @Test
  void theEmulatorCommandRejectsAnUnknownProfileOrFault() {
    CliRun profile = CliRun.run("emulator", "--port", "0", "--profile", "together");
    CliRun fault = CliRun.run("emulator", "--port", "0", "--fault", "teapot");

    assertThat(profile.exitCode).isEqualTo(Main.USAGE);
    assertThat(profile.err).contains("profile: expected one of openai, azure, litellm, bifrost, redirecting");
    assertThat(fault.exitCode).isEqualTo(Main.USAGE);
    assertThat(fault.err).contains("fault: expected rate-limit");
  }
}
