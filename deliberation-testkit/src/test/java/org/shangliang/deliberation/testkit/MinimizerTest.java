package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.minimizing.Sites;
import org.shangliang.deliberation.testkit.internal.minimizing.Step;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

class MinimizerTest {

  // ---------------------------------------------------------------------------------------------
  // a user's rule with a planted bug

  private static final RuleCode AUDIT_RULE = RuleCode.of("acme.public-funds.audit-supervisor");

  /**
   * A city's own rule, added with {@code Validator.builder(profile).addRule(...)}: a topic that
   * spends public funds must list an audit body as a supervisor. The planted bug: the test of
   * "spends public funds" also holds wherever two or more resident units (驻区单位) are listed, as if
   * they paid in, so the rule reports topics that spend no public money at all.
   */
  static final class AuditSupervisorRule implements Rule {
    @Override
    public RuleCode code() {
      return AUDIT_RULE;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String source() {
      return "the city's own procedure on public funds";
    }

    @Override
    public void check(RuleContext context) {
      Deliberation record = context.deliberation();
      boolean spendsPublicFunds =
          record.topic().publicFunds().isPresent()
              || record.parties().ofKind(PartyKind.RESIDENT_UNIT).size() >= 2; // the bug
      if (spendsPublicFunds
          && !record.parties().hasKindInRole(PartyKind.AUDIT, PartyRole.SUPERVISOR)) {
        context.report(Path.of("parties"), PartyKind.AUDIT);
      }
    }
  }

  /** The failing check: a valid scenario gets no violation of the user's rule. */
  private static final Consumer<Scenario> NO_VIOLATION_OF_THE_USER_RULE =
      s -> {
        Validator validator =
            Validator.builder(s.profile())
                .jurisdiction(s.jurisdiction())
                .calendar(s.calendar())
                .addRule(new AuditSupervisorRule())
                .build();
        assertThat(validator.validate(s.record(), s.at()).violations())
            .extracting(Violation::code)
            .doesNotContain(AUDIT_RULE);
      };

  private static final Scenario LARGE_VALID = Scenarios.valid(Profiles.jinan()).generate(0L, 120);

