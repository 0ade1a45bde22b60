package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shangliang.deliberation.rules.MeetingCase.AFTER_ALL;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.OutcomeCase.CLASSIFIED;
import static org.shangliang.deliberation.rules.OutcomeCase.ESCALATED;
import static org.shangliang.deliberation.rules.OutcomeCase.LIFT_DEADLINE;
import static org.shangliang.deliberation.rules.OutcomeCase.MID_WORKS;
import static org.shangliang.deliberation.rules.OutcomeCase.RECEIVED;
import static org.shangliang.deliberation.rules.OutcomeCase.REVISIT_DUE;
import static org.shangliang.deliberation.rules.OutcomeCase.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * What a record owes after the result (DOMAIN.md, Jinan "after the result"; Beijing 接诉即办): open
 * items by their deadlines, a committed item's next progress report, an open escalation's next
 * follow-up, the revisit of finished items, a hotline case's reply and handling.
 */
class ObligationsAccountabilityTest {
  private static final Duration MONTH = Duration.ofDays(30);
  private static final Duration FIFTEEN_DAYS = Duration.ofDays(15);
  private static final Instant LATER_DEADLINE = Instant.parse("2027-06-30T09:00:00Z");
  private static final Instant MIXED_AT = CLASSIFIED.plus(Duration.ofDays(10));

  private static List<Obligation> owed(OutcomeCase c, Instant now) {
    return Obligations.of(c.profile).at(c.build(), now);
  }

