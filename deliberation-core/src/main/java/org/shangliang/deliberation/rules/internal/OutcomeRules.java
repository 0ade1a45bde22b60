package org.shangliang.deliberation.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Classification;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/** Rules on outcomes and accountability (DOMAIN.md, Jinan "four outcome kinds", "after the result"). */
final class OutcomeRules {
  static final String OUTCOMES = "DOMAIN.md Jinan: four outcome kinds, 结果分流分类办理 (seeds/003)";
  static final String AFTER = "DOMAIN.md Jinan: after the result (seeds/003)";
  static final String APPRAISAL =
      "DOMAIN.md Jinan: after the result, revisit and appraisal (seeds/003); Haidian 评 (seeds/000)";
  static final String ESCALATION =
      "DOMAIN.md Jinan: 建议件 and items sent up get a named follower (seeds/003)";
  static final String HOTLINE =
      "DOMAIN.md Jinan: the district's 12345 coordination group (seeds/003); Beijing 接诉即办 (seeds/001)";

  private static final LocalizedText RESPONSIBLE = LocalizedText.of("责任主体", "a responsible party");
  private static final LocalizedText MEASURES = LocalizedText.of("工作措施", "measures");
  private static final LocalizedText DEADLINE = LocalizedText.of("完成时限", "a deadline");

  private OutcomeRules() {}

  static final Path OUTCOME = Path.of("outcome");

  /** Base of rules that look at the recorded outcome only when there is one. */
  abstract static class OnOutcome extends BuiltInRule {
    OnOutcome(RuleCode code, Severity severity, String source) {
      super(code, severity, source);
    }

    @Override
    public final void check(RuleContext context) {
      if (context.deliberation().outcome().isPresent()) {
        check(context, context.deliberation().outcome().get());
      }
    }

    abstract void check(RuleContext context, OutcomeRecord outcome);
  }

