package org.shangliang.deliberation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationModule;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;
import org.shangliang.examples.BishanCourtyardCase;
import org.shangliang.examples.Cases;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ShangliangAutoConfigurationTest {
  private static final String CASES = "classpath:org/shangliang/examples/cases/";
  private static final String BISHAN_UNITS = "shangliang.jurisdiction=" + CASES + "bishan-units.json";
  private static final Instant AFTER_30_HOURS = BishanCourtyardCase.RAISED.plusSeconds(30 * 3600);

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ShangliangAutoConfiguration.class));

  /** Documents the tests read, written to a folder (the repository keeps no JSON of its own here). */
  @TempDir static Path documents;

  private static final String LENIENT =
      "{\"schemaVersion\": \"1.0\", \"id\": \"bishan-lenient\", \"extends\": \"bishan\","
          + " \"name\": {\"zh\": \"璧山（不查解决方案时限）\", \"en\": \"Bishan without the solution time limit\"},"
          + " \"ruleSettings\": [{\"code\": \"meeting.problem.solution-late\", \"enabled\": false}]}";

  private static final String CALENDAR_2026 =
      "{\"schemaVersion\": \"1.0\", \"holidays\": [\"2026-10-01\", \"2026-10-02\", \"2026-10-05\"],"
          + " \"makeUpWorkingDays\": [\"2026-10-10\"]}";

  private static final String BROKEN_UNITS =
      "{\"schemaVersion\": \"1.0\",\n  \"units\": [\n    {\"id\": \"bishan\", \"level\": \"province-ish\", \"name\": \"璧山区\"}]}";

  /** The {@code file:} location of a document written to the temporary folder. */
  private static String file(String name, String text) throws Exception {
    Path file = documents.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toUri().toString();
  }

  private static Deliberation open() {
    return Cases.record("bishan-courtyard-open");
  }

  @Test
  void withoutProfileMakesNoValidatorButTheRest() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(Validator.class);
          assertThat(context).doesNotHaveBean(Obligations.class);
          assertThat(context).doesNotHaveBean(ConfiguredProfile.class);
          assertThat(context).hasSingleBean(DeliberationJson.class);
          assertThat(context).hasSingleBean(DeliberationMessages.class);
          assertThat(context.getBean(DeliberationProfiles.class).names()).isEmpty();
        });
  }

  @Test
  void builtInProfileIdMakesValidatorAndObligations() {
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .run(
            context -> {
              Validator validator = context.getBean(Validator.class);
              assertThat(validator.profile()).isEqualTo(Profiles.bishan());
              ValidationReport report = validator.validate(open(), AFTER_30_HOURS);
              assertThat(report.violations())
                  .extracting(v -> v.code().value())
                  .containsExactly("meeting.problem.solution-late");
              List<Obligation> owed = context.getBean(Obligations.class).at(open(), AFTER_30_HOURS);
              assertThat(owed).singleElement().satisfies(o -> assertThat(o.overdue()).isTrue());
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              assertThat(profile.name()).isEqualTo(DeliberationProfiles.DEFAULT);
              assertThat(profile.jurisdiction())
                  .isEqualTo(Cases.jurisdiction("bishan-units"));
            });
  }

  @Test
  void eachBuiltInIdNamesItsProfile() {
    for (String id : ProfileLoader.BUILT_IN.keySet()) {
      runner
          .withPropertyValues("shangliang.profile=" + id, BISHAN_UNITS)
          .run(context -> assertThat(context.getBean(Validator.class).profile().id()).isEqualTo(id));
    }
  }

  @Test
  void profileFromJsonResourceOnTheClassPath() {
    // the built-in profiles ship as documents in deliberation-json's jar
    runner
        .withPropertyValues(
            "shangliang.profile=classpath:org/shangliang/deliberation/json/profiles/haidian.json",
            BISHAN_UNITS)
        .run(context -> assertThat(context.getBean(Validator.class).profile()).isEqualTo(Profiles.haidian()));
  }

  @Test
  void profileFromJsonDocumentExtendsItsBase() throws Exception {
    runner
        .withPropertyValues("shangliang.profile=" + file("bishan-lenient.json", LENIENT), BISHAN_UNITS)
        .run(
            context -> {
              Validator validator = context.getBean(Validator.class);
              assertThat(validator.profile().id()).isEqualTo("bishan-lenient");
              assertThat(validator.validate(open(), AFTER_30_HOURS).violations()).isEmpty();
            });
  }

  @Test
  void profileFromFileMayExtendFileNextToIt(@TempDir Path folder) throws Exception {
    Files.writeString(
        folder.resolve("base.json"),
        DeliberationJson.create().write(DocumentKind.PROFILE, Profiles.bishan())
            .replace("\"id\":\"bishan\"", "\"id\":\"base\""),
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("city.json"),
        "{\"schemaVersion\": \"1.0\", \"id\": \"city\", \"extends\": \"base.json\","
            + " \"name\": {\"zh\": \"本市\", \"en\": \"our city\"}}",
        StandardCharsets.UTF_8);
    // a location without a prefix is a file
    runner
        .withPropertyValues("shangliang.profile=" + folder.resolve("city.json"), BISHAN_UNITS)
        .run(
            context -> {
              Validator validator = context.getBean(Validator.class);
              assertThat(validator.profile().id()).isEqualTo("city");
              assertThat(validator.profile().tiers()).isEqualTo(Profiles.bishan().tiers());
            });
    runner
        .withPropertyValues(
            "shangliang.profile=" + folder.resolve("city.json").toUri(), BISHAN_UNITS)
        .run(context -> assertThat(context.getBean(Validator.class).profile().id()).isEqualTo("city"));
  }

  @Test
  void calendarFromJsonDocumentOrWeekendsOnlyWhenUnset() throws Exception {
    LocalDate nationalDay = LocalDate.of(2026, 10, 1); // a Thursday
    LocalDate makeUpSaturday = LocalDate.of(2026, 10, 10);
    runner
        .withPropertyValues(
            "shangliang.profile=bishan",
            BISHAN_UNITS,
            "shangliang.calendar=" + file("calendar-2026.json", CALENDAR_2026))
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              assertThat(profile.calendar().isWorkingDay(nationalDay)).isFalse();
              assertThat(profile.calendar().isWorkingDay(makeUpSaturday)).isTrue();
            });
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              assertThat(profile.calendar().isWorkingDay(nationalDay)).isTrue();
              assertThat(profile.calendar().isWorkingDay(makeUpSaturday)).isFalse();
            });
  }

  @Test
  void namedProfilesServeSeveralCities() throws Exception {
    runner
        .withPropertyValues(
            "shangliang.profile=jinan",
            "shangliang.jurisdiction=" + CASES + "jinan-units.json",
            "shangliang.profiles.bishan.profile=bishan",
            "shangliang.profiles.bishan.jurisdiction=" + CASES + "bishan-units.json",
            "shangliang.profiles.bishan.calendar=" + file("calendar-2026.json", CALENDAR_2026),
            "shangliang.profiles.haidian.profile=haidian",
            "shangliang.profiles.haidian.jurisdiction=" + CASES + "haidian-units.json")
        .run(
            context -> {
              DeliberationProfiles profiles = context.getBean(DeliberationProfiles.class);
              assertThat(profiles.names()).containsExactly("default", "bishan", "haidian");
              assertThat(profiles.find("bishan").orElseThrow().profile()).isEqualTo(Profiles.bishan());
              assertThat(profiles.find("haidian").orElseThrow().jurisdiction())
                  .isEqualTo(Cases.jurisdiction("haidian-units"));
              assertThat(profiles.find("bishan").orElseThrow().calendar().isWorkingDay(LocalDate.of(2026, 10, 1)))
                  .isFalse();
              assertThat(profiles.find("nanjing")).isEmpty();
              assertThat(context.getBean(Validator.class).profile()).isEqualTo(Profiles.jinan());
            });
  }

  @Test
  void namedProfilesAloneMakeNoDefaultValidator() {
    runner
        .withPropertyValues(
            "shangliang.profiles.bishan.profile=bishan",
            "shangliang.profiles.bishan.jurisdiction=" + CASES + "bishan-units.json")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(Validator.class);
              assertThat(context.getBean(DeliberationProfiles.class).names()).containsExactly("bishan");
            });
  }

  @Test
  void refusesNamedProfileCalledDefaultBesideTheTopLevelOne() {
    runner
        .withPropertyValues(
            "shangliang.profile=bishan",
            BISHAN_UNITS,
            "shangliang.profiles.default.profile=jinan",
            "shangliang.profiles.default.jurisdiction=" + CASES + "jinan-units.json")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("shangliang.profiles.default"));
  }

  @Test
  void refusesProfileWithoutJurisdiction() {
    runner
        .withPropertyValues("shangliang.profiles.bishan.profile=bishan")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("shangliang.profiles.bishan.jurisdiction: required"));
  }

  @Test
  void namesPropertyAndPointerOfAnUnreadableDocument() throws Exception {
    runner
        .withPropertyValues(
            "shangliang.profile=bishan", "shangliang.jurisdiction=" + file("broken-units.json", BROKEN_UNITS))
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("shangliang.jurisdiction: cannot read")
                    .hasStackTraceContaining("/units/0/level (line 3, column "));
    runner
        .withPropertyValues("shangliang.profile=classpath:shangliang/missing.json", BISHAN_UNITS)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("shangliang.profile: cannot read"));
  }

  @Test
  void clockBeanGivesNow() {
    Clock fixed = Clock.fixed(AFTER_30_HOURS, ZoneOffset.UTC);
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .withBean(Clock.class, () -> fixed)
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              assertThat(profile.now()).isEqualTo(AFTER_30_HOURS);
              assertThat(profile.validate(open()))
                  .isEqualTo(profile.validator().validate(open(), AFTER_30_HOURS));
              assertThat(profile.validate(open()).violations()).hasSize(1);
            });
    Clock early = Clock.fixed(BishanCourtyardCase.RAISED.plusSeconds(3600), ZoneOffset.UTC);
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .withBean(Clock.class, () -> early)
        .run(context -> assertThat(context.getBean(ConfiguredProfile.class).validate(open()).violations()).isEmpty());
  }

  @Test
  void withoutClockBeanNowIsTheSystemClock() {
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .run(
            context -> {
              Instant before = Instant.now();
              Instant now = context.getBean(ConfiguredProfile.class).now();
              assertThat(now).isBetween(before, Instant.now());
            });
  }

  @Test
  void ruleBeansJoinEveryValidator() {
    Rule own =
        new Rule() {
          @Override
          public RuleCode code() {
            return RuleCode.of("local.always");
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public String source() {
            return "test";
          }

          @Override
          public void check(RuleContext context) {
            context.report(org.shangliang.deliberation.Path.root());
          }
        };
    runner
        .withPropertyValues(
            "shangliang.profile=bishan",
            BISHAN_UNITS,
            "shangliang.profiles.other.profile=bishan",
            "shangliang.profiles.other.jurisdiction=" + CASES + "bishan-units.json")
        .withBean(Rule.class, () -> own)
        .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
        .withPropertyValues("spring.messages.basename=test-overrides")
        .run(
            context -> {
              DeliberationMessages messages = context.getBean(DeliberationMessages.class);
              for (ConfiguredProfile profile : context.getBean(DeliberationProfiles.class).all()) {
                assertThat(profile.validator().rules()).contains(own);
                List<Violation> found = profile.validator().validate(open(), AFTER_30_HOURS).violations();
                assertThat(found).extracting(v -> v.code().value()).contains("local.always");
                // the rule's message comes from the application's own messages
                Violation always = found.get(found.size() - 1);
                assertThat(messages.render(always, Locale.ENGLISH, profile))
                    .isEqualTo("Always reported (a rule of our own).");
              }
            });
  }

  @Test
  void applicationBeansWin() {
    Validator own =
        Validator.builder(Profiles.haidian())
            .jurisdiction(Cases.jurisdiction("haidian-units"))
            .calendar(org.shangliang.deliberation.tier.WorkCalendar.weekendsOnly())
            .build();
    DeliberationJson json = DeliberationJson.builder().localTimesIn(ZoneOffset.UTC).build();
    DeliberationMessages messages = new DeliberationMessages(new org.springframework.context.support.StaticMessageSource());
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .withBean(Validator.class, () -> own)
        .withBean(DeliberationJson.class, () -> json)
        .withBean(DeliberationMessages.class, () -> messages)
        .run(
            context -> {
              assertThat(context.getBean(Validator.class)).isSameAs(own);
              assertThat(context.getBean(DeliberationJson.class)).isSameAs(json);
              assertThat(context.getBean(DeliberationMessages.class)).isSameAs(messages);
              assertThat(context.getBean(Obligations.class).toString()).contains("bishan");
            });
  }

  @Test
  void applicationProfilesAndModuleWin() {
    ConfiguredProfile haidian =
        new ConfiguredProfile(
            "haidian",
            Validator.builder(Profiles.haidian())
                .jurisdiction(Cases.jurisdiction("haidian-units"))
                .calendar(org.shangliang.deliberation.tier.WorkCalendar.weekendsOnly())
                .build(),
            Cases.jurisdiction("haidian-units"),
            org.shangliang.deliberation.tier.WorkCalendar.weekendsOnly(),
            DeliberationJson.create(),
            Clock.systemUTC());
    DeliberationProfiles own = new DeliberationProfiles(List.of(haidian));
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .withBean(DeliberationProfiles.class, () -> own)
        .withBean(ConfiguredProfile.class, () -> haidian)
        .run(
            context -> {
              assertThat(context.getBean(DeliberationProfiles.class)).isSameAs(own);
              // the default validator and obligations follow the application's default profile
              assertThat(context.getBean(Validator.class)).isSameAs(haidian.validator());
              assertThat(context.getBean(Obligations.class)).isSameAs(haidian.obligations());
            });
    DeliberationModule shanghai = new DeliberationModule(java.time.ZoneId.of("Asia/Shanghai"));
    runner
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withBean(DeliberationModule.class, () -> shanghai)
        .run(
            context -> {
              assertThat(context.getBean(DeliberationModule.class)).isSameAs(shanghai);
              assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
                  .contains(shanghai.getTypeId());
            });
  }

  @Test
  void jsonModuleJoinsBootsObjectMapperUnlessDisabled() {
    ApplicationContextRunner jackson =
        runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class));
    String units = DeliberationJson.create().write(DocumentKind.JURISDICTION, Cases.jurisdiction("bishan-units"));
    jackson.run(
        context -> {
          ObjectMapper mapper = context.getBean(ObjectMapper.class);
          assertThat(mapper.getRegisteredModuleIds()).contains(DeliberationModule.NAME);
          assertThat(mapper.readValue(units, Jurisdiction.class))
              .isEqualTo(Cases.jurisdiction("bishan-units"));
          assertThat(mapper.writeValueAsString(Cases.jurisdiction("bishan-units"))).isEqualTo(units);
        });
    jackson
        .withPropertyValues("shangliang.jackson.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(DeliberationModule.class);
              assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
                  .doesNotContain(DeliberationModule.NAME);
            });
  }

  @Test
  void messagesComeFromTheLibraryInTheReadersLanguage() {
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              DeliberationMessages messages = context.getBean(DeliberationMessages.class);
              Violation late = profile.validator().validate(open(), AFTER_30_HOURS).violations().get(0);
              assertThat(messages.render(late, Locale.SIMPLIFIED_CHINESE, profile))
                  .isEqualTo(
                      "于 2026-11-20 19:40 +08:00 提出的问题既未当场解决，也未在 2026-11-21 19:40 +08:00 前提出解决方案。");
              assertThat(messages.render(late, Locale.ENGLISH, profile))
                  .isEqualTo(
                      "The problem raised at 2026-11-20 19:40 +08:00 was neither solved on the spot"
                          + " nor given a proposed solution by 2026-11-21 19:40 +08:00.");
              assertThat(messages.render(late, Locale.FRENCH, profile))
                  .isEqualTo(messages.render(late, Locale.ENGLISH, profile));
              assertThat(messages.render(late, Locale.TRADITIONAL_CHINESE, profile))
                  .isEqualTo(messages.render(late, Locale.SIMPLIFIED_CHINESE, profile));
              Obligation owed = profile.obligationsAt(open(), AFTER_30_HOURS).get(0);
              assertThat(messages.render(owed, Locale.SIMPLIFIED_CHINESE, profile))
                  .isEqualTo(
                      "已逾期：于 2026-11-20 19:40 +08:00 提出的问题，须在 2026-11-21 19:40 +08:00 前提出解决方案。");
              assertThat(messages.render(owed, Locale.ENGLISH, profile))
                  .isEqualTo(
                      org.shangliang.deliberation.validation.Messages.render(
                          owed, Locale.ENGLISH, profile.profile().zone(), profile.jurisdiction()));
            });
  }

  @Test
  void applicationMessageSourceOverridesAndAddsLanguages() {
    runner
        .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
        .withPropertyValues(
            "shangliang.profile=bishan",
            BISHAN_UNITS,
            "spring.messages.basename=test-overrides",
            "spring.messages.fallback-to-system-locale=false")
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              DeliberationMessages messages = context.getBean(DeliberationMessages.class);
              Violation late = profile.validator().validate(open(), AFTER_30_HOURS).violations().get(0);
              assertThat(messages.render(late, Locale.ENGLISH, profile))
                  .isEqualTo(
                      "Problem of 2026-11-20 19:40 +08:00: no solution by 2026-11-21 19:40 +08:00 (our wording).");
              assertThat(messages.render(late, Locale.SIMPLIFIED_CHINESE, profile))
                  .isEqualTo("2026-11-20 19:40 +08:00 提出的问题到 2026-11-21 19:40 +08:00 仍无解决方案（本区措辞）。");
              assertThat(messages.render(late, Locale.FRENCH, profile))
                  .isEqualTo(
                      "Le problème soulevé le 2026-11-20 19:40 +08:00 n'a pas reçu de solution avant le 2026-11-21 19:40 +08:00.");
              Obligation owed = profile.obligationsAt(open(), AFTER_30_HOURS).get(0);
              // the prefix is overridden, the obligation's own text is the library's
              assertThat(messages.render(owed, Locale.ENGLISH, profile))
                  .isEqualTo(
                      "LATE - The problem raised at 2026-11-20 19:40 +08:00 needs a proposed solution by 2026-11-21 19:40 +08:00.");
            });
  }

  @Test
  void reportDocumentCarriesMessagesAndReadsBack() {
    runner
        .withPropertyValues("shangliang.profile=bishan", BISHAN_UNITS)
        .run(
            context -> {
              ConfiguredProfile profile = context.getBean(ConfiguredProfile.class);
              DeliberationMessages messages = context.getBean(DeliberationMessages.class);
              ValidationReport report = profile.validator().validate(open(), AFTER_30_HOURS);
              String both =
                  messages.reportDocument(report, profile, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
              DeliberationJson json = DeliberationJson.create();
              assertThat(json.read(DocumentKind.REPORT, both)).isEqualTo(report);
              // the same text as the library's own writer with the built-in messages
              assertThat(both)
                  .isEqualTo(
                      json.write(
                          DocumentKind.reportWithMessages(
                              org.shangliang.deliberation.validation.Messages.builtIn(),
                              profile.profile().zone(),
                              profile.jurisdiction(),
                              Locale.SIMPLIFIED_CHINESE,
                              Locale.ENGLISH),
                          report));
              List<Obligation> owed = profile.obligationsAt(open(), AFTER_30_HOURS);
              String english = messages.obligationsDocument(owed, profile, Locale.ENGLISH);
              assertThat(json.read(DocumentKind.OBLIGATIONS, english)).isEqualTo(owed);
              assertThat(english).contains("\"message\":{\"en\":\"Overdue: The problem raised at");
              assertThat(english).doesNotContain("zh-CN");
            });
  }
}
