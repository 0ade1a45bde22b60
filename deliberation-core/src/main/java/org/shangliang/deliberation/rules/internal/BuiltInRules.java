package org.shangliang.deliberation.rules.internal;

import java.util.List;
import org.shangliang.deliberation.rules.Rule;

/** The built-in rules, in the order they run. Not exported. */
public final class BuiltInRules {
  private static final List<Rule> ALL =
      List.of(
          new UnitRules.UnitUnknown(),
          new AdmissionRules.SettledElsewhereAdmitted(),
          new AdmissionRules.SettledElsewhereExplanationMissing(),
          new AdmissionRules.DisputeApprovalMissing(),
          new AdmissionRules.DisputeMediatorMissing(),
          new AdmissionRules.DisputeMediatorNotListed(),
          new CatalogueRules.CategoryUnknown(),
          new CatalogueRules.EntryUnknown(),
          new CatalogueRules.EntryCategoryMismatch(),
          new PartyListRules.RequiredKindMissing(),
          new PartyListRules.PublicFundsSupervisorMissing(),
          new PartyListRules.AffectedUnitUnrepresented(),
          new TierRules.NoCommonUnit(),
          new TierRules.UnitNotCovering(),
          new TierRules.NoRule(),
          new TierRules.PowersExceeded(),
          new TierRules.NotRegularDate(),
          new MeetingRules.PartyNotListed(),
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
          new MeetingRules.ResultBeforeDiscussion(),
          new MeetingRules.PublicityMissing(),
          new MeetingRules.PublicityTooShort(),
          new MeetingRules.MajorNeedsFullMeeting(),
          new MeetingRules.OnlineNotAllowed(),
          new MeetingRules.UrgentLate(),
          new MeetingRules.ProblemSolutionLate(),
          new StepRules.Unknown(),
          new StepRules.Order(),
          new StepRules.StartedEarly(),
          new StepRules.DeliberateNoMeeting(),
          new StepRules.CarriedOutBeforeDecision(),
          new MeetingRules.UnitNotDeliberatingUnit(),
          new StepRules.ActorNotListed(),
          new OutcomeRules.KindContradictsFacts(),
          new OutcomeRules.ShelvedPremature(),
          new OutcomeRules.DutiesMissing(),
          new OutcomeRules.DutyIncomplete(),
          new OutcomeRules.ResponsibleNotListed(),
          new OutcomeRules.DutyOverdue(),
          new OutcomeRules.CompletionRecordMissing(),
          new OutcomeRules.ProgressMissing(),
          new OutcomeRules.ShelvedExplanationMissing(),
          new OutcomeRules.RecommendationNotEscalated(),
          new OutcomeRules.RecommendationSolutionMissing(),
          new OutcomeRules.RecommendationResidentsNotTold(),
          new OutcomeRules.EscalationWrongLevel(),
          new OutcomeRules.EscalationFollowerMissing(),
          new OutcomeRules.EscalationFollowUpLate(),
          new OutcomeRules.SupervisionPhaseMissing(),
          new OutcomeRules.SupervisorNotAllowed(),
          new OutcomeRules.PublicFundsSupervisionMissing(),
          new OutcomeRules.RevisitMissing(),
          new OutcomeRules.ScoreOutOfScale(),
          new OutcomeRules.PoorNotReopened(),
          new OutcomeRules.HotlinePartyNotListed(),
          new OutcomeRules.HotlineNotForwarded(),
          new OutcomeRules.HotlineNotCoordinated(),
          new OutcomeRules.HotlineReplyLate(),
          new OutcomeRules.HotlineHandlingLate(),
          new OutcomeRules.EscalationFromOtherUnit(),
          new OutcomeRules.HotlineTicketMismatch(),
          new OutcomeRules.ShelvedNotTakenUp(),
          new AdmissionRules.DisputeApprovalLate(),
          new MeetingRules.ShowOfHandsExceedsPresent(),
          new MeetingRules.VoterMismatch(),
          new TierRules.MeetingNotRegularDate(),
          new OutcomeRules.EscalationAnswerLate(),
          new HistoryRules.EventRejected(),
          new HistoryRules.RecordMismatch());

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
