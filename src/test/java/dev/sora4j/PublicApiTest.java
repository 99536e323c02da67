package dev.sora4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API names only public types: no public or protected member of a public library class
 * takes, returns or throws a type a user cannot name, such as the package-private wire-only models
 * (request bodies, input references, the error envelope) the facade builds and reads for its users.
 */
class PublicApiTest {
  private static final List<String> LIBRARY_PACKAGES = Arrays.asList("dev.sora4j", "dev.sora4j.model");

  @Test
  void noPublicMemberExposesANonPublicLibraryType() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> classes = libraryClasses();
    assertThat(classes).as("the library's classes were found").contains(Videos.class, CreateVideoRequest.class);

    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : classes) {
      leaks.addAll(leaks(type));
    }
    assertThat(leaks).as("public members that expose a non-public type").isEmpty();
  }

  @Test
  void theCheckSeesALeak() {
    // Guards the check itself: each way a member can name a type is reported. (Leaky sits in a
    // package-private test class, so its members are read directly.)
    assertThat(memberLeaks(Leaky.class)).hasSize(4).allMatch(leak -> leak.contains(CreateVideoRequest.class.getName()));
  }

  /** A public class that names a wire-only model in its return type, a parameter, a type argument and a field. */
  public static final class Leaky {
    public CreateVideoRequest body;

    public CreateVideoRequest body() {
      return body;
    }

    public void send(CreateVideoRequest request) {
      body = request;
    }

    public List<? extends CreateVideoRequest> all() {
      return new ArrayList<>();
    }
  }

  private static List<String> leaks(Class<?> type) {
    return isVisible(type) ? memberLeaks(type) : new ArrayList<>();
  }

  private static List<String> memberLeaks(Class<?> type) {
    List<String> leaks = new ArrayList<>();
    List<Member> members = new ArrayList<>();
    members.addAll(Arrays.asList(type.getDeclaredMethods()));
    members.addAll(Arrays.asList(type.getDeclaredConstructors()));
    members.addAll(Arrays.asList(type.getDeclaredFields()));
    for (Member member : members) {
      if (member.isSynthetic() || !(Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers()))) {
        continue;
      }
      for (Type named : namedTypes(member)) {
        for (Class<?> hidden : hiddenTypes(named)) {
          leaks.add(type.getName() + "." + member.getName() + " exposes " + hidden.getName());
        }
      }
    }
    return leaks;
  }

  private static List<Type> namedTypes(Member member) {
    List<Type> types = new ArrayList<>();
    if (member instanceof Method) {
      Method method = (Method) member;
      types.add(method.getGenericReturnType());
      types.addAll(Arrays.asList(method.getGenericParameterTypes()));
      types.addAll(Arrays.asList(method.getGenericExceptionTypes()));
    } else if (member instanceof Constructor) {
      Constructor<?> constructor = (Constructor<?>) member;
      types.addAll(Arrays.asList(constructor.getGenericParameterTypes()));
      types.addAll(Arrays.asList(constructor.getGenericExceptionTypes()));
    } else {
      types.add(((Field) member).getGenericType());
    }
    return types;
  }

  /** The library classes a type names (with its type arguments and bounds) that a user cannot see. */
  private static List<Class<?>> hiddenTypes(Type type) {
    List<Class<?>> hidden = new ArrayList<>();
    if (type instanceof Class) {
      Class<?> raw = (Class<?>) type;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (!raw.isPrimitive() && raw.getName().startsWith("dev.sora4j.") && !isVisible(raw)) {
        hidden.add(raw);
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      hidden.addAll(hiddenTypes(parameterized.getRawType()));
      for (Type argument : parameterized.getActualTypeArguments()) {
        hidden.addAll(hiddenTypes(argument));
      }
    } else if (type instanceof GenericArrayType) {
      hidden.addAll(hiddenTypes(((GenericArrayType) type).getGenericComponentType()));
    } else if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      for (Type bound : wildcard.getUpperBounds()) {
        hidden.addAll(hiddenTypes(bound));
      }
      for (Type bound : wildcard.getLowerBounds()) {
        hidden.addAll(hiddenTypes(bound));
      }
    } else if (type instanceof TypeVariable) {
      for (Type bound : ((TypeVariable<?>) type).getBounds()) {
        hidden.addAll(hiddenTypes(bound));
      }
    }
    return hidden;
  }

  /** Public, and so are all the classes it is nested in. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static List<Class<?>> libraryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Paths.get(Videos.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : LIBRARY_PACKAGES) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(root.resolve(pkg.replace('.', '/')))) {
        files = listing.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
        classes.add(Class.forName(pkg + "." + simple, false, PublicApiTest.class.getClassLoader()));
      }
    }
    return classes;
  }
}
