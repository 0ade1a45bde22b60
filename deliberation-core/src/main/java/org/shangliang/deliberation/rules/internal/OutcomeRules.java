package org.shangliang.deliberation.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.Classification;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Rules on the outcome kind and its duties (outcome.*). */
final class OutcomeRules {
  private OutcomeRules() {}



  private static final LocalizedText RESPONSIBLE = LocalizedText.of("责任主体", "a responsible party");

  private static final LocalizedText MEASURES = LocalizedText.of("工作措施", "measures");

  private static final LocalizedText DEADLINE = LocalizedText.of("完成时限", "a deadline");

  private static final LocalizedText NOT_SOLVED = LocalizedText.of("尚未解决", "not yet solved");

  /** The path of the outcome's notice to residents. */
  private static final Path NOTICE = OnOutcome.OUTCOME.child("residentsNotice");

  /**
   * Whether a notice owed after an event is missing at the instant judged: its window (if any) has
   * passed.
   */
  private static boolean pastWindow(RuleContext context, Instant event, Optional<Duration> window) {
    return window.isEmpty() || context.now().isAfter(event.plus(window.get()));
  }

  /**
   * Reports the gaps in a committed outcome's progress reports under the profile's interval: the late
   * reports, each at its own path, or the missing one after the last, at the list.
   */
  private static void reportProgressGaps(RuleContext context, OutcomeRecord outcome, boolean late) {
    Optional<Duration> interval = context.profile().progressPublicityInterval();
    if (interval.isEmpty()) {
      return;
    }
    Path reports = OnOutcome.OUTCOME.child("progressReports");
    for (Accountability.ProgressGap gap :
        Accountability.progressGaps(outcome, interval.get(), context.now())) {
      if (late && gap.report() >= 0) {
        context.report(reports.index(gap.report()), gap.due(), interval.get(), gap.given());
      } else if (!late && gap.report() < 0) {
        context.report(reports, gap.due(), interval.get());
      }
    }
  }

  /** Reports the outcome's notice to residents if it went up later than a window after its event. */
  private static void reportIfLate(
      RuleContext context, OutcomeRecord outcome, Instant event, Optional<Duration> window) {
    Instant given = outcome.residentsNotice().get().from();
    if (window.isPresent() && given.isAfter(event.plus(window.get()))) {
      context.report(NOTICE, event, window.get(), given);
    }
  }


  /** outcome.kind.contradicts-facts: the recorded kind is the one its facts classify to. */
  static final class KindContradictsFacts extends OnOutcome {
    KindContradictsFacts() {
      super(RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (OutcomeClassifier.kindOf(outcome.facts()) != outcome.kind()) {
        Classification classified = OutcomeClassifier.classify(outcome.facts());
        context.report(OUTCOME.child("kind"), outcome.kind(), classified.kind(), classified.reasons());
      }
    }
  }

  /** outcome.shelved.premature: shelving comes after several rounds, deep disagreement or wide scope. */
  static final class ShelvedPremature extends OnOutcome {
    ShelvedPremature() {
      super(RuleCodes.OUTCOME_SHELVED_PREMATURE, Severity.WARNING, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      int minimum = context.profile().minRoundsBeforeShelving();
      if (outcome.kind() == OutcomeKind.SHELVED
          && outcome.facts().roundsHeld() < minimum
          && outcome.facts().disagreement() != org.shangliang.deliberation.outcome.Disagreement.DEEP
          && !outcome.facts().wideScopeOrComplexCauses()) {
        context.report(OUTCOME.child("kind"), outcome.facts().roundsHeld(), minimum);
      }
    }
  }

  /** outcome.duties-missing: an immediate or committed outcome has agreed items. */
  static final class DutiesMissing extends OnOutcome {
    DutiesMissing() {
      super(RuleCodes.OUTCOME_DUTIES_MISSING, Severity.ERROR, AFTER);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if ((outcome.kind() == OutcomeKind.IMMEDIATE || outcome.kind() == OutcomeKind.COMMITTED)
          && outcome.duties().isEmpty()) {
        context.report(OUTCOME.child("duties"), outcome.kind());
      }
    }
  }

  /** outcome.duty.incomplete: every agreed item has a responsible party, measures and a deadline. */
  static final class DutyIncomplete extends OnOutcome {
    DutyIncomplete() {
      super(RuleCodes.OUTCOME_DUTY_INCOMPLETE, Severity.ERROR, AFTER);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      for (int i = 0; i < outcome.duties().size(); i++) {
        Duty duty = outcome.duties().get(i);
        boolean noResponsible = duty.responsible().isEmpty();
        boolean noMeasures = duty.measures().isEmpty();
        boolean noDeadline = duty.deadline().isEmpty();
        if (noResponsible || noMeasures || noDeadline) {
          List<LocalizedText> missing = new ArrayList<>(3);
          if (noResponsible) {
            missing.add(RESPONSIBLE);
          }
          if (noMeasures) {
            missing.add(MEASURES);
          }
          if (noDeadline) {
            missing.add(DEADLINE);
          }
          context.report(OUTCOME.child("duties").index(i), duty.id(), List.copyOf(missing));
        }
      }
    }
  }