  /** outcome.kind.contradicts-facts: the recorded kind is the one its facts classify to. */
  static final class KindContradictsFacts extends OnOutcome {
    KindContradictsFacts() {
      super(RuleCodes.OUTCOME_KIND_CONTRADICTS_FACTS, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Classification classified = OutcomeClassifier.classify(outcome.facts());
      if (classified.kind() != outcome.kind()) {
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
        List<LocalizedText> missing = new ArrayList<>(3);
        if (duty.responsible().isEmpty()) {
          missing.add(RESPONSIBLE);
        }
        if (duty.measures().isEmpty()) {
          missing.add(MEASURES);
        }
        if (duty.deadline().isEmpty()) {
          missing.add(DEADLINE);
        }
        if (!missing.isEmpty()) {
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
      super(RuleCodes.OUTCOME_DUTY_COMPLETION_RECORD_MISSING, Severity.ERROR, OUTCOMES);
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

  /** outcome.committed.progress-missing: a committed item publishes progress at every interval. */
  static final class ProgressMissing extends OnOutcome {
    ProgressMissing() {
      super(RuleCodes.OUTCOME_COMMITTED_PROGRESS_MISSING, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Optional<Duration> interval = context.profile().progressPublicityInterval();
      if (interval.isEmpty()) {
        return;
      }
      for (Instant due : Accountability.missedProgressReports(outcome, interval.get(), context.now())) {
        context.report(OUTCOME.child("progressReports"), due, interval.get());
      }
    }
  }

  /** outcome.shelved.explanation-missing: residents are told why a matter is shelved. */
  static final class ShelvedExplanationMissing extends OnOutcome {
    ShelvedExplanationMissing() {
      super(RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() == OutcomeKind.SHELVED && outcome.residentsNotice().isEmpty()) {
        context.report(OUTCOME.child("residentsNotice"), outcome.classifiedAt());
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

  /** outcome.recommendation.residents-not-told: residents are told when a recommendation is solved. */
  static final class RecommendationResidentsNotTold extends OnOutcome {
    RecommendationResidentsNotTold() {
      super(RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD, Severity.ERROR, OUTCOMES);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.kind() == OutcomeKind.RECOMMENDATION
          && outcome.solvedAt().isPresent()
          && outcome.residentsNotice().isEmpty()) {
        context.report(OUTCOME.child("residentsNotice"), outcome.solvedAt().get());
      }
    }
  }

  /**
   * The unit a matter of {@code from} goes up to: the first unit above it at or above the level the
   * profile names for its tier and with a deliberating body (the jurisdiction, or the profile, may
   * skip levels).
   */
  static Optional<AdministrativeUnit> escalationTarget(RuleContext context, AdministrativeUnit from) {
    Optional<TierLevel> level =
        context.profile().tier(from.level()).flatMap(TierRule::escalatesTo);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    for (AdministrativeUnit unit : context.jurisdiction().pathToRoot(from.id())) {
      if (unit.level().compareTo(level.get()) >= 0
          && context.profile().tier(unit.level()).isPresent()) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * escalation.wrong-level: a matter goes up to the unit above it at the level the profile names (or
   * the first above that level where the jurisdiction skips it).
   */
  static final class EscalationWrongLevel extends BuiltInRule {
    EscalationWrongLevel() {
      super(RuleCodes.ESCALATION_WRONG_LEVEL, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        Optional<AdministrativeUnit> from = context.jurisdiction().unit(escalation.fromUnit());
        Optional<AdministrativeUnit> to = context.jurisdiction().unit(escalation.toUnit());
        if (from.isEmpty() || to.isEmpty()) {
          continue;
        }
        Optional<AdministrativeUnit> expected = escalationTarget(context, from.get());
        if (expected.isEmpty() || !expected.get().id().equals(to.get().id())) {
          context.report(
              Path.of("escalations").index(i).child("toUnit"),
              escalation.toUnit(),
              escalation.fromUnit(),
              expected.isPresent() ? expected.get().id() : TierRules.NONE);
        }
      }
    }
  }

  /** escalation.from-other-unit: a matter goes up from the unit that deliberated it. */
  static final class EscalationFromOtherUnit extends BuiltInRule {
    EscalationFromOtherUnit() {
      super(RuleCodes.ESCALATION_FROM_OTHER_UNIT, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        if (context.jurisdiction().has(escalation.fromUnit())
            && !escalation.fromUnit().equals(context.deliberation().deliberatingUnit())) {
          context.report(
              Path.of("escalations").index(i).child("fromUnit"),
              escalation.fromUnit(),
              context.deliberation().deliberatingUnit());
        }
      }
    }
  }

  /** escalation.answer-late: the higher tier answers (resolves) an escalated matter by its deadline. */
  static final class EscalationAnswerLate extends BuiltInRule {
    EscalationAnswerLate() {
      super(RuleCodes.ESCALATION_ANSWER_LATE, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        if (escalation.resolvedAt().orElse(context.now()).isAfter(escalation.deadline())) {
          context.report(
              Path.of("escalations").index(i).child("deadline"),
              escalation.toUnit(),
              escalation.deadline());
        }
      }
    }
  }

  /** escalation.follower-missing: an escalated matter has a named follower on the party list. */
  static final class EscalationFollowerMissing extends BuiltInRule {
    EscalationFollowerMissing() {
      super(RuleCodes.ESCALATION_FOLLOWER_MISSING, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Optional<PartyId> follower = escalations.get(i).follower();
        if (follower.isEmpty() || !context.deliberation().parties().has(follower.get())) {
          context.report(
              Path.of("escalations").index(i).child("follower"),
              follower.isPresent() ? follower.get() : TierRules.NONE);
        }
      }
    }
  }

  /** escalation.follow-up-late: the follower follows up within the profile's window until resolved. */
  static final class EscalationFollowUpLate extends BuiltInRule {
    EscalationFollowUpLate() {
      super(RuleCodes.ESCALATION_FOLLOW_UP_LATE, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Duration> window = context.profile().escalationFollowUpWindow();
      if (window.isEmpty()) {
        return;
      }
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Optional<Instant> missed =
            Accountability.missedFollowUp(escalations.get(i), window.get(), context.now());
        if (missed.isPresent()) {
          context.report(
              Path.of("escalations").index(i).child("followUps"), missed.get(), window.get());
        }
      }
    }
  }

  /**
   * supervision.phase-missing: an outcome with agreed items is supervised before; once they are
   * finished, also during and after.
   */
  static final class SupervisionPhaseMissing extends OnOutcome {
    SupervisionPhaseMissing() {
      super(RuleCodes.SUPERVISION_PHASE_MISSING, Severity.ERROR, SUPERVISION);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      if (outcome.duties().isEmpty()) {
        return;
      }
      Set<SupervisionPhase> held = EnumSet.noneOf(SupervisionPhase.class);
      for (Supervision supervision : context.deliberation().supervision()) {
        held.add(supervision.phase());
      }
      List<SupervisionPhase> required =
          outcome.isCompleted()
              ? List.of(SupervisionPhase.values())
              : List.of(SupervisionPhase.BEFORE);
      for (SupervisionPhase phase : required) {
        if (!held.contains(phase)) {
          context.report(Path.of("supervision"), phase);
        }
      }
    }
  }

  /**
   * supervision.supervisor-not-allowed: supervisors are on the party list and of the profile's
   * supervisor kinds (or, where public money is involved, its public-funds supervisor kinds).
   */
  static final class SupervisorNotAllowed extends BuiltInRule {
    SupervisorNotAllowed() {
      super(RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED, Severity.ERROR, SUPERVISION);
    }

    @Override
    public void check(RuleContext context) {
      Profile profile = context.profile();
      Deliberation deliberation = context.deliberation();
      boolean funds = deliberation.topic().publicFunds().isPresent();
      List<Supervision> records = deliberation.supervision();
      for (int i = 0; i < records.size(); i++) {
        Optional<Party> supervisor = deliberation.parties().party(records.get(i).supervisor());
        if (supervisor.isEmpty()) {
          context.report(
              Path.of("supervision").index(i).child("supervisor"),
              records.get(i).supervisor(),
              TierRules.NONE);
          continue;
        }
        PartyKind kind = supervisor.get().kind();
        boolean allowed =
            profile.supervisorKinds().isEmpty()
                || profile.supervisorKinds().contains(kind)
                || funds && profile.publicFundsSupervisorKinds().contains(kind);
        if (!allowed) {
          context.report(
              Path.of("supervision").index(i).child("supervisor"), supervisor.get().id(), kind);
        }
      }
    }
  }

  /**
   * supervision.public-funds-missing: where public money is spent, each public-funds supervisor kind
   * has supervised by the time the items are finished.
   */
  static final class PublicFundsSupervisionMissing extends OnOutcome {
    PublicFundsSupervisionMissing() {
      super(RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING, Severity.ERROR, SUPERVISION);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Deliberation deliberation = context.deliberation();
      if (deliberation.topic().publicFunds().isEmpty() || !outcome.isCompleted()) {
        return;
      }
      for (PartyKind kind : context.profile().publicFundsSupervisorKinds()) {
        boolean supervised = false;
        for (Supervision supervision : deliberation.supervision()) {
          Optional<Party> party = deliberation.parties().party(supervision.supervisor());
          supervised |= party.isPresent() && party.get().kind() == kind;
        }
        if (!supervised) {
          context.report(Path.of("supervision"), kind);
        }
      }
    }
  }

  /** revisit.missing: a finished outcome is revisited within the profile's window. */
  static final class RevisitMissing extends OnOutcome {
    RevisitMissing() {
      super(RuleCodes.REVISIT_MISSING, Severity.ERROR, APPRAISAL);
    }

    @Override
    void check(RuleContext context, OutcomeRecord outcome) {
      Optional<Duration> window = context.profile().revisitWindow();
      if (window.isEmpty()) {
        return;
      }
      Optional<Instant> due =
          Accountability.revisitDue(outcome, context.deliberation().revisits(), window.get());
      boolean late =
          due.isPresent()
              && (context.now().isAfter(due.get())
                  || Accountability.revisited(outcome, context.deliberation().revisits()));
      if (late) {
        context.report(Path.of("revisits"), outcome.completedAt().get(), due.get());
      }
    }
  }

  /** appraisal.score-out-of-scale: scores are on the profile's scale. */
  static final class ScoreOutOfScale extends BuiltInRule {
    ScoreOutOfScale() {
      super(RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE, Severity.ERROR, APPRAISAL);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AppraisalScale> scale = context.profile().appraisalScale();
      if (scale.isEmpty()) {
        return;
      }
      List<Appraisal> appraisals = context.deliberation().appraisals();
      for (int i = 0; i < appraisals.size(); i++) {
        int score = appraisals.get(i).score();
        if (!scale.get().contains(score)) {
          context.report(
              Path.of("appraisals").index(i).child("score"),
              score,
              scale.get().min(),
              scale.get().max());
        }
      }
    }
  }

  /** appraisal.poor-not-reopened: where the profile says so, a poor appraisal reopens the deliberation. */
  static final class PoorNotReopened extends BuiltInRule {
    PoorNotReopened() {
      super(RuleCodes.APPRAISAL_POOR_NOT_REOPENED, Severity.ERROR, APPRAISAL);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AppraisalScale> scale = context.profile().appraisalScale();
      if (!context.profile().reopenOnPoorAppraisal() || scale.isEmpty()) {
        return;
      }
      List<Appraisal> appraisals = context.deliberation().appraisals();
      for (int i = 0; i < appraisals.size(); i++) {
        Appraisal appraisal = appraisals.get(i);
        if (!scale.get().isPoor(appraisal.score())) {
          continue;
        }
        boolean reopened = false;
        for (Reopening reopening : context.deliberation().reopenings()) {
          reopened |= !reopening.at().isBefore(appraisal.at());
        }
        if (!reopened) {
          context.report(
              Path.of("appraisals").index(i), appraisal.score(), appraisal.at());
        }
      }
    }
  }

  /** Base of the hotline rules: they look at the hotline case only when there is one. */
  abstract static class OnHotline extends BuiltInRule {
    OnHotline(RuleCode code) {
      super(code, Severity.ERROR, HOTLINE);
    }

    @Override
    public final void check(RuleContext context) {
      if (context.deliberation().hotlineCase().isPresent()) {
        check(context, context.deliberation().hotlineCase().get());
      }
    }

    abstract void check(RuleContext context, HotlineCase hotline);
  }

  static final Path HOTLINE_CASE = Path.of("hotlineCase");

  /** hotline.party-not-listed: the first-contact party and the departments are on the party list. */
  static final class HotlinePartyNotListed extends OnHotline {
    HotlinePartyNotListed() {
      super(RuleCodes.HOTLINE_PARTY_NOT_LISTED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (!context.deliberation().parties().has(hotline.firstContact())) {
        context.report(HOTLINE_CASE.child("firstContact"), hotline.firstContact());
      }
      for (int i = 0; i < hotline.departments().size(); i++) {
        if (!context.deliberation().parties().has(hotline.departments().get(i))) {
          context.report(HOTLINE_CASE.child("departments").index(i), hotline.departments().get(i));
        }
      }
    }
  }

  /** hotline.ticket-mismatch: the topic's source is this hotline case's ticket. */
  static final class HotlineTicketMismatch extends OnHotline {
    HotlineTicketMismatch() {
      super(RuleCodes.HOTLINE_TICKET_MISMATCH);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      TopicSource source = context.deliberation().topic().source();
      boolean matches =
          source.kind() == SourceKind.HOTLINE_12345
              && source.reference().map(hotline.ticketId()::equals).orElse(false);
      if (!matches) {
        context.report(
            HOTLINE_CASE.child("ticketId"),
            hotline.ticketId(),
            source.reference().isPresent() ? source.reference().get() : TierRules.NONE);
      }
    }
  }

  /** hotline.not-forwarded: a case for one department is forwarded straight to it, and recorded. */
  static final class HotlineNotForwarded extends OnHotline {
    HotlineNotForwarded() {
      super(RuleCodes.HOTLINE_NOT_FORWARDED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (hotline.departments().size() == 1 && hotline.forwardedAt().isEmpty()) {
        context.report(HOTLINE_CASE.child("forwardedAt"), hotline.ticketId(), hotline.departments().get(0));
      }
    }
  }

  /** hotline.not-coordinated: a case for several departments goes to the coordination group. */
  static final class HotlineNotCoordinated extends OnHotline {
    HotlineNotCoordinated() {
      super(RuleCodes.HOTLINE_NOT_COORDINATED);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      if (hotline.departments().size() > 1 && hotline.coordinationConvenedAt().isEmpty()) {
        context.report(
            HOTLINE_CASE.child("coordinationConvenedAt"),
            hotline.ticketId(),
            hotline.departments().size());
      }
    }
  }

  /** hotline.reply-late: the caller gets a reply within the profile's window (即时答复). */
  static final class HotlineReplyLate extends OnHotline {
    HotlineReplyLate() {
      super(RuleCodes.HOTLINE_REPLY_LATE);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      late(context, hotline, context.profile().hotlineReplyWindow(), hotline.repliedAt(), "repliedAt");
    }
  }

  /** hotline.handling-late: the case is handled within the profile's window (限时办理). */
  static final class HotlineHandlingLate extends OnHotline {
    HotlineHandlingLate() {
      super(RuleCodes.HOTLINE_HANDLING_LATE);
    }

    @Override
    void check(RuleContext context, HotlineCase hotline) {
      late(context, hotline, context.profile().hotlineHandlingWindow(), hotline.handledAt(), "handledAt");
    }
  }

  static void late(
      RuleContext context,
      HotlineCase hotline,
      Optional<Duration> window,
      Optional<Instant> done,
      String field) {
    if (window.isEmpty()) {
      return;
    }
    Instant due = hotline.receivedAt().plus(window.get());
    if (done.orElse(context.now()).isAfter(due)) {
      context.report(HOTLINE_CASE.child(field), hotline.ticketId(), hotline.receivedAt(), due);
    }
  }
}
