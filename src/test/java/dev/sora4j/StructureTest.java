package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's shape, which a reader relies on to find each mechanism in one place: no source
 * file too long to read, and no two top-level classes that need each other (so each can be read,
 * changed and tested on its own). Read from the compiled classes, so it holds whatever the classes
 * are called.
 */
class StructureTest {
  /** The longest a source file may grow before it carries more than one mechanism. */
  static final int MAX_LINES = 600;

  /** A class's name in a class file's constant pool, in descriptors and signatures as well as class entries. */
  private static final Pattern LIBRARY_CLASS = Pattern.compile("dev/sora4j/(?:model/)?[A-Za-z0-9_$]+");

  @Test
  void noSourceFileIsLongerThanTheLimit() throws IOException {
    Map<String, Long> tooLong = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
        if (lines > MAX_LINES) {
          tooLong.put(file.toString(), lines);
        }
      }
    }
    assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
  }

  @Test
  void noTwoTopLevelClassesDependOnEachOther() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = dependencies(libraryClasses());
    assertThat(uses).as("the library's classes were found").containsKeys("dev/sora4j/Videos", "dev/sora4j/model/Video");
    List<String> twoWay = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : uses.entrySet()) {
      for (String used : entry.getValue()) {
        if (entry.getKey().compareTo(used) < 0 && uses.getOrDefault(used, new TreeSet<>()).contains(entry.getKey())) {
          twoWay.add(entry.getKey() + " <-> " + used);
        }
      }
    }
    assertThat(twoWay).as("top-level classes that depend on each other").isEmpty();
  }

  @Test
  void theCheckSeesATwoWayDependency() throws IOException, URISyntaxException {
    // Guards the check itself: a nested class and its enclosing class know each other, so reading
    // them as separate classes must show both directions, which mapping to top-level classes hides.
    Path classes = libraryClasses();
    Path nested = classes.resolve("dev/sora4j/PollOptions$Builder.class");
    Path outer = classes.resolve("dev/sora4j/PollOptions.class");
    assertThat(referencedClasses(nested)).contains("dev/sora4j/PollOptions");
    assertThat(referencedClasses(outer)).contains("dev/sora4j/PollOptions$Builder");
  }

  private static Path libraryClasses() throws URISyntaxException {
    return Paths.get(Videos.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Each top-level class of the library, with the other top-level classes of the library it uses. */
  private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes.resolve("dev/sora4j"))) {
      files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    Set<String> known = new TreeSet<>();
    for (Path file : files) {
      known.add(topLevel(classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "")));
    }
    for (Path file : files) {
      String self = topLevel(classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", ""));
      Set<String> used = uses.computeIfAbsent(self, k -> new TreeSet<>());
      for (String name : referencedClasses(file)) {
        String other = topLevel(name);
        if (!other.equals(self) && known.contains(other)) {
          used.add(other);
        }
      }
    }
    return uses;
  }

  private static String topLevel(String name) {
    int dollar = name.indexOf('$');
    return dollar < 0 ? name : name.substring(0, dollar);
  }

  /** The library classes named anywhere in a class file's constant pool. */
  private static Set<String> referencedClasses(Path classFile) throws IOException {
    Set<String> names = new TreeSet<>();
    try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
      data.readInt(); // magic
      data.readUnsignedShort(); // minor
      data.readUnsignedShort(); // major
      int count = data.readUnsignedShort();
      for (int index = 1; index < count; index++) {
        int tag = data.readUnsignedByte();
        switch (tag) {
          case 1: // Utf8: class names, descriptors and signatures all live here
            Matcher matcher = LIBRARY_CLASS.matcher(data.readUTF());
            while (matcher.find()) {
              names.add(matcher.group());
            }
            break;
          case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
            data.readUnsignedShort();
            break;
          case 15: // MethodHandle
            data.readUnsignedByte();
            data.readUnsignedShort();
            break;
          case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: // four-byte entries
            data.readInt();
            break;
          case 5: case 6: // Long, Double take two slots
            data.readLong();
            index++;
            break;
          default:
            throw new IOException(classFile + ": unknown constant pool tag " + tag);
        }
      }
    }
    return names;
  }
}