  @Test
  void minimizesAPlantedBugInAUserRuleDownToTheTwoResidentUnitsItNeeds() {
    assertThat(LARGE_VALID.record().parties().parties()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(LARGE_VALID.record().topic().publicFunds()).isEmpty();
    assertThatThrownBy(() -> NO_VIOLATION_OF_THE_USER_RULE.accept(LARGE_VALID))
        .isInstanceOf(AssertionError.class);

    Minimized minimized = Minimizer.minimizeFailure(LARGE_VALID, NO_VIOLATION_OF_THE_USER_RULE);

    Deliberation small = minimized.scenario().record();
    assertThat(small.parties().parties())
        .hasSize(2)
        .extracting(Party::kind)
        .containsOnly(PartyKind.RESIDENT_UNIT);
    assertThat(small.meetings()).isEmpty();
    assertThat(small.steps()).isEmpty();
    assertThat(small.events()).isEmpty();
    assertThat(small.supervision()).isEmpty();
    assertThat(small.outcome()).isEmpty();
    assertThat(small.admission()).isEmpty();
    assertThat(small.topic().affectedUnits()).hasSize(1);
    assertThat(small.topic().title().codePointCount(0, small.topic().title().length()))
        .isEqualTo(1);
    assertThatThrownBy(() -> NO_VIOLATION_OF_THE_USER_RULE.accept(minimized.scenario()))
        .isInstanceOf(AssertionError.class);
    assertThat(minimized.locallyMinimal()).isTrue();
    assertThat(minimized.steps()).isPositive();
    assertThat(minimized.checks()).isBetween(minimized.steps() + 1, 1_000);
    assertThat(minimized.refused()).isPositive(); // the topic's last affected unit, at least
    assertLocallyMinimal(minimized, failsWithAssertion(NO_VIOLATION_OF_THE_USER_RULE));
  }

  @Test
  void aMinimizedScenarioIsDerivedFromTheOriginalAndSaysSo() {
    Minimized minimized = Minimizer.minimizeFailure(LARGE_VALID, NO_VIOLATION_OF_THE_USER_RULE);
    Scenario small = minimized.scenario();

    assertThat(minimized.original()).isSameAs(LARGE_VALID);
    assertThat(small.derived()).isTrue();
    assertThat(small.snippet()).startsWith(LARGE_VALID.snippet()).contains("then derived");
    assertThat(small.profile()).isSameAs(LARGE_VALID.profile());
    assertThat(small.jurisdiction()).isSameAs(LARGE_VALID.jurisdiction());
    assertThat(small.calendar()).isSameAs(LARGE_VALID.calendar());
    assertThat(small.at()).isEqualTo(LARGE_VALID.at());
    assertThat(small.seed()).isEqualTo(LARGE_VALID.seed());
    assertThat(small.size()).isEqualTo(LARGE_VALID.size());
    assertThat(small.expectedCodes()).isEqualTo(LARGE_VALID.expectedCodes());
    assertThat(small.rebuild().record()).isEqualTo(LARGE_VALID.record());
    assertThat(minimized.toString())
        .contains("parties 120 -> 2")
        .contains("locally minimal")
        .contains(minimized.checks() + " checks");
  }

  @Test
  void minimizingTheSameScenarioTwiceTakesTheSameStepsToTheSameRecord() {
    Minimized first = Minimizer.minimizeFailure(LARGE_VALID, NO_VIOLATION_OF_THE_USER_RULE);
    Minimized second = Minimizer.minimizeFailure(LARGE_VALID, NO_VIOLATION_OF_THE_USER_RULE);

    assertThat(second.scenario().record()).isEqualTo(first.scenario().record());
    assertThat(second.steps()).isEqualTo(first.steps());
    assertThat(second.checks()).isEqualTo(first.checks());
    assertThat(second.candidates()).isEqualTo(first.candidates());
    assertThat(second.refused()).isEqualTo(first.refused());
  }

  // ---------------------------------------------------------------------------------------------
  // what the minimizer reduces

  @Test
  void aHundredPartiesComeDownToTheTwoACheapCheckNeedsInAFewDozenChecks() {
    Scenario large = Scenarios.valid(Profiles.haidian()).generate(5L, 100);
    Predicate<Scenario> twoStakeholders =
        s -> s.record().parties().ofKind(PartyKind.STAKEHOLDER).size() >= 2;

    Minimized minimized = Minimizer.minimize(large, twoStakeholders);

    assertThat(large.record().parties().parties()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(minimized.scenario().record().parties().parties())
        .hasSize(2)
        .extracting(Party::kind)
        .containsOnly(PartyKind.STAKEHOLDER);
    assertThat(minimized.locallyMinimal()).isTrue();
    assertThat(minimized.checks()).isLessThan(400);
    assertLocallyMinimal(minimized, twoStakeholders);
  }

  @Test
  void aTextComesDownToTheShortestPrefixThatStillFails() {
    Scenario scenario = Scenarios.valid(Profiles.jinan()).generate(2L, 10);
    Predicate<Scenario> titleOfThree = s -> s.record().topic().title().codePoints().count() >= 3;
    assertThat(scenario.record().topic().title().codePoints().count()).isGreaterThan(3);

    Minimized minimized = Minimizer.minimize(scenario, titleOfThree);

    String title = minimized.scenario().record().topic().title();
    assertThat(title.codePoints().count()).isEqualTo(3);
    assertThat(scenario.record().topic().title()).startsWith(title);
    assertLocallyMinimal(minimized, titleOfThree);
  }

  @Test
  void aNumberComesDownToTheBoundTheFailureNeeds() {
    Scenario scenario =
        Scenarios.valid(Profiles.jinan(), Shape.any().withPublicFunds()).generate(4L, 10);
    BigDecimal thousand = BigDecimal.valueOf(1000);
    Predicate<Scenario> atLeastAThousandYuan =
        s ->
            s.record()
                .topic()
                .publicFunds()
                .map(f -> f.amount().compareTo(thousand) >= 0)
                .orElse(false);
    assertThat(atLeastAThousandYuan.test(scenario)).isTrue();

    Minimized minimized = Minimizer.minimize(scenario, atLeastAThousandYuan);

    assertThat(minimized.scenario().record().topic().publicFunds().orElseThrow().amount())
        .isEqualByComparingTo(thousand);
    assertLocallyMinimal(minimized, atLeastAThousandYuan);
  }

  @Test
  void anInstantComesDownToTheDistanceTheFailureNeeds() {
    Scenario scenario =
        Scenarios.valid(Profiles.jinan(), Shape.any().with(Shape.Feature.MEETING)).generate(6L, 12);
    Duration tenMinutes = Duration.ofMinutes(10);
    Predicate<Scenario> aMeetingOfTenMinutes =
        s ->
            s.record().meetings().stream()
                .anyMatch(
                    m -> Duration.between(m.startedAt(), m.endedAt()).compareTo(tenMinutes) >= 0);
    assertThat(aMeetingOfTenMinutes.test(scenario)).isTrue();

    Minimized minimized = Minimizer.minimize(scenario, aMeetingOfTenMinutes);

    List<Meeting> meetings = minimized.scenario().record().meetings();
    assertThat(meetings).hasSize(1);
    assertThat(Duration.between(meetings.get(0).startedAt(), meetings.get(0).endedAt()))
        .isEqualTo(tenMinutes);
    assertThat(meetings.get(0).attendance()).isEmpty();
    assertThat(meetings.get(0).stages()).isEmpty();
    assertThat(meetings.get(0).vote()).isEmpty();
    assertLocallyMinimal(minimized, aMeetingOfTenMinutes);
  }

  // ---------------------------------------------------------------------------------------------
  // every built-in profile, and a profile a city writes itself

  static List<Profile> profiles() {
    return List.of(
        Profiles.jinan(),
        Profiles.haidian(),
        Profiles.bishan(),
        Profiles.jinanOwnersExample(),
        DerivedProfiles.custom());
  }

  @Test
  void aVoteComesDownToTwoBallotsInScenariosOfEveryProfile() {
    Predicate<Scenario> twoBallots =
        s ->
            s.record().meetings().stream()
                .anyMatch(m -> m.vote().map(v -> v.ballots().size() >= 2).orElse(false));
    for (Profile profile : profiles()) {
      Scenario scenario =
          Scenarios.valid(profile, Shape.any().withVote(Shape.VoteForm.BALLOTS)).generate(3L, 30);
      assertThat(twoBallots.test(scenario)).as(scenario.snippet()).isTrue();

      Minimized minimized = Minimizer.minimize(scenario, twoBallots);

      Deliberation small = minimized.scenario().record();
      assertThat(small.meetings()).as(profile.id()).hasSize(1);
      assertThat(small.meetings().get(0).vote().orElseThrow().ballots())
          .as(profile.id())
          .hasSize(2);
      assertThat(small.meetings().get(0).attendance()).as(profile.id()).isEmpty();
      assertThat(small.parties().parties()).as(profile.id()).isEmpty();
      assertThat(minimized.locallyMinimal()).as(profile.id()).isTrue();
      assertLocallyMinimal(minimized, twoBallots);
    }
  }

  @Test
  void aBrokenBuiltInRuleComesDownToALocallyMinimalRecordInScenariosOfEveryProfile() {
    RuleCode quorum = RuleCodes.MEETING_QUORUM_NOT_MET;
    Predicate<Scenario> reportsNoQuorum =
        s -> s.validate().violations().stream().anyMatch(v -> v.code().equals(quorum));
    for (Profile profile : profiles()) {
      Scenario valid =
          Scenarios.valid(profile, Shape.any().with(Shape.Feature.MEETING)).generate(9L, 40);
      // nobody signed in at the first meeting: below any quorum
      Scenario broken =
          valid.withRecord(
              RecordDraft.edit(
                  valid.record(),
                  d ->
                      d.meetings.set(
                          0, MeetingDraft.edit(d.meetings.get(0), m -> m.attendance.clear()))),
              Set.of(quorum));
      assertThat(reportsNoQuorum.test(broken)).as(profile.id()).isTrue();

      Minimized small = Minimizer.minimize(broken, reportsNoQuorum);

      assertThat(small.locallyMinimal()).as(small.toString()).isTrue();
      assertThat(small.scenario().record().meetings()).as(small.toString()).hasSize(1);
      assertThat(small.scenario().record().parties().parties().size())
          .as(small.toString())
          .isLessThan(broken.record().parties().parties().size());
      assertLocallyMinimal(small, reportsNoQuorum);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the check and the bound

  @Test
  void neverReturnsAScenarioTheCheckPassesOn() {
    List<Predicate<Scenario>> checks =
        List.of(
            s -> s.record().parties().ofKind(PartyKind.EXPERT).size() >= 3,
            s -> s.record().parties().parties().size() % 7 == 3,
            s -> s.record().topic().title().length() % 2 == 0,
            s -> s.record().meetings().size() + s.record().steps().size() >= 1);
    for (long seed = 0; seed < 4; seed++) {
      Scenario scenario = Scenarios.valid(Profiles.bishan()).generate(seed, 40);
      for (int i = 0; i < checks.size(); i++) {
        Predicate<Scenario> check = checks.get(i);
        if (!check.test(scenario)) {
          continue;
        }
        for (int bound : new int[] {2, 15, Minimizer.DEFAULT_MAX_CHECKS}) {
          Minimized minimized = Minimizer.minimize(scenario, check, bound);
          assertThat(check.test(minimized.scenario()))
              .as("check %d on %s, bound %d", i, scenario.snippet(), bound)
              .isTrue();
        }
      }
    }
  }

  @Test
  void runsTheCheckNoMoreOftenThanTheBoundAndSaysWhenItStoppedThere() {
    AtomicInteger runs = new AtomicInteger();
    Predicate<Scenario> counted =
        s -> {
          runs.incrementAndGet();
          return s.record().parties().ofKind(PartyKind.STAKEHOLDER).size() >= 2;
        };

    Minimized bounded = Minimizer.minimize(LARGE_VALID, counted, 7);

    assertThat(runs.get()).isEqualTo(bounded.checks()).isLessThanOrEqualTo(7);
    assertThat(bounded.locallyMinimal()).isFalse();
    assertThat(bounded.toString()).contains("bound on checks reached");
    assertThat(counted.test(bounded.scenario())).isTrue();
    assertThat(bounded.steps()).isPositive();
    assertThat(bounded.scenario().record()).isNotEqualTo(LARGE_VALID.record());

    runs.set(0);
    Minimized once = Minimizer.minimize(LARGE_VALID, counted, 1);
    assertThat(runs.get()).isEqualTo(1);
    assertThat(once.checks()).isEqualTo(1);
    assertThat(once.steps()).isZero();
    assertThat(once.scenario().record()).isEqualTo(LARGE_VALID.record());
    assertThat(once.locallyMinimal()).isFalse();
  }

  @Test
  void aCheckThatThrowsAnotherExceptionDoesNotFailTheSameWay() {
    Predicate<Scenario> failsOrCrashes =
        s -> {
          if (s.record().parties().parties().size() < 5) {
            throw new IllegalStateException("the code under test crashes on few parties");
          }
          return true;
        };
    Minimized minimized = Minimizer.minimize(LARGE_VALID, failsOrCrashes);
    assertThat(minimized.scenario().record().parties().parties()).hasSize(5);

    Consumer<Scenario> assertsOrCrashes =
        s -> {
          if (s.record().parties().parties().size() < 4) {
            throw new NullPointerException("the code under test crashes on few parties");
          }
          assertThat(s.record().parties().parties()).isEmpty();
        };
    Minimized failure = Minimizer.minimizeFailure(LARGE_VALID, assertsOrCrashes);
    assertThat(failure.scenario().record().parties().parties()).hasSize(4);

    Predicate<Scenario> assertsInsideAPredicate =
        s -> {
          assertThat(s.record().parties().parties()).hasSizeGreaterThan(3);
          return true;
        };
    Minimized predicate = Minimizer.minimize(LARGE_VALID, assertsInsideAPredicate);
    assertThat(predicate.scenario().record().parties().parties()).hasSize(4);
  }

  @Test
  void refusesAScenarioTheCheckDoesNotFailOn() {
    assertThatThrownBy(() -> Minimizer.minimize(LARGE_VALID, s -> false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to minimize")
        .hasMessageContaining(LARGE_VALID.snippet());
    assertThatThrownBy(() -> Minimizer.minimizeFailure(LARGE_VALID, s -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the check passes");
    IllegalStateException crash = new IllegalStateException("crash");
    assertThatThrownBy(
            () ->
                Minimizer.minimizeFailure(
                    LARGE_VALID,
                    s -> {
                      throw crash;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(IllegalStateException.class.getName())
        .hasCause(crash);
  }

  @Test
  void refusesABoundBelowOneAndMissingArguments() {
    assertThatThrownBy(() -> Minimizer.minimize(LARGE_VALID, s -> true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChecks")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> Minimizer.minimizeFailure(LARGE_VALID, s -> {}, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChecks");
    assertThatThrownBy(() -> Minimizer.minimize(null, s -> true))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Minimizer.minimize(LARGE_VALID, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Minimizer.minimizeFailure(LARGE_VALID, null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------------------------------------

  private static Predicate<Scenario> failsWithAssertion(Consumer<Scenario> check) {
    return s -> {
      try {
        check.accept(s);
        return false;
      } catch (AssertionError failure) {
        return true;
      }
    };
  }

  /** No single step of the minimized record gives one the model builds and the check fails on. */
  private static void assertLocallyMinimal(Minimized minimized, Predicate<Scenario> fails) {
    Scenario small = minimized.scenario();
    assertThat(fails.test(small)).as("the minimized scenario fails").isTrue();
    List<Step> steps = Sites.steps(small.profile(), small.record());
    int built = 0;
    for (Step step : steps) {
      Deliberation candidate;
      try {
        candidate = step.candidate().get();
      } catch (InvalidModelException refused) {
        continue;
      }
      built++;
      boolean stillFails;
      try {
        stillFails = fails.test(small.withRecord(candidate, small.expectedCodes()));
      } catch (RuntimeException otherFailure) {
        stillFails = false;
      }
      assertThat(stillFails)
          .as("%s still fails after: %s", small.snippet(), step.description())
          .isFalse();
    }
    assertThat(built).as("steps the model builds").isPositive();
  }
}