  /** A committed outcome with the lift still to build by the end of June, no report yet. */
  private static OutcomeCase committedAndOpen() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.clear();
    c.duties.get(1).open().deadline = Optional.of(LATER_DEADLINE);
    c.rephase(SupervisionPhase.AFTER, SupervisionPhase.DURING);
    c.revisits.clear();
    c.appraisals.clear();
    return c;
  }

  /** The recommendation whose escalation is still open, with the given follow-ups. */
  private static OutcomeCase openEscalation(FollowUp... followUps) {
    OutcomeCase.EscalationDraft draft = OutcomeCase.escalation();
    draft.followUps.clear();
    draft.followUps.addAll(List.of(followUps));
    draft.resolvedAt = Optional.empty();
    OutcomeCase c = new OutcomeCase().recommendation();
    c.escalations.set(0, draft.build());
    c.solvedAt = Optional.empty();
    c.residentsNotice = Optional.empty();
    return c;
  }

  /** The hotline case not yet replied to nor handled. */
  private static OutcomeCase hotlinePending() {
    OutcomeCase c = new OutcomeCase().withHotline();
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    c.hotlineCase = Optional.of(draft.build());
    return c;
  }

  @Test
  void listsNothingForTheCompliantOutcomeOnceAllIsDone() {
    assertThat(owed(new OutcomeCase(), AFTER_ALL)).isEmpty();
    assertThat(owed(new OutcomeCase().committed(), AFTER_ALL)).isEmpty();
    assertThat(owed(new OutcomeCase().recommendation(), AFTER_ALL)).isEmpty();
    assertThat(owed(new OutcomeCase().withHotline(), AFTER_ALL)).isEmpty();
  }

  // outcome.duty.overdue

  @Test
  void listsOpenItemAsDueByItsDeadline() {
    List<Obligation> open = owed(new OutcomeCase().carryingOut(), MID_WORKS);
    assertThat(open).singleElement().satisfies(o -> {
      assertThat(o.code()).isEqualTo(RuleCodes.OUTCOME_DUTY_OVERDUE);
      assertThat(o.path()).isEqualTo(Path.of("outcome", "duties").index(1).child("deadline"));
      assertThat(o.path()).hasToString("outcome.duties[1].deadline");
      assertThat(o.dueAt()).isEqualTo(LIFT_DEADLINE);
      assertThat(o.overdue()).isFalse();
    });
  }

  @Test
  void keepsOpenItemDueAtItsDeadlineAndOverdueAfter() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    assertThat(owed(c, LIFT_DEADLINE)).singleElement().satisfies(o -> assertThat(o.overdue()).isFalse());
    assertThat(owed(c, LIFT_DEADLINE.plusSeconds(1)))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.overdue()).isTrue();
          assertThat(o).hasToString(
              "OVERDUE outcome.duty.overdue at outcome.duties[1].deadline by " + LIFT_DEADLINE);
        });
  }

  @Test
  void listsEveryOpenItemWithADeadlineInRecordOrder() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.duties.get(0).open();
    c.duties.add(new OutcomeCase.DutyDraft("signage-1", "张贴电梯使用须知"));
    assertThat(owed(c, MID_WORKS))
        .extracting(o -> o.path().toString(), Obligation::overdue)
        .containsExactly(
            tuple("outcome.duties[0].deadline", true), tuple("outcome.duties[1].deadline", false));
  }

  @Test
  void agreesWithTheValidatorOnAnOverdueItem() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.now = LIFT_DEADLINE.plus(Duration.ofDays(1));
    assertThat(owed(c, c.now))
        .extracting(o -> o.path().toString())
        .containsExactly(
            c.validate().violationsOf(RuleCodes.OUTCOME_DUTY_OVERDUE).get(0).path().toString());
  }

  // outcome.committed.progress-missing

  @Test
  void listsTheFirstProgressReportAs30DaysAfterClassification() {
    List<Obligation> open = owed(committedAndOpen(), CLASSIFIED.plus(Duration.ofDays(10)));
    assertThat(open)
        .extracting(Obligation::code, o -> o.path().toString(), Obligation::dueAt, Obligation::overdue)
        .containsExactly(
            tuple(RuleCodes.OUTCOME_DUTY_OVERDUE, "outcome.duties[1].deadline", LATER_DEADLINE, false),
            tuple(
                RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
                "outcome.progressReports",
                CLASSIFIED.plus(MONTH),
                false));
  }

  @Test
  void listsTheNextProgressReportAs30DaysAfterTheLastOne() {
    OutcomeCase c = committedAndOpen();
    Instant last = CLASSIFIED.plus(Duration.ofDays(28));
    c.progressReports.add(progress(last));
    assertThat(progressDue(c, CLASSIFIED.plus(Duration.ofDays(40))))
        .containsExactly(last.plus(MONTH));
  }

  @Test
  void countsOnlyReportsPublishedByTheInstantJudged() {
    OutcomeCase c = committedAndOpen();
    c.progressReports.add(progress(CLASSIFIED.plus(Duration.ofDays(50))));
    List<Obligation> open = owed(c, CLASSIFIED.plus(Duration.ofDays(40)));
    assertThat(open.get(1).dueAt()).isEqualTo(CLASSIFIED.plus(MONTH));
    assertThat(open.get(1).overdue()).isTrue();
  }

  @Test
  void listsNoProgressReportOnceTheCommittedItemsAreDone() {
    assertThat(progressDue(new OutcomeCase().committed(), AFTER_ALL)).isEmpty();
  }

  @Test
  void listsNoProgressReportForAnImmediateOutcome() {
    assertThat(progressDue(new OutcomeCase().carryingOut(), MID_WORKS)).isEmpty();
  }

  @Test
  void agreesWithTheValidatorOnAMissedProgressReport() {
    OutcomeCase c = committedAndOpen();
    c.now = CLASSIFIED.plus(Duration.ofDays(31));
    Obligation o = owed(c, c.now).get(1);
    assertThat(o.overdue()).isTrue();
    assertThat(c.validate().violationsOf(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.path()).isEqualTo(o.path());
          assertThat(v.args().get(0)).isEqualTo(o.dueAt());
        });
  }

  private static List<Instant> progressDue(OutcomeCase c, Instant now) {
    return owed(c, now).stream()
        .filter(o -> o.code().equals(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING))
        .map(Obligation::dueAt)
        .collect(Collectors.toList());
  }

  // escalation.follow-up-late

  @Test
  void listsAnOpenEscalationsFirstFollowUp15DaysAfterItWentUp() {
    assertThat(followUps(openEscalation(), ESCALATED.plus(Duration.ofDays(5))))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.code()).isEqualTo(RuleCodes.ESCALATION_FOLLOW_UP_LATE);
          assertThat(o.path()).hasToString("escalations[0].followUps");
          assertThat(o.dueAt()).isEqualTo(ESCALATED.plus(FIFTEEN_DAYS));
          assertThat(o.overdue()).isFalse();
        });
  }

  @Test
  void listsTheNextFollowUp15DaysAfterTheLastOne() {
    Instant last = ESCALATED.plus(Duration.ofDays(10));
    OutcomeCase c = openEscalation(FollowUp.of(last, "街道已受理"));
    assertThat(followUps(c, ESCALATED.plus(Duration.ofDays(26))))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.dueAt()).isEqualTo(last.plus(FIFTEEN_DAYS));
          assertThat(o.overdue()).isTrue();
        });
  }

  private static List<Obligation> followUps(OutcomeCase c, Instant now) {
    return owed(c, now).stream()
        .filter(o -> o.code().equals(RuleCodes.ESCALATION_FOLLOW_UP_LATE))
        .collect(Collectors.toList());
  }

  @Test
  void listsTheHigherTiersAnswerByTheEscalationsDeadlineUntilItIsResolved() {
    OutcomeCase c = openEscalation();
    List<Obligation> answers =
        owed(c, ESCALATED.plus(Duration.ofDays(5))).stream()
            .filter(o -> o.code().equals(RuleCodes.ESCALATION_ANSWER_LATE))
            .collect(Collectors.toList());
    assertThat(answers)
        .singleElement()
        .satisfies(o -> {
          assertThat(o.path()).hasToString("escalations[0].deadline");
          assertThat(o.dueAt()).isEqualTo(c.escalations.get(0).deadline());
          assertThat(o.overdue()).isFalse();
        });
  }

  @Test
  void listsNoFollowUpOnceTheEscalationIsResolved() {
    assertThat(owed(new OutcomeCase().recommendation(), ESCALATED.plus(Duration.ofDays(5)))).isEmpty();
  }

  @Test
  void agreesWithTheValidatorOnALateFollowUp() {
    OutcomeCase c = openEscalation();
    c.now = ESCALATED.plus(Duration.ofDays(16));
    Obligation o = followUps(c, c.now).get(0);
    assertThat(c.validate().violationsOf(RuleCodes.ESCALATION_FOLLOW_UP_LATE))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.path()).isEqualTo(o.path());
          assertThat(v.args().get(0)).isEqualTo(o.dueAt());
        });
  }

  // revisit.missing

  @Test
  void listsTheRevisitAs30DaysAfterCompletion() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    assertThat(owed(c, AFTER_ALL)).singleElement().satisfies(o -> {
      assertThat(o.code()).isEqualTo(RuleCodes.REVISIT_MISSING);
      assertThat(o.path()).isEqualTo(Path.of("revisits"));
      assertThat(o.dueAt()).isEqualTo(REVISIT_DUE);
      assertThat(o.overdue()).isFalse();
    });
    assertThat(owed(c, REVISIT_DUE.plusSeconds(1)))
        .singleElement()
        .satisfies(o -> assertThat(o.overdue()).isTrue());
  }

  @Test
  void listsNoRevisitOnceRevisitedInTimeOrLate() {
    assertThat(owed(new OutcomeCase(), REVISIT_DUE.plus(Duration.ofDays(5)))).isEmpty();
    OutcomeCase late = new OutcomeCase();
    late.revisits.set(0, Revisit.of(REVISIT_DUE.plus(Duration.ofDays(2)), RC, "居民反映电梯运行平稳"));
    assertThat(owed(late, REVISIT_DUE.plus(Duration.ofDays(5)))).isEmpty();
    late.now = REVISIT_DUE.plus(Duration.ofDays(5));
    assertThat(late.validate().violationsOf(RuleCodes.REVISIT_MISSING)).hasSize(1);
  }

  @Test
  void listsNoRevisitWhileItemsAreOpen() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    assertThat(owed(c, MID_WORKS))
        .extracting(Obligation::code)
        .containsExactly(RuleCodes.OUTCOME_DUTY_OVERDUE);
  }

  // hotline.reply-late, hotline.handling-late

  @Test
  void listsTheHotlineReplyAndHandlingDue() {
    assertThat(owed(hotlinePending(), RECEIVED.plus(Duration.ofHours(1))))
        .extracting(Obligation::code, o -> o.path().toString(), Obligation::dueAt, Obligation::overdue)
        .containsExactly(
            tuple(
                RuleCodes.HOTLINE_REPLY_LATE,
                "hotlineCase.repliedAt",
                RECEIVED.plus(Duration.ofHours(24)),
                false),
            tuple(
                RuleCodes.HOTLINE_HANDLING_LATE,
                "hotlineCase.handledAt",
                RECEIVED.plus(Duration.ofDays(7)),
                false));
  }

  @Test
  void marksTheReplyOverdueAfter24HoursAndDropsItOnceReplied() {
    OutcomeCase c = hotlinePending();
    assertThat(owed(c, RECEIVED.plus(Duration.ofHours(25))))
        .extracting(Obligation::code, Obligation::overdue)
        .containsExactly(
            tuple(RuleCodes.HOTLINE_REPLY_LATE, true), tuple(RuleCodes.HOTLINE_HANDLING_LATE, false));
    OutcomeCase.HotlineDraft replied = OutcomeCase.hotline();
    replied.handledAt = Optional.empty();
    c.hotlineCase = Optional.of(replied.build());
    assertThat(owed(c, RECEIVED.plus(Duration.ofHours(25))))
        .extracting(Obligation::code)
        .containsExactly(RuleCodes.HOTLINE_HANDLING_LATE);
  }

  @Test
  void listsNoHotlineTimeLimitWhereTheProfileSetsNone() {
    OutcomeCase c = hotlinePending();
    assertThat(Obligations.of(Profiles.bishan()).at(c.build(), RECEIVED)).isEmpty();
  }

  // switched-off rules

  /** A record that owes one of each kind at {@link #MIXED_AT}, but the revisit (open items). */
  private static Deliberation owingAlmostEverything() {
    OutcomeCase c = committedAndOpen();
    OutcomeCase.EscalationDraft open = OutcomeCase.escalation();
    open.followUps.clear();
    open.resolvedAt = Optional.empty();
    c.escalations.add(open.build());
    OutcomeCase.HotlineDraft draft = OutcomeCase.hotline();
    draft.repliedAt = Optional.empty();
    draft.handledAt = Optional.empty();
    c.withHotline();
    c.hotlineCase = Optional.of(draft.build());
    return c.build();
  }

  @Test
  void listsOneOfEachKindForTheMixedRecord() {
    assertThat(Obligations.of(Profiles.jinan()).at(owingAlmostEverything(), MIXED_AT))
        .extracting(Obligation::code)
        .containsExactly(
            RuleCodes.OUTCOME_DUTY_OVERDUE,
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
            RuleCodes.ESCALATION_ANSWER_LATE,
            RuleCodes.ESCALATION_FOLLOW_UP_LATE,
            RuleCodes.HOTLINE_REPLY_LATE,
            RuleCodes.HOTLINE_HANDLING_LATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outcome.duty.overdue",
        "outcome.committed.progress-missing",
        "escalation.answer-late",
        "escalation.follow-up-late",
        "hotline.reply-late",
        "hotline.handling-late"
      })
  void listsNothingForARuleTheProfileSwitchesOff(String value) {
    RuleCode off = RuleCode.of(value);
    Profile profile = Profiles.jinan().withRuleSettings(List.of(RuleSetting.off(off)));
    List<RuleCode> codes =
        Obligations.of(profile).at(owingAlmostEverything(), MIXED_AT).stream()
            .map(Obligation::code)
            .collect(Collectors.toList());
    assertThat(codes).hasSize(5).doesNotContain(off);
  }

  @Test
  void listsNoRevisitWhenItsRuleIsOff() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    assertThat(owed(c, AFTER_ALL)).hasSize(1);
    assertThat(
            Obligations.of(
                    Profiles.jinan().withRuleSettings(List.of(RuleSetting.off(RuleCodes.REVISIT_MISSING))))
                .at(c.build(), AFTER_ALL))
        .isEmpty();
  }

  @Test
  void keepsListingADutyWhoseRuleOnlyChangesSeverity() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    Profile warning =
        Profiles.jinan()
            .withRuleSettings(
                List.of(
                    RuleSetting.severity(
                        RuleCodes.OUTCOME_DUTY_OVERDUE,
                        Severity.WARNING)));
    assertThat(Obligations.of(warning).at(c.build(), MID_WORKS)).hasSize(1);
  }

  @Test
  void listsTheShelvedMattersTakeUpDateUntilItIsReopened() {
    OutcomeCase c = new OutcomeCase().shelved();
    java.time.Instant due = java.time.Instant.parse("2027-06-11T16:00:00Z"); // end of 2027-06-11 +08:00
    assertThat(owed(c, AFTER_ALL))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.code()).isEqualTo(RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP);
              assertThat(o.path()).hasToString("outcome.takeUpAgainOn");
              assertThat(o.dueAt()).isEqualTo(due);
              assertThat(o.overdue()).isFalse();
            });
    assertThat(owed(c, due.plusSeconds(1))).singleElement().satisfies(o -> assertThat(o.overdue()).isTrue());
    c.reopenings.add(org.shangliang.deliberation.outcome.Reopening.of(due.minusSeconds(3600), "按期重新协商"));
    assertThat(owed(c, due.plusSeconds(1))).isEmpty();
  }

  @Test
  void leavesOutTheShelvedMattersTakeUpWhenItsRuleIsOff() {
    OutcomeCase c = new OutcomeCase().shelved();
    assertThat(owed(c, AFTER_ALL)).hasSize(1);
    assertThat(
            Obligations.of(ProfileVariants.jinanWith(RuleSetting.off(RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP)))
                .at(c.build(), AFTER_ALL))
        .isEmpty();
  }

  @Test
  void leavesOutTheProgressReportWhenItsRuleIsOffAndKeepsTheOpenItem() {
    Instant at = CLASSIFIED.plus(Duration.ofDays(10));
    Profile off = ProfileVariants.jinanWith(RuleSetting.off(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING));
    assertThat(Obligations.of(off).at(committedAndOpen().build(), at))
        .extracting(Obligation::code)
        .containsExactly(RuleCodes.OUTCOME_DUTY_OVERDUE);
  }

  @Test
  void leavesOutTheFollowUpWhenItsRuleIsOffAndKeepsTheAnswer() {
    Profile off = ProfileVariants.jinanWith(RuleSetting.off(RuleCodes.ESCALATION_FOLLOW_UP_LATE));
    assertThat(Obligations.of(off).at(openEscalation().build(), ESCALATED.plus(Duration.ofDays(5))))
        .extracting(Obligation::code)
        .doesNotContain(RuleCodes.ESCALATION_FOLLOW_UP_LATE)
        .contains(RuleCodes.ESCALATION_ANSWER_LATE);
    assertThat(owed(openEscalation(), ESCALATED.plus(Duration.ofDays(5))))
        .extracting(Obligation::code)
        .contains(RuleCodes.ESCALATION_FOLLOW_UP_LATE, RuleCodes.ESCALATION_ANSWER_LATE);
  }
}
