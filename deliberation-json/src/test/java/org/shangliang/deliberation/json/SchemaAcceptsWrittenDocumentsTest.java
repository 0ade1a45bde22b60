package org.shangliang.deliberation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Every document the writer produces validates against the schema of its kind in an independent
 * validator (networknt, draft 2020-12): records of every built-in profile and the broken records of
 * every rule, generated unit trees and work calendars, reports of broken records of every rule
 * (with messages in both languages, in one, or without) and obligations of valid records, the
 * built-in profile resources and generated profiles.
 */
class SchemaAcceptsWrittenDocumentsTest {
  private static final DeliberationJson JSON = DeliberationJson.create();
  private static final int SEEDS_PER_PROFILE = 600;
  private static final int[] SIZES = {20, 3, 8, 40, 100};

  /** Messages in both languages, in Chinese only and in English only. */
  private static final List<Locale[]> LANGUAGES =
      List.of(
          new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH},
          new Locale[] {Locale.SIMPLIFIED_CHINESE},
          new Locale[] {Locale.ENGLISH});

  static Stream<Profile> builtInProfiles() {
    return Stream.of(
        Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample(),
          DutyListProfiles.jinan());
  }

  private static <T> void assertValid(DocumentKind<T> kind, String text, Object context) {
    List<String> errors = SchemaHarness.errors(kind, text);
    if (!errors.isEmpty()) {
      assertThat(errors).as("%s %s: %s", kind.name(), context, text).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("builtInProfiles")
  void recordsOfEveryBuiltInProfileValidate(Profile profile) {
    ScenarioGen valid = Scenarios.valid(profile);
    for (long seed = 0; seed < SEEDS_PER_PROFILE; seed++) {
      Deliberation record = valid.generate(seed, SIZES[(int) (seed % SIZES.length)]).record();
      assertValid(DocumentKind.RECORD, JSON.write(DocumentKind.RECORD, record), "seed " + seed);
    }
    Deliberation record = valid.generate(1L, 40).record();
    assertValid(DocumentKind.RECORD, JSON.writePretty(DocumentKind.RECORD, record), "pretty");
  }

  @Test
  void brokenRecordsOfEveryRuleAndTheirReportsValidate() {
    Set<RuleCode> codes = new TreeSet<>();
    int violations = 0;
    for (Profile profile :
        Stream.concat(builtInProfiles(), Stream.of(RiskProfiles.jinanAssessing())).toList()) {
      for (RuleCode code : Scenarios.breakableCodes()) {
        if (!Scenarios.canBreak(profile, code)) {
          continue;
        }
        for (long seed = 0; seed < 3; seed++) {
          Scenario scenario = Scenarios.breaking(profile, code).generate(seed);
          assertValid(DocumentKind.RECORD, JSON.write(DocumentKind.RECORD, scenario.record()), code);
          ValidationReport report = scenario.validate();
          assertValid(DocumentKind.REPORT, JSON.write(DocumentKind.REPORT, report), code);
          if (seed == 0) {
            for (Locale[] languages : LANGUAGES) {
              DocumentKind<ValidationReport> withMessages =
                  DocumentKind.reportWithMessages(
                      Messages.builtIn(), profile.zone(), scenario.jurisdiction(), languages);
              assertValid(DocumentKind.REPORT, JSON.write(withMessages, report), code);
            }
          }
          report.violations().forEach(v -> codes.add(v.code()));
          violations += report.violations().size();
        }
      }
    }
    assertThat(codes).containsAll(Scenarios.breakableCodes());
    assertThat(violations).isGreaterThan(800);
  }

  @Test
  void generatedUnitTreesValidate() {
    for (Profile profile : builtInProfiles().toList()) {
      for (long seed = 0; seed < 150; seed++) {
        Jurisdiction tree =
            Generators.jurisdictions(profile).generate(new SplittableRandom(seed), (int) (seed % 200));
        assertValid(DocumentKind.JURISDICTION, JSON.write(DocumentKind.JURISDICTION, tree), seed);
      }
    }
  }

  @Test
  void generatedWorkCalendarsValidate() {
    for (long seed = 0; seed < 600; seed++) {
      int from = 1 + (int) (seed * 37 % 9990);
      HolidayCalendar calendar =
          Generators.workCalendars(from, from + (int) (seed % 8)).generate(new SplittableRandom(seed), 0);
      assertValid(DocumentKind.CALENDAR, JSON.write(DocumentKind.CALENDAR, calendar), seed);
    }
    assertValid(
        DocumentKind.CALENDAR, JSON.write(DocumentKind.CALENDAR, HolidayCalendar.of(Set.of(), Set.of())), "empty");
  }

  @Test
  void obligationsOfValidRecordsValidate() {
    List<Shape> shapes =
        List.of(
            Shape.any(),
            Shape.any().withDuties(),
            Shape.any().withEscalation(),
            Shape.any().withHotline(1),
            Shape.any().withHotline(2),
            Shape.any().withProgressReports(),
            Shape.any().withTakeUpAgain(),
            Shape.any().withCompletedDuties(),
            Shape.any().withRaisedProblems(),
            Shape.any().withMatterSize(MatterSize.URGENT));
    int owedInTotal = 0;
    for (Profile profile : builtInProfiles().toList()) {
      Obligations obligations = Obligations.of(profile);
      Jurisdiction units = Scenarios.valid(profile).generate(0L).jurisdiction();
      for (Shape shape : shapes) {
        for (long seed = 0; seed < 8; seed++) {
          Scenario scenario;
          try {
            scenario = Scenarios.valid(profile, shape).generate(seed);
          } catch (GenerationException impossible) {
            break; // the profile cannot make this shape
          }
          for (Instant at :
              List.of(scenario.at(), scenario.at().plus(Duration.ofDays(1)), scenario.at().plus(Duration.ofDays(400)))) {
            List<Obligation> owed = obligations.at(scenario.record(), at);
            assertValid(DocumentKind.OBLIGATIONS, JSON.write(DocumentKind.OBLIGATIONS, owed), shape);
            for (Locale[] languages : LANGUAGES) {
              DocumentKind<List<Obligation>> withMessages =
                  DocumentKind.obligationsWithMessages(Messages.builtIn(), profile.zone(), units, languages);
              assertValid(DocumentKind.OBLIGATIONS, JSON.write(withMessages, owed), shape);
            }
            owedInTotal += owed.size();
          }
        }
      }
    }
    assertThat(owedInTotal).isGreaterThan(100);
  }

  @Test
  void theDemosCaseFilesValidate() throws IOException {
    java.nio.file.Path cases =
        java.nio.file.Path.of("..", "examples", "src", "main", "resources", "org", "shangliang", "examples", "cases");
    int files = 0;
    try (Stream<java.nio.file.Path> all = Files.list(cases)) {
      for (java.nio.file.Path file : all.sorted().toList()) {
        DocumentKind<?> kind =
            file.getFileName().toString().endsWith("-units.json") ? DocumentKind.JURISDICTION : DocumentKind.RECORD;
        assertValid(kind, Files.readString(file, StandardCharsets.UTF_8), file.getFileName());
        files++;
      }
    }
    assertThat(files).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theBuiltInProfileResourcesAndGeneratedProfilesValidate() throws IOException {
    for (String id : List.of("jinan", "haidian", "bishan", "jinan-owners-example")) {
      String resource = "/org/shangliang/deliberation/json/profiles/" + id + ".json";
      try (InputStream in = DocumentKind.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        assertValid(DocumentKind.PROFILE, new String(in.readAllBytes(), StandardCharsets.UTF_8), id);
      }
    }
    for (Profile profile : builtInProfiles().toList()) {
      assertValid(DocumentKind.PROFILE, JSON.write(DocumentKind.PROFILE, profile), profile.id());
      Profile derived = profile.withIdentity("derived", LocalizedText.of("派生", "derived"));
      assertValid(DocumentKind.PROFILE, JSON.write(DocumentKind.PROFILE, derived), "derived " + profile.id());
    }
    for (long seed = 0; seed < 1000; seed++) {
      Profile profile = RandomProfiles.generate(new SplittableRandom(seed));
      assertValid(DocumentKind.PROFILE, JSON.write(DocumentKind.PROFILE, profile), "seed " + seed);
    }
  }

  @Test
  void aReportAndObligationsWithEveryTypeOfArgumentValidate() {
    Violation violation =
        new Violation.Builder()
            .code(RuleCode.of("custom.everything"))
            .severity(Severity.INFO)
            .path(Path.root())
            .addAllArgs(SchemaSamples.everyArgument())
            .source("test")
            .build();
    assertValid(
        DocumentKind.REPORT, JSON.write(DocumentKind.REPORT, ValidationReport.of(List.of(violation))), "every argument");
    Obligation obligation =
        new Obligation.Builder()
            .code(RuleCode.of("custom.everything"))
            .path(Path.of("outcome", "duties").index(0))
            .dueAt(Instant.parse("+10099-11-20T11:40:00Z"))
            .overdue(false)
            .addAllArgs(SchemaSamples.everyArgument())
            .build();
    assertValid(DocumentKind.OBLIGATIONS, JSON.write(DocumentKind.OBLIGATIONS, List.of(obligation)), "every argument");
  }
}
