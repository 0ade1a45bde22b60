package org.shangliang.deliberation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootVersion;

/**
 * The starter's tests run under Spring Boot's dependency management, as a service's would: Boot's
 * BOM is imported before the parent's, so Boot's Jackson and SLF4J are on the class path, not the
 * versions the rest of the project pins.
 */
class DependencyVersionsTest {
  /** Spring Boot 3.5.7's {@code jackson-bom.version} and {@code slf4j.version}. */
  private static final String BOOT_JACKSON = "2.19.2";

  private static final String BOOT_SLF4J = "2.0.17";

  @Test
  void runsOnTheSpringBootOfTheBuild() {
    assertThat(SpringBootVersion.getVersion())
        .isEqualTo(System.getProperty("shangliang.spring-boot.version"))
        .isEqualTo("3.5.7");
  }

  @Test
  void jacksonOnTheClassPathIsBootsNotTheParents() {
    String jackson = PackageVersion.VERSION.toString();
    assertThat(jackson).isEqualTo(BOOT_JACKSON);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(BOOT_JACKSON);
    assertThat(jackson).isNotEqualTo(System.getProperty("shangliang.parent.jackson.version"));
  }

  @Test
  void slf4jOnTheClassPathIsBoots() {
    assertThat(LoggerFactory.class.getPackage().getImplementationVersion()).isEqualTo(BOOT_SLF4J);
    // Boot's logging (Logback), not the project's slf4j-simple, serves the API
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("ch.qos.logback");
  }
}
