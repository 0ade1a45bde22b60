package org.shangliang.deliberation.testkit.junit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.platform.commons.support.ReflectionSupport;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenario;

/** What the three sources share: the profile, the count and seed, the arguments and their names. */
final class Sources {
  static final String BUILT_IN_IDS = "jinan, haidian, bishan, jinan-owners-example";

  private Sources() {}

  /** The profile an annotation names by a built-in id or by a method. */
  static Profile profile(
      String annotation, String id, String methodName, ExtensionContext context) {
    boolean byId = !id.isBlank();
    boolean byMethod = !methodName.isBlank();
    if (byId == byMethod) {
      throw new ExtensionConfigurationException(
          annotation + ": give exactly one of profile (a built-in id: " + BUILT_IN_IDS
              + ") and profileMethod (a static method returning a Profile), were profile \""
              + id + "\" and profileMethod \"" + methodName + "\"");
    }
    return byId ? builtIn(annotation, id.strip()) : fromMethod(annotation, methodName.strip(), context);
  }

  private static Profile builtIn(String annotation, String id) {
    switch (id) {
      case "jinan":
        return Profiles.jinan();
      case "haidian":
        return Profiles.haidian();
      case "bishan":
        return Profiles.bishan();
      case "jinan-owners-example":
        return Profiles.jinanOwnersExample();
      default:
        throw new ExtensionConfigurationException(
            annotation + ": profile \"" + id + "\" is not a built-in profile (" + BUILT_IN_IDS
                + "); name a static method returning your own Profile with profileMethod");
    }
  }

  private static Profile fromMethod(String annotation, String name, ExtensionContext context) {
    Method method = findMethod(annotation, name, context);
    if (!Modifier.isStatic(method.getModifiers())) {
      throw new ExtensionConfigurationException(
          annotation + ": profileMethod \"" + name + "\" must be static");
    }
    if (!Profile.class.isAssignableFrom(method.getReturnType())) {
      throw new ExtensionConfigurationException(
          annotation + ": profileMethod \"" + name + "\" must return a Profile, returns "
              + method.getReturnType().getName());
    }
    Object profile = ReflectionSupport.invokeMethod(method, null);
    if (profile == null) {
      throw new ExtensionConfigurationException(
          annotation + ": profileMethod \"" + name + "\" returned null");
    }
    return (Profile) profile;
  }

  private static Method findMethod(String annotation, String name, ExtensionContext context) {
    int hash = name.indexOf('#');
    if (hash >= 0) {
      String className = name.substring(0, hash);
      String methodName = name.substring(hash + 1);
      Class<?> type =
          ReflectionSupport.tryToLoadClass(className)
              .getOrThrow(
                  e ->
                      new ExtensionConfigurationException(
                          annotation + ": profileMethod \"" + name + "\": no class " + className,
                          e));
      return ReflectionSupport.findMethod(type, methodName)
          .orElseThrow(() -> noMethod(annotation, name, type));
    }
    Class<?> testClass = context.getRequiredTestClass();
    for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
      Optional<Method> method = ReflectionSupport.findMethod(type, name);
      if (method.isPresent()) {
        return method.get();
      }
    }
    throw noMethod(annotation, name, testClass);
  }

  private static ExtensionConfigurationException noMethod(
      String annotation, String name, Class<?> type) {
    return new ExtensionConfigurationException(
        annotation + ": profileMethod \"" + name + "\": no method without parameters of that name in "
            + type.getName() + (type.getEnclosingClass() == null ? "" : " or the classes enclosing it"));
  }

  /** The annotation's count, or the count property's. */
  static int count(String annotation, int annotated, ExtensionContext context) {
    Optional<String> property = property(ScenarioSources.COUNT_PROPERTY, context);
    if (property.isPresent()) {
      int count;
      try {
        count = Integer.parseInt(property.get().strip());
      } catch (NumberFormatException e) {
        throw badProperty(ScenarioSources.COUNT_PROPERTY, property.get(), "a whole number", e);
      }
      if (count < 1) {
        throw badProperty(ScenarioSources.COUNT_PROPERTY, property.get(), "at least 1", null);
      }
      return count;
    }
    if (annotated < 1) {
      throw new ExtensionConfigurationException(
          annotation + ": count must be at least 1, was " + annotated);
    }
    return annotated;
  }

  /** The annotation's seed, or the seed property's. */
  static long seed(long annotated, ExtensionContext context) {
    Optional<String> property = property(ScenarioSources.SEED_PROPERTY, context);
    if (property.isEmpty()) {
      return annotated;
    }
    try {
      return Long.parseLong(property.get().strip());
    } catch (NumberFormatException e) {
      throw badProperty(ScenarioSources.SEED_PROPERTY, property.get(), "a whole number", e);
    }
  }

  /**
   * A property: the JUnit configuration parameter of that name, else the system property (read
   * explicitly, since a launcher need not fall back to system properties).
   */
  private static Optional<String> property(String name, ExtensionContext context) {
    Optional<String> parameter = context.getConfigurationParameter(name);
    return parameter.isPresent() ? parameter : Optional.ofNullable(System.getProperty(name));
  }

  static int size(String annotation, int size) {
    if (size < 0) {
      throw new ExtensionConfigurationException(
          annotation + ": size must be at least 0, was " + size);
    }
    return size;
  }

  private static ExtensionConfigurationException badProperty(
      String property, String value, String must, Throwable cause) {
    return new ExtensionConfigurationException(
        "the property " + property + " must be " + must + ", was \"" + value + "\"", cause);
  }

  /** Count scenarios from consecutive seeds, each named by its profile, its code if any and seed. */
  static Stream<Arguments> scenarios(
      long firstSeed, int count, String code, LongFunction<Scenario> generate) {
    return LongStream.range(0, count)
        .mapToObj(i -> argument(generate.apply(firstSeed + i), code));
  }

  static Arguments argument(Scenario scenario, String code) {
    String name =
        scenario.profile().id() + ", " + (code.isEmpty() ? "" : code + ", ") + "seed "
            + scenario.seed();
    return Arguments.of(Named.of(name, scenario));
  }
}
