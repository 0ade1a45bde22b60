package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class ValidatorTest {
  private static final RuleCode PLANNED_DATE_REQUIRED = RuleCode.of("custom.planned-date-required");
  private static final String CUSTOM_SOURCE = "历下区协商议事规则 第五条 (example)";

  /** A user rule: every record names its planned meeting date. */
  private static final class PlannedDateRequired implements Rule {
    private final RuleCode code;

    PlannedDateRequired(RuleCode code) {
      this.code = code;
    }

    @Override
    public RuleCode code() {
      return code;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String source() {
      return CUSTOM_SOURCE;
    }

    @Override
    public void check(RuleContext context) {
      if (context.deliberation().plannedMeetingDate().isEmpty()) {
        context.report(Path.of("plannedMeetingDate"), context.deliberation().id());
      }
    }
  }

  private static Validator.Builder jinanBuilder() {
    return Validator.builder(Profiles.jinan())
        .jurisdiction(LiftCase.JURISDICTION)
        .calendar(WorkCalendar.weekendsOnly());
  }

  // the built-in rules

  @Test
  void runsBuiltInRulesInTheOrderOfRuleCodes() {
    assertThat(Validator.builtInRules()).extracting(Rule::code).containsExactlyElementsOf(RuleCodes.all());
    assertThat(new LiftCase().validator().rules())
        .extracting(Rule::code)
        .containsExactlyElementsOf(RuleCodes.all());
  }

  @Test
  void givesEveryBuiltInRuleASource() {
    assertThat(Validator.builtInRules()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
  }

  // profile settings

  @Test
  void silencesRuleTheProfileSwitchesOff() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE);
    c.profile = ProfileVariants.jinanWith(RuleSetting.off(RuleCodes.PARTY_REQUIRED_KIND_MISSING));
    assertClean(c.validate());
    assertThat(c.validator().rules())
        .extracting(Rule::code)
        .doesNotContain(RuleCodes.PARTY_REQUIRED_KIND_MISSING)
        .hasSize(RuleCodes.all().size() - 1);
  }

  @Test
  void switchingOneRuleOffLeavesTheOthersOn() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.AUDIT);
    c.profile = ProfileVariants.jinanWith(RuleSetting.off(RuleCodes.PARTY_REQUIRED_KIND_MISSING));
    assertSingle(
        c.validate(), RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, "parties", Severity.ERROR);
  }

  @Test
  void reportsRuleWithTheSeverityTheProfileSets() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE);
    c.profile =
        ProfileVariants.jinanWith(
            RuleSetting.severity(RuleCodes.PARTY_REQUIRED_KIND_MISSING, Severity.WARNING));
    ValidationReport report = c.validate();
    assertSingle(report, RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties", Severity.WARNING);
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void raisingWarningToErrorMakesReportNonCompliant() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    c.profile =
        ProfileVariants.jinanWith(RuleSetting.severity(RuleCodes.TIMING_NOT_REGULAR_DATE, Severity.ERROR));
    ValidationReport report = c.validate();
    assertSingle(report, RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.ERROR);
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void refusesProfileSettingForCodeNoRuleHas() {
    RuleCode unknown = RuleCode.of("meeting.quorum.missed");
    Validator.Builder builder =
        Validator.builder(ProfileVariants.jinanWith(RuleSetting.off(unknown)))
            .jurisdiction(LiftCase.JURISDICTION)
            .calendar(WorkCalendar.weekendsOnly());
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("profile.ruleSettings[0].code: no rule has this code")
        .hasMessageContaining("meeting.quorum.missed");
  }

  // user rules

  @Test
  void runsUserRuleAfterTheBuiltInRules() {
    Validator validator = jinanBuilder().addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED)).build();
    assertThat(validator.rules()).hasSize(RuleCodes.all().size() + 1);
    assertThat(validator.rules().get(RuleCodes.all().size()).code()).isEqualTo(PLANNED_DATE_REQUIRED);

    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE);
    c.planned = Optional.empty();
    ValidationReport report = validator.validate(c.build(), LiftCase.NOW);
    assertThat(report.violations())
        .extracting(Violation::code)
        .containsExactly(RuleCodes.PARTY_REQUIRED_KIND_MISSING, PLANNED_DATE_REQUIRED);
    Violation custom = report.violations().get(1);
    assertThat(custom.severity()).isEqualTo(Severity.ERROR);
    assertThat(custom.path().toString()).isEqualTo("plannedMeetingDate");
    assertThat(custom.source()).isEqualTo(CUSTOM_SOURCE);
    assertThat(custom.args()).containsExactly(c.build().id());
  }

  @Test
  void userRulePassesRecordThatKeepsIt() {
    Validator validator = jinanBuilder().addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED)).build();
    assertClean(validator.validate(new LiftCase().build(), LiftCase.NOW));
  }

  @Test
  void appliesProfileSettingsToUserRulesByCode() {
    LiftCase c = new LiftCase();
    c.planned = Optional.empty();
    Validator validator =
        Validator.builder(
                ProfileVariants.jinanWith(RuleSetting.severity(PLANNED_DATE_REQUIRED, Severity.INFO)))
            .jurisdiction(LiftCase.JURISDICTION)
            .calendar(WorkCalendar.weekendsOnly())
            .addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED))
            .build();
    assertSingle(
        validator.validate(c.build(), LiftCase.NOW),
        PLANNED_DATE_REQUIRED,
        "plannedMeetingDate",
        Severity.INFO);
  }

  @Test
  void refusesUserRuleWithTheCodeOfABuiltInRule() {
    Validator.Builder builder = jinanBuilder().addRule(new PlannedDateRequired(RuleCodes.UNIT_UNKNOWN));
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("rules[0].code: duplicate, was unit.unknown");
  }

  @Test
  void refusesTwoUserRulesWithTheSameCode() {
    Validator.Builder builder =
        jinanBuilder()
            .addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED))
            .addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED));
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("rules[1].code: duplicate, was " + PLANNED_DATE_REQUIRED.value());
  }

  // building

  @Test
  void refusesToBuildWithoutJurisdiction() {
    Validator.Builder builder =
        Validator.builder(Profiles.jinan()).calendar(WorkCalendar.weekendsOnly());
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("jurisdiction: required, not set");
  }

  @Test
  void refusesToBuildWithoutCalendar() {
    Validator.Builder builder = Validator.builder(Profiles.jinan()).jurisdiction(LiftCase.JURISDICTION);
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("calendar: required, not set");
  }

  // validating

  /**
   * A record that breaks most rules at once: settled by law yet admitted without explanation, an
   * unapproved dispute without mediator, unknown category and entry, public funds without
   * supervisors, affected units in two trees that no party represents, a major matter at a grid, and
   * a party of an unknown unit.
   */
  private static LiftCase brokenEverywhere() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(AdmissionStatus.ADMITTED)
                .decidedAt(LiftCase.NOW.minusSeconds(86_400))
                .build());
    c.dispute = Optional.of(TwoPartyDispute.withoutMediator());
    c.category = "housing-reform";
    c.entry = Optional.of("roof-repair");
    c.withoutPartiesOfKind(PartyKind.DISCIPLINE_INSPECTION)
        .withoutPartiesOfKind(PartyKind.FINANCE)
        .withoutPartiesOfKind(PartyKind.AUDIT);
    c.parties.removeIf(p -> p.unit().equals(LiftCase.BUILDING_3));
    c.parties.add(Party.of(PartyId.of("expert-1"), PartyKind.EXPERT, UnitId.of("nowhere")));
    c.affected.add(LiftCase.ELSEWHERE);
    c.deliberatingUnit = LiftCase.GRID_2;
    c.planned = Optional.of(LocalDate.of(2026, 12, 13));
    return c;
  }

  @Test
  void reportsEveryBrokenRuleInsteadOfThrowing() {
    ValidationReport report = brokenEverywhere().validate();
    assertThat(report.violations())
        .extracting(Violation::code)
        .containsExactly(
            RuleCodes.UNIT_UNKNOWN,
            RuleCodes.TOPIC_SETTLED_ELSEWHERE_ADMITTED,
            RuleCodes.TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING,
            RuleCodes.TOPIC_DISPUTE_APPROVAL_MISSING,
            RuleCodes.TOPIC_DISPUTE_MEDIATOR_MISSING,
            RuleCodes.TOPIC_CATEGORY_UNKNOWN,
            RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN,
            RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
            RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
            RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
            RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED,
            RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED,
            RuleCodes.TIER_NO_COMMON_UNIT,
            RuleCodes.TIER_POWERS_EXCEEDED);
    Violation powers = report.violationsOf(RuleCodes.TIER_POWERS_EXCEEDED).get(0);
    assertThat(powers.args().subList(4, 6)).containsExactly("—", "—");
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void reportsRecordWhoseUnitsAreAllUnknownInsteadOfThrowing() {
    LiftCase c = new LiftCase();
    c.deliberatingUnit = UnitId.of("nowhere");
    c.affected.set(0, UnitId.of("nowhere.b1"));
    ValidationReport report = c.validate();
    assertThat(report.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("deliberatingUnit", "topic.affectedUnits[0]");
    assertThat(report.violations()).extracting(Violation::code).containsOnly(RuleCodes.UNIT_UNKNOWN);
  }

  @Test
  void validatesDeterministically() {
    Validator validator = new LiftCase().validator();
    Deliberation broken = brokenEverywhere().build();
    ValidationReport first = validator.validate(broken, LiftCase.NOW);
    assertThat(validator.validate(broken, LiftCase.NOW)).isEqualTo(first);
    assertThat(brokenEverywhere().validate()).isEqualTo(first);

    Deliberation compliant = new LiftCase().build();
    assertThat(validator.validate(compliant, LiftCase.NOW))
        .isEqualTo(validator.validate(compliant, LiftCase.NOW))
        .isEqualTo(ValidationReport.empty());
  }

  @Test
  void refusesNullRecordOrInstant() {
    Validator validator = new LiftCase().validator();
    Deliberation record = new LiftCase().build();
    assertThatThrownBy(() -> validator.validate(null, LiftCase.NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> validator.validate(record, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void namesTheArgumentThatIsNull() {
    Validator validator = new LiftCase().validator();
    Deliberation record = new LiftCase().build();
    assertThatThrownBy(() -> validator.validate(null, LiftCase.NOW)).hasMessage("deliberation");
    assertThatThrownBy(() -> validator.validate(record, null)).hasMessage("now");
    assertThatThrownBy(() -> Validator.builder(null))
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.path().toString()).isEqualTo("profile"));
    Validator.Builder builder = Validator.builder(Profiles.jinan());
    assertThatThrownBy(() -> builder.jurisdiction(null))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("jurisdiction"));
    assertThatThrownBy(() -> builder.calendar(null))
        .isInstanceOfSatisfying(
            InvalidModelException.class, e -> assertThat(e.path().toString()).isEqualTo("calendar"));
    assertThatThrownBy(() -> builder.addRule(null))
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> assertThat(e.path().toString()).isEqualTo("rules[0]"));
  }

  @Test
  void addingUserRuleLeavesBuiltInRulesUnchanged() {
    List<Rule> before = List.copyOf(Validator.builtInRules());
    jinanBuilder().addRule(new PlannedDateRequired(PLANNED_DATE_REQUIRED)).build();
    assertThat(Validator.builtInRules()).containsExactlyElementsOf(before);
  }
}
