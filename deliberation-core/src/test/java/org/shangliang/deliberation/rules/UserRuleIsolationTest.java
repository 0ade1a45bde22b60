package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.internal.BuiltInRules;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * A rule that throws is isolated: the validator reports {@code rule.failed} in place of its findings
 * (an error naming the rule's code and the exception's class, never the exception's message), logs a
 * warning without personal data and runs the other rules; built-in rules are isolated the same way.
 */
class UserRuleIsolationTest {
  private static final RuleCode FLAKY = RuleCode.of("custom.flaky");
  private static final RuleCode AFTER = RuleCode.of("custom.after");
  /** A message that carries personal data: it must never reach the report or the log. */
  private static final String PERSONAL = "王某 3号楼301室 13800000000";

  /** A user rule that reports once at the root, then does whatever it is told. */
  private static class UserRule implements Rule {
    private final RuleCode code;
    private final Consumer<RuleContext> then;

    UserRule(RuleCode code, Consumer<RuleContext> then) {
      this.code = code;
      this.then = then;
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
      return "历下区协商议事规则 (example)";
    }

    @Override
    public void check(RuleContext context) {
      context.report(Path.of("topic"), code.value());
      then.accept(context);
    }
  }

  private static UserRule throwing(RuntimeException exception) {
    return new UserRule(
        FLAKY,
        context -> {
          throw exception;
        });
  }

  private static UserRule quiet(RuleCode code) {
    return new UserRule(code, context -> {});
  }

  /** The lift record missing its owners' committee: one built-in violation. */
  private static LiftCase record() {
    return new LiftCase().withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE);
  }

  private static Validator.Builder validator(LiftCase c) {
    return Validator.builder(c.profile).jurisdiction(LiftCase.JURISDICTION).calendar(c.calendar);
  }

  @Test
  void reportsAThrowingUserRuleAsRuleFailedInPlaceOfItsFindingsAndRunsTheOthers() {
    LiftCase c = record();
    Validator validator =
        validator(c).addRule(throwing(new IllegalStateException(PERSONAL))).addRule(quiet(AFTER)).build();

    ValidationReport report = validator.validate(c.build(), LiftCase.NOW);

    assertThat(report.violations())
        .extracting(Violation::code)
        .containsExactly(RuleCodes.PARTY_REQUIRED_KIND_MISSING, RuleCodes.RULE_FAILED, AFTER);
    Violation failed = report.violations().get(1);
    assertThat(failed.severity()).isEqualTo(Severity.ERROR);
    assertThat(failed.path()).isEqualTo(Path.root());
    assertThat(failed.args()).containsExactly(FLAKY, IllegalStateException.class.getName());
    assertThat(failed.source()).isEqualTo(BuiltInRules.RULE_FAILED_SOURCE);
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void reportsAUserRuleThatDoesNotThrowAsItReports() {
    LiftCase c = record();
    Validator validator = validator(c).addRule(quiet(FLAKY)).addRule(quiet(AFTER)).build();

    ValidationReport report = validator.validate(c.build(), LiftCase.NOW);

    assertThat(report.violations())
        .extracting(Violation::code)
        .containsExactly(RuleCodes.PARTY_REQUIRED_KIND_MISSING, FLAKY, AFTER);
    assertThat(report.violations().get(1).path()).isEqualTo(Path.of("topic"));
  }

  @Test
  void reportsEachThrowingRuleOnceWithItsOwnCode() {
    LiftCase c = record();
    RuleCode second = RuleCode.of("custom.second-flaky");
    Validator validator =
        validator(c)
            .addRule(throwing(new IllegalArgumentException(PERSONAL)))
            .addRule(
                new UserRule(
                    second,
                    context -> {
                      throw new IndexOutOfBoundsException(PERSONAL);
                    }))
            .build();

    ValidationReport report = validator.validate(c.build(), LiftCase.NOW);

    assertThat(report.violations())
        .filteredOn(v -> v.code().equals(RuleCodes.RULE_FAILED))
        .extracting(Violation::args)
        .containsExactly(
            java.util.List.of(FLAKY, IllegalArgumentException.class.getName()),
            java.util.List.of(second, IndexOutOfBoundsException.class.getName()));
  }

  @Test
  void reportsRuleFailedAsAnErrorWhateverSeverityTheProfileSetsForTheRule() {
    LiftCase c = new LiftCase();
    c.profile = ProfileVariants.jinanWith(RuleSetting.severity(FLAKY, Severity.INFO));
    Validator validator = validator(c).addRule(throwing(new IllegalStateException(PERSONAL))).build();

    ValidationReport report = validator.validate(c.build(), LiftCase.NOW);

    assertThat(report.violations()).extracting(Violation::code).containsExactly(RuleCodes.RULE_FAILED);
    assertThat(report.violations().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.isCompliant()).isFalse();
  }

  @Test
  void neverPutsTheExceptionMessageInTheReportOrTheLog() {
    LiftCase c = record();
    Validator validator = validator(c).addRule(throwing(new IllegalStateException(PERSONAL))).build();
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ValidationReport report;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      report = validator.validate(c.build(), LiftCase.NOW);
    } finally {
      System.setErr(saved);
    }

    Violation failed = report.violations().get(1);
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      assertThat(Messages.render(failed, locale))
          .contains(FLAKY.value())
          .contains(IllegalStateException.class.getName())
          .doesNotContain("王某")
          .doesNotContain("13800000000");
    }
    assertThat(report.toString()).doesNotContain("王某");
    String log = err.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("WARN")
        .contains(FLAKY.value())
        .contains(IllegalStateException.class.getName())
        .contains(RuleCodes.RULE_FAILED.value())
        .doesNotContain("王某")
        .doesNotContain("13800000000");
  }

  @Test
  void isolatesABuiltInRuleThatThrowsOnTheCallersCalendar() {
    LiftCase c = record();
    c.calendar =
        date -> {
          throw new UnsupportedOperationException("calendar service down");
        };

    ValidationReport report = c.validate();

    assertThat(report.violations())
        .filteredOn(v -> v.code().equals(RuleCodes.RULE_FAILED))
        .extracting(v -> v.args().get(0))
        .containsExactly(RuleCodes.TIMING_NOT_REGULAR_DATE);
    assertThat(report.violations())
        .extracting(Violation::code)
        .contains(RuleCodes.PARTY_REQUIRED_KIND_MISSING);
  }

  @Test
  void reportsACalendarThatThrowsAsRuleFailedInsteadOfThrowing() {
    LiftCase c = new LiftCase();
    c.calendar =
        date -> {
          throw new IllegalStateException("calendar service down");
        };

    ValidationReport report = c.validate();

    assertThat(report.violations()).extracting(Violation::code).containsExactly(RuleCodes.RULE_FAILED);
    assertThat(report.violations().get(0).args())
        .containsExactly(RuleCodes.TIMING_NOT_REGULAR_DATE, IllegalStateException.class.getName());
  }

  @Test
  void judgesARecordUnderACalendarWithoutWorkingDaysWithoutAnyRuleFailing() {
    LiftCase c = new LiftCase();
    c.calendar = date -> false;

    assertThat(c.validate().violations())
        .extracting(Violation::code)
        .doesNotContain(RuleCodes.RULE_FAILED);
  }

  @Test
  void letsErrorsThrough() {
    LiftCase c = new LiftCase();
    Validator validator =
        validator(c)
            .addRule(
                new UserRule(
                    FLAKY,
                    context -> {
                      throw new StackOverflowError();
                    }))
            .build();

    assertThatThrownBy(() -> validator.validate(c.build(), LiftCase.NOW))
        .isInstanceOf(StackOverflowError.class);
  }

  @Test
  void refusesARuleWithoutCodeSeverityOrSource() {
    Rule blankSource =
        new UserRule(FLAKY, context -> {}) {
          @Override
          public String source() {
            return " ";
          }
        };
    Rule noCode = new UserRule(null, context -> {});
    for (Rule rule : new Rule[] {blankSource, noCode}) {
      Validator.Builder builder = validator(new LiftCase()).addRule(rule);
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e ->
                  assertThat(e.path().toString())
                      .isEqualTo(rule == noCode ? "rules[0].code" : "rules[0].source"));
    }
  }
}
