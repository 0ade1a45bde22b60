package org.shangliang.deliberation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.shangliang.deliberation.ModelSamples.PARTY;
import static org.shangliang.deliberation.ModelSamples.T;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.internal.MissingFieldException;
import org.shangliang.deliberation.internal.NullFieldException;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * One exception for malformed values: whatever is malformed, the exception is exactly an {@link
 * InvalidModelException} (or one of its internal subclasses for missing and {@code null} fields),
 * its {@link InvalidModelException#path() path} names the field relative to the value being built,
 * and its message is that path, a colon and the fault.
 */
class ExceptionPolicyTest {
  private static final UnitId CITY = UnitId.of("jinan");
  private static final UnitId COMMUNITY = UnitId.of("dianliu-1");
  private static final Jurisdiction JURISDICTION =
      Jurisdiction.of(
          AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
          AdministrativeUnit.of(COMMUNITY, TierLevel.COMMUNITY, "甸柳一居", CITY));

  /** A rule of the user's own, with a code the caller chooses. */
  private static Rule rule(String code) {
    return new Rule() {
      @Override
      public RuleCode code() {
        return RuleCode.of(code);
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.ERROR;
      }

      @Override
      public String source() {
        return "test";
      }

      @Override
      public void check(RuleContext context) {}
    };
  }

  static Stream<Arguments> malformed() {
    Map<String, ThrowingCallable> cases = new LinkedHashMap<>();
    Map<String, String> paths = new LinkedHashMap<>();
    put(cases, paths, "null field", "id", () -> Party.of(null, PartyKind.EXPERT, COMMUNITY));
    put(cases, paths, "null element", "roles",
        () -> ModelSamples.party().addRole(null));
    put(cases, paths, "missing field", "level",
        () -> new AdministrativeUnit.Builder().id(CITY).name("济南市").build());
    put(cases, paths, "blank id", "value", () -> PartyId.of(""));
    put(cases, paths, "id with a hidden character", "value", () -> UnitId.of("a\u200Bb"));
    put(cases, paths, "negative weight", "weight",
        () -> Voter.of(PARTY, PartyKind.STAKEHOLDER, new BigDecimal("-1")));
    put(cases, paths, "unbounded decimal", "amount",
        () -> PublicFunds.of(new BigDecimal("1E+2147483647")));
    put(cases, paths, "duplicate ids", "parties[1].id",
        () -> PartyList.of(ModelSamples.party().build(), ModelSamples.party().build()));
    put(cases, paths, "unit with an unknown parent", "units[1].parent",
        () -> Jurisdiction.of(
            AdministrativeUnit.root(CITY, TierLevel.CITY, "济南市"),
            AdministrativeUnit.of(COMMUNITY, TierLevel.COMMUNITY, "甸柳一居", UnitId.of("lixia"))));
    put(cases, paths, "parent at a lower level", "units[0].parent",
        () -> Jurisdiction.of(
            AdministrativeUnit.of(CITY, TierLevel.CITY, "济南市", COMMUNITY),
            AdministrativeUnit.root(COMMUNITY, TierLevel.COMMUNITY, "甸柳一居")));
    put(cases, paths, "unit not in the jurisdiction", "ids[1]",
        () -> JURISDICTION.lowestCommonAncestor(List.of(CITY, UnitId.of("beijing"))));
    put(cases, paths, "monthly cadence on day 32", "dayOfMonth",
        () -> Cadence.monthly(32, NonWorkingDayRule.KEEP));
    put(cases, paths, "weekly cadence without a weekday", "dayOfWeek",
        () -> Cadence.weekly((DayOfWeek) null, NonWorkingDayRule.KEEP));
    put(cases, paths, "calendar with a day both off and on", "holidays[0]",
        () -> HolidayCalendar.of(Set.of(LocalDate.of(2025, 10, 1)), Set.of(LocalDate.of(2025, 10, 1))));
    Set<LocalDate> aYearAndADayOff = ModelSamples.everyDayOf(2026);
    aYearAndADayOff.add(LocalDate.of(2027, 1, 1));
    put(cases, paths, "calendar without a working day in a year", "holidays",
        () -> HolidayCalendar.of(aYearAndADayOff, Set.of()));
    put(cases, paths, "instant after the year 9999", "raisedAt",
        () -> ModelSamples.topic().raisedAt(Instant.MAX).build());
    put(cases, paths, "sign-in after the meeting", "attendance[0].at",
        () -> ModelSamples.meeting()
            .scheduledDate(ModelSamples.DAY)
            .startedAt(T)
            .endedAt(T)
            .addAttendance(SignIn.of(PARTY, T.plusSeconds(1)))
            .build());
    put(cases, paths, "fraction that is not p/q", "text", () -> Fraction.parse("2:3"));
    put(cases, paths, "negative show of hands", "yes", () -> Tally.ofShowOfHands(-1, 0, 0, 1, 1));
    put(cases, paths, "profile window of zero", "revisitWindow",
        () -> new org.shangliang.deliberation.profile.Profile.Builder()
            .id("p")
            .name(LocalizedText.of("规程", "profile"))
            .catalogue(Profiles.jinan().catalogue())
            .revisitWindow(java.time.Duration.ZERO)
            .build());
    put(cases, paths, "recurring classes of at least none", "minCount",
        () -> RecurringSettings.of(TierLevel.COMMUNITY, 0));
    put(cases, paths, "recurring classes over a period ending before it starts", "until",
        () -> RecurringIssues.of(JURISDICTION).find(List.of(), T, T.minusNanos(1)));
    put(cases, paths, "validator without a profile", "profile", () -> Validator.builder(null));
    put(cases, paths, "validator without a jurisdiction", "jurisdiction",
        () -> Validator.builder(Profiles.jinan()).calendar(WorkCalendar.weekendsOnly()).build());
    put(cases, paths, "validator without a calendar", "calendar",
        () -> Validator.builder(Profiles.jinan()).jurisdiction(JURISDICTION).build());
    put(cases, paths, "validator given a null calendar", "calendar",
        () -> Validator.builder(Profiles.jinan()).calendar(null));
    put(cases, paths, "validator given a null rule", "rules[1]",
        () -> Validator.builder(Profiles.jinan()).addRule(rule("custom.one")).addRule(null));
    put(cases, paths, "user rule with a built-in code", "rules[1].code",
        () -> Validator.builder(Profiles.jinan())
            .jurisdiction(JURISDICTION)
            .calendar(WorkCalendar.weekendsOnly())
            .addRule(rule("custom.one"))
            .addRule(rule("unit.unknown"))
            .build());
    put(cases, paths, "setting for a code no rule has", "profile.ruleSettings[0].code",
        () -> Validator.builder(
                Profiles.jinan().withRuleSettings(List.of(RuleSetting.off(RuleCode.of("no.such.rule")))))
            .jurisdiction(JURISDICTION)
            .calendar(WorkCalendar.weekendsOnly())
            .build());
    return cases.entrySet().stream()
        .map(c -> Arguments.of(c.getKey(), paths.get(c.getKey()), c.getValue()));
  }

  private static void put(
      Map<String, ThrowingCallable> cases,
      Map<String, String> paths,
      String name,
      String path,
      ThrowingCallable call) {
    cases.put(name, call);
    paths.put(name, path);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputRaisesInvalidModelExceptionWithThePathOfTheField(
      String name, String path, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);

    assertThat(thrown).as(name).isNotNull();
    assertThat(thrown.getClass())
        .as(name + ": " + thrown)
        .isIn(InvalidModelException.class, NullFieldException.class, MissingFieldException.class);
    InvalidModelException e = (InvalidModelException) thrown;
    assertThat(e.path().toString()).as(name).isEqualTo(path);
    assertThat(e.getMessage()).as(name).isEqualTo(path + ": " + e.fault());
  }

  @Test
  void aMissingFieldNamesTheFirstAndListsTheOthers() {
    Throwable thrown = catchThrowable(() -> new Party.Builder().addRole(
        org.shangliang.deliberation.party.PartyRole.DELIBERATOR).build());
    assertThat(thrown).isInstanceOf(MissingFieldException.class)
        .hasMessage("id: required, not set (nor kind, unit)");
  }

  @Test
  void aPathCanBeAnchoredUnderTheValueThatHoldsTheOneAtFault() {
    InvalidModelException e =
        (InvalidModelException)
            catchThrowable(() -> Voter.of(PARTY, PartyKind.STAKEHOLDER, new BigDecimal("-1")));
    assertThat(e.under(Path.of("meetings").index(0).child("vote").child("eligible").index(3)))
        .hasMessage("meetings[0].vote.eligible[3].weight: must not be negative, was -1");
  }

  /**
   * No class of the model raises a general exception: the only others are the generated builders'
   * "attribute is already set" of a strict builder (a misuse of the builder, not a malformed value)
   * and the history's {@code EventRejectedException} (an event that does not fit, which the
   * validator reports as a violation). The validator and its builder raise no {@code
   * IllegalArgumentException} or {@code IllegalStateException} either ({@link Validator#validate}
   * keeps a {@link NullPointerException} for a {@code null} argument).
   */
  @Test
  void modelClassesRaiseNoGeneralException() {
    DescribedPredicate<JavaClass> exempt =
        DescribedPredicate.describe(
            "generated, the exception itself or the event history",
            c -> c.getName().contains(".Immutable")
                || c.getSimpleName().equals("InvalidModelException")
                || c.getSimpleName().equals("EventRejectedException")
                || c.getSimpleName().equals("DeliberationHistory"));
    com.tngtech.archunit.core.domain.JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shangliang.deliberation");
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.shangliang.deliberation",
            "org.shangliang.deliberation.internal..",
            "org.shangliang.deliberation.party..",
            "org.shangliang.deliberation.unit..",
            "org.shangliang.deliberation.topic..",
            "org.shangliang.deliberation.tier..",
            "org.shangliang.deliberation.meeting..",
            "org.shangliang.deliberation.decision..",
            "org.shangliang.deliberation.outcome..",
            "org.shangliang.deliberation.process..",
            "org.shangliang.deliberation.profile..",
            "org.shangliang.deliberation.similar..")
        .and(DescribedPredicate.not(exempt))
        .should()
        .callConstructor(IllegalArgumentException.class, String.class)
        .orShould()
        .callConstructor(IllegalStateException.class, String.class)
        .orShould()
        .callConstructor(NullPointerException.class, String.class)
        .orShould()
        .callConstructor(IllegalArgumentException.class)
        .orShould()
        .callConstructor(IllegalStateException.class)
        .orShould()
        .callConstructor(NullPointerException.class)
        .check(classes);
    noClasses()
        .that()
        .haveFullyQualifiedName(Validator.class.getName())
        .or()
        .haveFullyQualifiedName(Validator.Builder.class.getName())
        .should()
        .callConstructor(IllegalArgumentException.class, String.class)
        .orShould()
        .callConstructor(IllegalStateException.class, String.class)
        .check(classes);
  }
}