  /** outcome.duty.responsible-not-listed: the responsible party is on the party list. */
  static final class ResponsibleNotListed extends OnOutcome {
    ResponsibleNotListed() {
      super(RuleCodes.OUTCOME_DUTY_RESPONSIBLE_NOT_LISTED, Severity.ERROR, AFTER);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      for (int i = 0; i < outcome.duties().size(); i++) {
        Optional<PartyId> responsible = outcome.duties().get(i).responsible();
        if (responsible.isPresent() && !context.deliberation().parties().has(responsible.get())) {
          context.report(
              OUTCOME.child("duties").index(i).child("responsible"), responsible.get());
        }
      }
    }
  }

  /** outcome.duty.overdue: an item is finished by its deadline. */
  static final class DutyOverdue extends OnOutcome {
    DutyOverdue() {
      super(RuleCodes.OUTCOME_DUTY_OVERDUE, Severity.ERROR, AFTER);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      for (int i = 0; i < outcome.duties().size(); i++) {
        Duty duty = outcome.duties().get(i);
        if (duty.deadline().isEmpty()) {
          continue;
        }
        Instant finished = duty.completedAt().orElse(context.now());
        if (finished.isAfter(duty.deadline().get())) {
          context.report(
              OUTCOME.child("duties").index(i).child("deadline"), duty.id(), duty.deadline().get());
        }
      }
    }
  }

  /** outcome.duty.completion-record-missing: a finished item has its completion record. */
  static final class CompletionRecordMissing extends OnOutcome {
    CompletionRecordMissing() {
      super(RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING, Severity.ERROR, AFTER);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      for (int i = 0; i < outcome.duties().size(); i++) {
        Duty duty = outcome.duties().get(i);
        if (duty.isCompleted() && duty.completionRecord().isEmpty()) {
          context.report(OUTCOME.child("duties").index(i).child("completionRecord"), duty.id());
        }
      }
    }
  }

  /**
   * outcome.committed.progress-missing: a committed item publishes progress within the interval
   * after its last report (or its classification) until it is done; one violation for the open gap
   * at the end, at the list of reports (the report that should follow).
   */
  static final class ProgressMissing extends OnOutcome {
    ProgressMissing() {
      super(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      reportProgressGaps(context, outcome, false);
    }
  }

  /**
   * outcome.shelved.explanation-missing: residents are told why a matter is shelved, by a notice
   * given at or after the shelving; where the profile sets a window, reported once it has passed.
   */
  static final class ShelvedExplanationMissing extends OnOutcome {
    ShelvedExplanationMissing() {
      super(RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() != OutcomeKind.SHELVED || Accountability.explained(outcome)) {
        return;
      }
      if (pastWindow(context, outcome.classifiedAt(), context.profile().shelvedExplanationWindow())) {
        context.report(NOTICE, outcome.classifiedAt());
      }
    }
  }

  /**
   * outcome.shelved.not-taken-up: a shelved matter with a date to take it up again is reopened by the
   * end of that date (in the profile's zone).
   */
  static final class ShelvedNotTakenUp extends OnOutcome {
    ShelvedNotTakenUp() {
      super(RuleCodes.OUTCOME_SHELVED_NOT_TAKEN_UP, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Optional<Instant> due = Accountability.takeUpDue(outcome, context.profile().zone());
      if (due.isEmpty()) {
        return;
      }
      Optional<Instant> reopened =
          Accountability.reopenedAfter(outcome, context.deliberation().reopenings());
      Instant when = reopened.orElse(context.now());
      if (when.isAfter(due.get())) {
        context.report(OUTCOME.child("takeUpAgainOn"), outcome.takeUpAgainOn().get(), due.get());
      }
    }
  }

  /** outcome.recommendation.not-escalated: a recommendation is sent up to the higher tier. */
  static final class RecommendationNotEscalated extends OnOutcome {
    RecommendationNotEscalated() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_NOT_ESCALATED, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() == OutcomeKind.RECOMMENDATION && context.deliberation().escalations().isEmpty()) {
        context.report(Path.of("escalations"), context.deliberation().deliberatingUnit());
      }
    }
  }

  /** outcome.recommendation.solution-missing: a recommendation goes up with a proposed solution. */
  static final class RecommendationSolutionMissing extends OnOutcome {
    RecommendationSolutionMissing() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_SOLUTION_MISSING, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() == OutcomeKind.RECOMMENDATION && outcome.proposedSolution().isEmpty()) {
        context.report(OUTCOME.child("proposedSolution"), outcome.kind());
      }
    }
  }

