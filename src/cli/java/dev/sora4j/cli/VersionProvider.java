package dev.sora4j.cli;

import dev.sora4j.VideosClient;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} with the library's version. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sora4j " + VideosClient.version(), "Java ${java.version} (${java.vendor})"};
  }
}
