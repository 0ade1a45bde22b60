package org.shangliang.deliberation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package structure of DESIGN.md §1-2: no cycles, no I/O or clock in the core. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shangliang.deliberation");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.shangliang.deliberation.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void modelPackagesDoNotDependOnValidationOrProfiles() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.shangliang.deliberation.unit..",
            "org.shangliang.deliberation.party..",
            "org.shangliang.deliberation.topic..",
            "org.shangliang.deliberation.tier..",
            "org.shangliang.deliberation.process..",
            "org.shangliang.deliberation.decision..",
            "org.shangliang.deliberation.meeting..",
            "org.shangliang.deliberation.outcome..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.shangliang.deliberation.profile..",
            "org.shangliang.deliberation.rules..",
            "org.shangliang.deliberation.validation..")
        .check(classes);
  }

  @Test
  void coreNeverReadsTheSystemClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .check(classes);
  }

  @Test
  void coreDoesNoFileOrNetworkIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .check(classes);
  }

  @Test
  void coreUsesNoFloatingPoint() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Double")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.Float")
        .check(classes);
  }
}