  /**
   * outcome.recommendation.residents-not-told: residents are told when a recommendation is solved;
   * where the profile sets a window, reported once it has passed after the solution. A notice given
   * before the solution is {@code outcome.recommendation.told-before-solved} instead.
   */
  static final class RecommendationResidentsNotTold extends OnOutcome {
    RecommendationResidentsNotTold() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() != OutcomeKind.RECOMMENDATION
          || outcome.solvedAt().isEmpty()
          || outcome.residentsNotice().isPresent()) {
        return;
      }
      Instant solved = outcome.solvedAt().get();
      if (pastWindow(context, solved, context.profile().recommendationNoticeWindow())) {
        context.report(NOTICE, solved);
      }
    }
  }

  /**
   * outcome.committed.progress-late: each progress report of a committed item goes up within the
   * interval after the previous one (the first within the interval after the classification); a
   * report published later is reported at its own path, once per gap.
   */
  static final class ProgressLate extends OnOutcome {
    ProgressLate() {
      super(RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      reportProgressGaps(context, outcome, true);
    }
  }


  /**
   * outcome.shelved.explanation-late: a shelved matter is explained to residents within the
   * profile's window after the shelving (及时).
   */
  static final class ShelvedExplanationLate extends OnOutcome {
    ShelvedExplanationLate() {
      super(RuleCodes.OUTCOME_SHELVED_EXPLANATION_LATE, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (Accountability.explained(outcome)) {
        reportIfLate(
            context, outcome, outcome.classifiedAt(), context.profile().shelvedExplanationWindow());
      }
    }
  }

  /**
   * outcome.recommendation.told-before-solved: residents are told of a recommendation's result only
   * once the higher tier has solved it (待问题得到解决后); a notice given before the solution, or while
   * none is recorded, does not count.
   */
  static final class RecommendationToldBeforeSolved extends OnOutcome {
    RecommendationToldBeforeSolved() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() != OutcomeKind.RECOMMENDATION
          || outcome.residentsNotice().isEmpty()
          || Accountability.told(outcome)) {
        return;
      }
      Object solved = outcome.solvedAt().isPresent() ? outcome.solvedAt().get() : NOT_SOLVED;
      context.report(NOTICE, outcome.residentsNotice().get().from(), solved);
    }
  }

  /**
   * outcome.recommendation.residents-told-late: residents are told within the profile's window after
   * the higher tier solved a recommendation (及时公示告知).
   */
  static final class RecommendationToldLate extends OnOutcome {
    RecommendationToldLate() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (Accountability.told(outcome)) {
        reportIfLate(
            context, outcome, outcome.solvedAt().get(), context.profile().recommendationNoticeWindow());
      }
    }
  }

  /**
   * outcome.duty.kind-unknown: where the profile has a list of powers and duties, an agreed item's
   * duty kind is on it.
   */
  static final class DutyKindUnknown extends OnOutcome {
    DutyKindUnknown() {
      super(RuleCodes.OUTCOME_DUTY_KIND_UNKNOWN, Severity.ERROR, DUTY_LIST);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Profile profile = context.profile();
      if (profile.dutyKinds().isEmpty()) {
        return;
      }
      for (int i = 0; i < outcome.duties().size(); i++) {
        Optional<String> kind = outcome.duties().get(i).kind();
        if (kind.isPresent() && profile.dutyKind(kind.get()).isEmpty()) {
          context.report(OUTCOME.child("duties").index(i).child("kind"), kind.get());
        }
      }
    }
  }

  /**
   * outcome.duty.kind-not-carried: an agreed item's responsible party is of a kind that carries the
   * item's duty kind on the profile's list of powers and duties.
   */
  static final class DutyKindNotCarried extends OnOutcome {
    DutyKindNotCarried() {
      super(RuleCodes.OUTCOME_DUTY_KIND_NOT_CARRIED, Severity.ERROR, DUTY_LIST);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Profile profile = context.profile();
      if (profile.dutyKinds().isEmpty()) {
        return;
      }
      for (int i = 0; i < outcome.duties().size(); i++) {
        Duty duty = outcome.duties().get(i);
        if (duty.kind().isEmpty() || duty.responsible().isEmpty()) {
          continue;
        }
        Optional<DutyKind> kind = profile.dutyKind(duty.kind().get());
        Optional<Party> party = context.deliberation().parties().party(duty.responsible().get());
        if (kind.isPresent() && party.isPresent() && !kind.get().carriedBy(party.get().kind())) {
          context.report(
              OUTCOME.child("duties").index(i).child("responsible"),
              party.get().id(),
              party.get().kind(),
              kind.get().label());
        }
      }
    }
  }
}
