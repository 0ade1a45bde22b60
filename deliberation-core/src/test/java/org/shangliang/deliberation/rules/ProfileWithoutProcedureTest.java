package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.AUDIT;
import static org.shangliang.deliberation.rules.MeetingCase.DI;
import static org.shangliang.deliberation.rules.MeetingCase.FIN;
import static org.shangliang.deliberation.rules.MeetingCase.OWNER;
import static org.shangliang.deliberation.rules.MeetingCase.REP;
import static org.shangliang.deliberation.rules.OutcomeCase.ESCALATED;
import static org.shangliang.deliberation.rules.OutcomeCase.REVISIT_DUE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * A profile that sets no procedure (no quorum, time window, appraisal scale) asks nothing of what it
 * does not set: the rules and obligations that depend on a setting stay silent without it, while the
 * same records break them under Jinan's procedure.
 */
class ProfileWithoutProcedureTest {
  /**
   * The case's profile identity (catalogue, tiers, supervisors) with no procedure at all, except that
   * a poor appraisal would reopen the matter if the profile had a scale.
   */
  private static Profile withoutProcedure(Profile profile) {
    Profile none =
        new Profile.Builder()
            .id("none")
            .name(profile.name())
            .catalogue(profile.catalogue())
            .reopenOnPoorAppraisal(true)
            .build();
    return profile.withProcedureOf(none);
  }

  /** Asserts the case breaks the rule under its own profile and not without a procedure. */
  private static void assertOnlyWithProcedure(LiftCase c, RuleCode code) {
    assertThat(c.validate().violationsOf(code)).as("%s with the procedure", code).isNotEmpty();
    c.profile = withoutProcedure(c.profile);
    assertThat(c.validate().violationsOf(code)).as("%s without a procedure", code).isEmpty();
  }

  @Test
  void judgesNoQuorumWhereTheProfileSetsNone() {
    MeetingCase c = new MeetingCase();
    c.invited.addAll(List.of(DI, FIN, AUDIT));
    assertOnlyWithProcedure(c, RuleCodes.MEETING_QUORUM_NOT_MET);
  }

  @Test
  void judgesNoUrgentMatterWhereTheProfileSetsNoWindow() {
    Instant raised = Instant.parse("2026-12-09T01:00:00Z");
    MeetingCase c = new MeetingCase().urgent(raised).withoutMeeting();
    c.now = raised.plus(Duration.ofHours(49));
    assertOnlyWithProcedure(c, RuleCodes.MEETING_URGENT_LATE);
  }

  @Test
  void judgesNoProgressReportsWhereTheProfileSetsNoInterval() {
    OutcomeCase c = new OutcomeCase().committed();
    c.progressReports.remove(1);
    assertOnlyWithProcedure(c, RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING);
  }

  @Test
  void judgesNoRevisitWhereTheProfileSetsNoWindow() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    c.now = REVISIT_DUE.plusSeconds(1);
    assertOnlyWithProcedure(c, RuleCodes.REVISIT_MISSING);
  }

  @Test
  void judgesNoFollowUpWhereTheProfileSetsNoWindow() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft silent = OutcomeCase.escalation();
    silent.followUps.clear();
    silent.resolvedAt = Optional.empty();
    c.escalations.set(0, silent.build());
    c.solvedAt = Optional.empty();
    c.residentsNotice = Optional.empty();
    c.now = ESCALATED.plus(Duration.ofDays(16));
    assertOnlyWithProcedure(c, RuleCodes.ESCALATION_FOLLOW_UP_LATE);
  }

  @Test
  void judgesNoScoreWhereTheProfileSetsNoScale() {
    OutcomeCase c = new OutcomeCase();
    c.appraisals.set(1, Appraisal.of(c.appraisals.get(1).at(), REP, 6));
    assertOnlyWithProcedure(c, RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE);
  }

  @Test
  void judgesNoPoorAppraisalWhereTheProfileSetsNoScale() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.appraisals.set(0, Appraisal.of(c.appraisals.get(0).at(), OWNER, 2));
    assertOnlyWithProcedure(c, RuleCodes.APPRAISAL_POOR_NOT_REOPENED);
  }

  @Test
  void owesNoProgressRevisitOrFollowUpWhereTheProfileSetsNoWindow() {
    OutcomeCase committed = new OutcomeCase().committed();
    committed.progressReports.clear();
    committed.revisits.clear();
    OutcomeCase.EscalationDraft open = OutcomeCase.escalation();
    open.followUps.clear();
    open.resolvedAt = Optional.empty();
    committed.escalations.add(open.build());
    Instant at = REVISIT_DUE.plus(Duration.ofDays(1));
    assertThat(Obligations.of(committed.profile).at(committed.build(), at))
        .extracting(Obligation::code)
        .contains(RuleCodes.REVISIT_MISSING, RuleCodes.ESCALATION_FOLLOW_UP_LATE);
    assertThat(Obligations.of(withoutProcedure(committed.profile)).at(committed.build(), at))
        .extracting(Obligation::code)
        .doesNotContain(
            RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING,
            RuleCodes.REVISIT_MISSING,
            RuleCodes.ESCALATION_FOLLOW_UP_LATE);

    OutcomeCase open30 = new OutcomeCase().committed();
    open30.progressReports.clear();
    open30.duties.get(1).open();
    Instant early = OutcomeCase.CLASSIFIED.plus(Duration.ofDays(10));
    assertThat(Obligations.of(open30.profile).at(open30.build(), early))
        .extracting(Obligation::code)
        .contains(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING);
    assertThat(Obligations.of(withoutProcedure(open30.profile)).at(open30.build(), early))
        .extracting(Obligation::code)
        .doesNotContain(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING);
  }
}
