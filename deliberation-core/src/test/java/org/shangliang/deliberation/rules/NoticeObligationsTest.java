package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shangliang.deliberation.rules.OutcomeCase.CLASSIFIED;
import static org.shangliang.deliberation.rules.OutcomeCase.RESOLVED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Violation;

/**
 * The notices to residents a record still owes (Jinan 2018, 结果分流分类办理): a shelved matter's
 * explanation within the window after the shelving, and a solved recommendation's notice within the
 * window after the solution; a notice given before its event does not meet it.
 */
class NoticeObligationsTest {
  private static final Duration WEEK = Duration.ofDays(7);

  private static List<Obligation> owed(OutcomeCase c, Instant now, RuleCode code) {
    return Obligations.of(c.profile).at(c.build(), now).stream()
        .filter(o -> o.code().equals(code))
        .collect(Collectors.toList());
  }

  private static OutcomeCase unexplained() {
    OutcomeCase c = new OutcomeCase().shelved();
    c.residentsNotice = Optional.empty();
    return c;
  }

  private static OutcomeCase untold() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.residentsNotice = Optional.empty();
    return c;
  }

  private static Publicity notice(Instant from) {
    return Publicity.of("社区公示栏", from, from.plus(WEEK));
  }

  @Test
  void listsTheShelvedExplanationAWeekAfterTheShelvingAndOverdueAfter() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING;
    assertThat(owed(unexplained(), CLASSIFIED.plus(Duration.ofDays(1)), code))
        .extracting(o -> o.path().toString(), Obligation::dueAt, Obligation::overdue, Obligation::args)
        .containsExactly(
            tuple("outcome.residentsNotice", CLASSIFIED.plus(WEEK), false,
                List.of(CLASSIFIED, CLASSIFIED.plus(WEEK))));
    assertThat(owed(unexplained(), CLASSIFIED.plus(WEEK).plusSeconds(1), code))
        .singleElement()
        .satisfies(o -> assertThat(o.overdue()).isTrue());
  }

  @Test
  void dropsTheShelvedExplanationOnceANoticeIsGivenAfterTheShelvingButNotBefore() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING;
    OutcomeCase c = unexplained();
    c.residentsNotice = Optional.of(notice(CLASSIFIED.plus(Duration.ofDays(2))));
    assertThat(owed(c, CLASSIFIED.plus(Duration.ofDays(3)), code)).isEmpty();
    assertThat(owed(c, CLASSIFIED.plus(Duration.ofDays(1)), code)).hasSize(1);
    c.residentsNotice = Optional.of(notice(CLASSIFIED.minusSeconds(1)));
    assertThat(owed(c, CLASSIFIED.plus(Duration.ofDays(3)), code)).hasSize(1);
  }

  @Test
  void listsTheRecommendationNoticeAWeekAfterTheSolutionOnceSolved() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD;
    assertThat(owed(untold(), RESOLVED.minusSeconds(1), code)).isEmpty();
    assertThat(owed(untold(), RESOLVED.plus(Duration.ofDays(2)), code))
        .extracting(o -> o.path().toString(), Obligation::dueAt, Obligation::overdue, Obligation::args)
        .containsExactly(
            tuple("outcome.residentsNotice", RESOLVED.plus(WEEK), false,
                List.of(RESOLVED, RESOLVED.plus(WEEK))));
  }

  @Test
  void keepsTheRecommendationNoticeOwedWhileTheOnlyNoticeCameBeforeTheSolution() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD;
    OutcomeCase c = untold();
    c.residentsNotice = Optional.of(notice(RESOLVED.minus(Duration.ofDays(1))));
    assertThat(owed(c, RESOLVED.plus(Duration.ofDays(2)), code)).hasSize(1);
    c.residentsNotice = Optional.of(notice(RESOLVED.plus(Duration.ofDays(1))));
    assertThat(owed(c, RESOLVED.plus(Duration.ofDays(2)), code)).isEmpty();
  }

  @Test
  void agreesWithTheValidatorOnAMissedExplanationAndAMissedNotice() {
    OutcomeCase shelved = unexplained();
    shelved.now = CLASSIFIED.plus(Duration.ofDays(8));
    assertAgree(shelved, RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING);
    OutcomeCase recommendation = untold();
    recommendation.now = RESOLVED.plus(Duration.ofDays(8));
    assertAgree(recommendation, RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD);
  }

  private static void assertAgree(OutcomeCase c, RuleCode code) {
    List<Obligation> owed = owed(c, c.now, code);
    List<Violation> violations = c.validate().violationsOf(code);
    assertThat(owed).hasSize(1);
    assertThat(violations).hasSize(1);
    assertThat(owed.get(0).overdue()).isTrue();
    assertThat(owed.get(0).path()).isEqualTo(violations.get(0).path());
    assertThat(owed.get(0).args().get(0)).isEqualTo(violations.get(0).args().get(0));
  }

  @Test
  void listsNoNoticeWhereTheProfileSetsNoWindowOrSwitchesTheRuleOff() {
    Profile untimed = Profiles.jinan().withNoticeWindows(Optional.empty(), Optional.empty());
    OutcomeCase shelved = unexplained();
    shelved.profile = untimed;
    assertThat(owed(shelved, CLASSIFIED.plus(Duration.ofDays(1)), RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING))
        .isEmpty();
    OutcomeCase recommendation = untold();
    recommendation.profile =
        Profiles.jinan()
            .withRuleSettings(List.of(RuleSetting.off(RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD)));
    assertThat(
            owed(recommendation, RESOLVED.plus(Duration.ofDays(1)),
                RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD))
        .isEmpty();
  }
}
