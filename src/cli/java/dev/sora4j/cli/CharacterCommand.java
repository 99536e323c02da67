package dev.sora4j.cli;

import dev.sora4j.CharacterCreateRequest;
import dev.sora4j.model.VideosContract;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sora4j character create|get}: characters to cast in later prompts. */
@Command(name = "character",
    description = "Upload or show a character, to be referred to in later prompts.",
    subcommands = {CharacterCommand.Create.class, CharacterCommand.Get.class})
final class CharacterCommand extends SubCommand {
  @Override
  public Integer call() {
    throw usageError("Missing command: create or get");
  }

  /** {@code sora4j character create --name NAME --video FILE}. */
  @Command(name = "create", sortOptions = false,
      description = "Upload a character from a video of it.")
  static final class Create extends SubCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME", order = 1,
        description = "The character's name, " + VideosContract.CHARACTER_NAME_MIN_LENGTH + " to "
            + VideosContract.CHARACTER_NAME_MAX_LENGTH + " characters.")
    String name;

    @Option(names = "--video", required = true, paramLabel = "FILE", order = 2,
        description = "A video file of the character, to upload.")
    Path video;

    @Mixin
    EmulatorOptions emulator;

    @Override
    EmulatorOptions emulatorOptions() {
      return emulator;
    }

    @Override
    public Integer call() {
      CharacterCreateRequest request = request(() -> CharacterCreateRequest.builder()
          .name(name)
          .video(existingFile("--video", video))
          .build());
      try (ApiSession session = connect()) {
        output().character(session.videos().createCharacter(request));
        return Main.OK;
      }
    }
  }

  /** {@code sora4j character get CHARACTER_ID}. */
  @Command(name = "get", description = "Show a character.")
  static final class Get extends SubCommand {
    @Parameters(paramLabel = "CHARACTER_ID", description = "The character's id.")
    String characterId;

    @Override
    public Integer call() {
      try (ApiSession session = connect()) {
        output().character(session.videos().retrieveCharacter(characterId));
        return Main.OK;
      }
    }
  }
}
