package dev.sora4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** sora4j's own version, from the properties file the build writes. */
final class Version {
  static final String VERSION = load();

  private Version() {
  }

  private static String load() {
    // an absolute name: a shrinker that renames this class's package leaves resources where they are
    try (InputStream in = Version.class.getResourceAsStream("/dev/sora4j/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
