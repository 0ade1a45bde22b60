package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the module's exported packages: a change of the API surface must be deliberate. */
class ModuleTest {
  private static ModuleDescriptor descriptor() throws IOException {
    Path classes = Path.of("target", "classes");
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"));
        Stream<Path> files = Files.walk(classes)) {
      Set<String> packages =
          files
              .filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
              .map(f -> classes.relativize(f.getParent()).toString().replace('/', '.'))
              .collect(Collectors.toSet());
      return ModuleDescriptor.read(in, () -> packages);
    }
  }

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("org.shangliang.deliberation");
    Set<String> exports =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exports)
        .containsExactlyInAnyOrder(
            "org.shangliang.deliberation",
            "org.shangliang.deliberation.decision",
            "org.shangliang.deliberation.meeting",
            "org.shangliang.deliberation.outcome",
            "org.shangliang.deliberation.party",
            "org.shangliang.deliberation.process",
            "org.shangliang.deliberation.profile",
            "org.shangliang.deliberation.query",
            "org.shangliang.deliberation.rules",
            "org.shangliang.deliberation.tier",
            "org.shangliang.deliberation.topic",
            "org.shangliang.deliberation.unit",
            "org.shangliang.deliberation.validation",
            "org.shangliang.deliberation.similar");
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void keepsInternalPackagesHidden() throws IOException {
    ModuleDescriptor module = descriptor();
    Set<String> exports =
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(module.packages())
        .contains("org.shangliang.deliberation.internal", "org.shangliang.deliberation.rules.internal");
    assertThat(exports).noneMatch(p -> p.contains("internal"));
  }

  @Test
  void dependsOnNoJacksonAndReadsNoOtherRuntimeModuleThanSlf4j() throws IOException {
    Set<String> requires =
        descriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertThat(requires).containsExactlyInAnyOrder("java.base", "org.slf4j");
  }
}
