package org.shangliang.deliberation.rules.internal;

import java.util.List;
import org.shangliang.deliberation.rules.Rule;

/**
 * The built-in rules, in the order they run: grouped by code prefix, one class per prefix ({@code
 * topic.*} in {@code TopicRules}, {@code meeting.*} in {@code MeetingRules} …), each class's rules in
 * the order they are declared. Not exported.
 */
public final class BuiltInRules {
  private static final List<Rule> ALL =
      List.of(
          new UnitRules.UnitUnknown(),
          new TopicRules.SettledElsewhereAdmitted(),
          new TopicRules.SettledElsewhereExplanationMissing(),
          new TopicRules.DisputeApprovalMissing(),
          new TopicRules.DisputeApprovalLate(),
          new TopicRules.DisputeMediatorMissing(),
          new TopicRules.DisputeMediatorNotListed(),
          new TopicRules.CategoryUnknown(),
          new TopicRules.EntryUnknown(),
          new TopicRules.EntryCategoryMismatch(),
          new PartyRules.RequiredKindMissing(),
          new PartyRules.PublicFundsSupervisorMissing(),
          new PartyRules.AffectedUnitUnrepresented(),
          new PartyRules.LinkedMemberAbsent(),
          new PartyRules.ForbiddenRole(),
          new TierRules.NoCommonUnit(),
          new TierRules.UnitNotCovering(),
          new TierRules.NoRule(),
          new TierRules.PowersExceeded(),
          new TimingRules.NotRegularDate(),
          new TimingRules.MeetingNotRegularDate(),
          new MeetingRules.PartyNotListed(),
          new MeetingRules.UnitNotDeliberatingUnit(),
          new MeetingRules.StageMissing(),
          new MeetingRules.StageOrder(),
          new MeetingRules.StageTime(),
          new MeetingRules.QuorumNotMet(),
          new MeetingRules.ChairNotConvener(),
          new MeetingRules.SpeakerNotSignedIn(),
          new MeetingRules.SpeakingTimeExceeded(),
          new MeetingRules.BallotNotSignedIn(),
          new MeetingRules.BallotDuplicate(),
          new MeetingRules.BallotConflictOfInterest(),
          new MeetingRules.BallotNotEligible(),
          new MeetingRules.VoteRuleMismatch(),
          new MeetingRules.VoteOutcomeMismatch(),
          new MeetingRules.ShowOfHandsExceedsPresent(),
          new MeetingRules.VoterMismatch(),
          new MeetingRules.ResultBeforeDiscussion(),
          new MeetingRules.PublicityMissing(),
          new MeetingRules.PublicityTooShort(),
          new MeetingRules.MajorNeedsFullMeeting(),
          new MeetingRules.OnlineNotAllowed(),
          new MeetingRules.UrgentLate(),
          new MeetingRules.ProblemSolutionLate(),
          new StepRules.Unknown(),
          new StepRules.ActorNotListed(),
          new StepRules.Order(),
          new StepRules.StartedEarly(),
          new StepRules.DeliberateNoMeeting(),
          new StepRules.CarriedOutBeforeDecision(),
          new OutcomeRules.KindContradictsFacts(),
          new OutcomeRules.ShelvedPremature(),
          new OutcomeRules.DutiesMissing(),
          new OutcomeRules.DutyIncomplete(),
          new OutcomeRules.ResponsibleNotListed(),
          new OutcomeRules.DutyOverdue(),
          new OutcomeRules.CompletionRecordMissing(),
          new OutcomeRules.ProgressMissing(),
          new OutcomeRules.ShelvedExplanationMissing(),
          new OutcomeRules.ShelvedNotTakenUp(),
          new OutcomeRules.RecommendationNotEscalated(),
          new OutcomeRules.RecommendationSolutionMissing(),
          new OutcomeRules.RecommendationResidentsNotTold(),
          new OutcomeRules.ProgressLate(),
          new OutcomeRules.ShelvedExplanationLate(),
          new OutcomeRules.RecommendationToldBeforeSolved(),
          new OutcomeRules.RecommendationToldLate(),
          new OutcomeRules.DutyKindUnknown(),
          new OutcomeRules.DutyKindNotCarried(),
          new EscalationRules.EscalationWrongLevel(),
          new EscalationRules.EscalationFromOtherUnit(),
          new EscalationRules.EscalationAnswerLate(),
          new EscalationRules.EscalationFollowerMissing(),
          new EscalationRules.EscalationFollowUpLate(),
          new SupervisionRules.SupervisionPhaseMissing(),
          new SupervisionRules.SupervisorNotAllowed(),
          new SupervisionRules.PublicFundsSupervisionMissing(),
          new RevisitRules.RevisitMissing(),
          new AppraisalRules.ScoreOutOfScale(),
          new AppraisalRules.PoorNotReopened(),
          new HotlineRules.HotlinePartyNotListed(),
          new HotlineRules.HotlineTicketMismatch(),
          new HotlineRules.HotlineNotForwarded(),
          new HotlineRules.HotlineNotCoordinated(),
          new HotlineRules.HotlineReplyLate(),
          new HotlineRules.HotlineHandlingLate(),
          new HistoryRules.EventRejected(),
          new HistoryRules.RecordMismatch(),
          new RiskRules.AssessmentMissing(),
          new RiskRules.AssessmentLate(),
          new RiskRules.AssessorNotListed(),
          new RiskRules.MeasuresMissing(),
          new GatekeepingRules.ActMissing(),
          new GatekeepingRules.ActorWrongBody(),
          new GatekeepingRules.OrganiserNotListed(),
          new GatekeepingRules.ActAfterMeeting(),
          new GatekeepingRules.ReviewAfterAdmission());

  /** The source of the validator's own {@code rule.failed} violations. */
  public static final String RULE_FAILED_SOURCE = BuiltInRule.RULE_FAILED;

  private BuiltInRules() {}

  /**
   * The built-in rules.
   *
   * @return the rules, in the order they run
   */
  public static List<Rule> all() {
    return ALL;
  }
}
