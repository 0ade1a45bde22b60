package org.shangliang.deliberation.testkit.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.PublicFunds;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Two well-formed values of every model type a draft copies, {@code a} and {@code b}, that differ
 * in every field: between them every optional field is present and every list non-empty at least
 * once.
 * Each field of {@code b} fits into {@code a} alone, except the fields of a {@link Pair#coupled}
 * group, which the type's checks tie together and which fit only as a group.
 */
final class FullValues {
  static final Instant T = Instant.parse("2026-12-11T01:00:00Z");
  static final PartyId PA = PartyId.of("p-a");
  static final PartyId PB = PartyId.of("p-b");
  static final PartyId PC = PartyId.of("p-c");
  static final PartyId PD = PartyId.of("p-d");
  static final UnitId UA = UnitId.of("u-a");
  static final UnitId UB = UnitId.of("u-b");

  /**
   * Two values of a type and its draft class.
   *
   * @param type the model type
   * @param draft the draft class
   * @param a the first value
   * @param b the second, differing from the first in every field
   * @param coupled groups of fields that fit into {@code a} only together
   */
  record Pair(Class<?> type, Class<?> draft, Object a, Object b, List<Set<String>> coupled) {}

  private FullValues() {}

  static Instant t(String offset) {
    return T.plus(Duration.parse("PT" + offset));
  }

  static Party partyA() {
    return new Party.Builder()
        .id(PA)
        .kind(PartyKind.OTHER)
        .otherLabel("志愿者")
        .unit(UA)
        .addRole(PartyRole.DELIBERATOR)
        .addRole(PartyRole.SUPERVISOR)
        .weight(new BigDecimal("89.5"))
        .displayName("王某")
        .build();
  }

  static Party partyB() {
    return new Party.Builder()
        .id(PB)
        .kind(PartyKind.STAKEHOLDER)
        .unit(UB)
        .addRole(PartyRole.CONVENER)
        .build();
  }

  static Topic topicA() {
    return new Topic.Builder()
        .id(TopicId.of("t-a"))
        .title("3号楼加装电梯")
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .catalogueEntry(Profiles.LIFT_INSTALLATION)
        .matterSize(MatterSize.MAJOR)
        .addAffectedUnits(UA, UnitId.of("u-a2"))
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL, "ref-a"))
        .raisedAt(T)
        .publicFunds(PublicFunds.of(new BigDecimal("240000.00")))
        .settledElsewhere(SettledElsewhere.of(SettlingAuthority.LAW, "法规A"))
        .dispute(TwoPartyDispute.mediatedBy(PC))
        .build();
  }

  static Topic topicB() {
    return new Topic.Builder()
        .id(TopicId.of("t-b"))
        .title("修路")
        .category(TopicCategory.DAILY_LIFE_AND_DISPUTES)
        .matterSize(MatterSize.MINOR)
        .addAffectedUnits(UB)
        .source(TopicSource.hotline("tk-b"))
        .raisedAt(t("1H"))
        .build();
  }

  static Vote voteA() {
    return new Vote.Builder()
        .rule(MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT))
        .addEligible(Voter.of(PA, PartyKind.RESIDENTS_COMMITTEE))
        .addEligible(Voter.of(PB, PartyKind.STAKEHOLDER, new BigDecimal("89.5")))
        .addBallots(Ballot.of(PA, Choice.YES))
        .closedAt(t("1H40M"))
        .build();
  }

  static Vote voteB() {
    return new Vote.Builder()
        .rule(MajorityRule.simple(Base.DECISIVE))
        .addEligible(Voter.of(PC, PartyKind.OWNERS_COMMITTEE))
        .addEligible(Voter.of(PD, PartyKind.PROPERTY_COMPANY))
        .showOfHands(ShowOfHands.of(1, 0, 1, PC))
        .closedAt(t("1H"))
        .build();
  }

  static Publicity publicityA() {
    return Publicity.of("社区公示栏", t("2H"), t("2H").plus(Duration.ofDays(7)));
  }

  static Publicity publicityB() {
    return Publicity.of("微信群", t("1H"), t("2H").plus(Duration.ofDays(8)));
  }

  static RaisedProblem problemA() {
    return RaisedProblem.pending("楼道漏水", T, java.util.Optional.of(t("2H")));
  }

  static RaisedProblem problemB() {
    return RaisedProblem.solvedOnTheSpot("噪音", t("1H"));
  }

  static Meeting meetingA() {
    return new Meeting.Builder()
        .unit(UA)
        .kind(MeetingKind.REGULAR)
        .scheduledDate(LocalDate.of(2026, 12, 11))
        .startedAt(T)
        .endedAt(t("2H"))
        .chair(PA)
        .recorder(PB)
        .addInvited(PA, PB)
        .addAttendance(SignIn.withEvidence(PA, T.minusSeconds(600), "签到表第1页"))
        .addStages(StageRecord.of(MeetingStage.SIGN_IN, T, "应到2方"))
        .addSpeakingTurns(SpeakingTurn.of(PA, Duration.ofMinutes(4)))
        .addConflicts(ConflictOfInterest.of(PB, "亲属"))
        .vote(voteA())
        .result(MeetingResult.of("同意", Outcome.PASSED))
        .publicity(publicityA())
        .addProblems(problemA())
        .build();
  }

  static Meeting meetingB() {
    return new Meeting.Builder()
        .unit(UB)
        .kind(MeetingKind.SMALL)
        .scheduledDate(LocalDate.of(2026, 12, 12))
        .startedAt(T.minusSeconds(1800))
        .endedAt(t("2H30M"))
        .chair(PC)
        .recorder(PD)
        .addInvited(PC)
        .addAttendance(SignIn.of(PC, t("2H")))
        .addStages(StageRecord.of(MeetingStage.DISCUSSION, t("1H"), "讨论"))
        .addSpeakingTurns(SpeakingTurn.of(PC, Duration.ofMinutes(1)))
        .vote(voteB())
        .result(MeetingResult.of("暂缓"))
        .build();
  }

  static Duty dutyA() {
    return new Duty.Builder()
        .id("d-1")
        .description("更换水管")
        .responsible(PA)
        .measures("分两期施工")
        .deadline(t("240H"))
        .completedAt(t("120H"))
        .completionRecord("已验收")
        .kind("works")
        .build();
  }

  static Duty dutyB() {
    return new Duty.Builder().id("d-2").description("清扫楼道").build();
  }

  static OutcomeFacts factsA() {
    return new OutcomeFacts.Builder()
        .agreementReached(true)
        .withinPowers(true)
        .addBlockingFactors("资金未到位")
        .roundsHeld(2)
        .disagreement(Disagreement.MODERATE)
        .wideScopeOrComplexCauses(true)
        .build();
  }

  static OutcomeFacts factsB() {
    return new OutcomeFacts.Builder()
        .agreementReached(false)
        .withinPowers(false)
        .roundsHeld(1)
        .disagreement(Disagreement.NONE)
        .wideScopeOrComplexCauses(false)
        .build();
  }

  static OutcomeRecord outcomeA() {
    return new OutcomeRecord.Builder()
        .kind(OutcomeKind.RECOMMENDATION)
        .facts(factsA())
        .classifiedAt(T)
        .addDuties(dutyA())
        .addProgressReports(publicityA())
        .residentsNotice(publicityB())
        .proposedSolution("建议上级协调")
        .solvedAt(t("120H"))
        .build();
  }

  static OutcomeRecord outcomeB() {
    return new OutcomeRecord.Builder()
        .kind(OutcomeKind.SHELVED)
        .facts(factsB())
        .classifiedAt(t("1H"))
        .addDuties(dutyB(), dutyA())
        .takeUpAgainOn(LocalDate.of(2027, 1, 4))
        .build();
  }

  static Escalation escalationA() {
    return new Escalation.Builder()
        .fromUnit(UA)
        .toUnit(UnitId.of("u-up"))
        .reason("超出权限")
        .escalatedAt(T)
        .deadline(t("360H"))
        .follower(PA)
        .addFollowUps(FollowUp.of(t("24H"), "已督办"))
        .resolvedAt(t("240H"))
        .build();
  }

  static Escalation escalationB() {
    return new Escalation.Builder()
        .fromUnit(UB)
        .toUnit(UnitId.of("u-up2"))
        .reason("情况复杂")
        .escalatedAt(t("1H"))
        .deadline(t("480H"))
        .build();
  }

  static HotlineCase hotlineA() {
    return new HotlineCase.Builder()
        .ticketId("tk-a")
        .receivedAt(T)
        .firstContact(PA)
        .addDepartments(PB, PC)
        .forwardedAt(t("1H"))
        .coordinationConvenedAt(t("2H"))
        .repliedAt(t("3H"))
        .handledAt(t("4H"))
        .build();
  }

  static HotlineCase hotlineB() {
    return new HotlineCase.Builder()
        .ticketId("tk-b")
        .receivedAt(t("30M"))
        .firstContact(PD)
        .addDepartments(PA)
        .build();
  }

  static Admission admissionA() {
    return new Admission.Builder()
        .status(AdmissionStatus.ADMITTED)
        .decidedAt(T)
        .explanationToResidents("经审核纳入")
        .approval(Approval.of(T, "批复1号"))
        .build();
  }

  static Admission admissionB() {
    return new Admission.Builder().status(AdmissionStatus.REFUSED).decidedAt(t("24H")).build();
  }

  static StepEvent stepA() {
    return StepEvent.completed("deliberate", T, t("24H"), PA);
  }

  static StepEvent stepB() {
    return StepEvent.underWay("evaluate", t("1H"), PB);
  }

  static DeliberationEvent eventA() {
    return DeliberationEvent.classified(OutcomeKind.COMMITTED, T, PA);
  }

  static DeliberationEvent eventB() {
    return DeliberationEvent.of(EventType.MEETING_HELD, t("1H"), PB);
  }

  static Supervision supervisionA() {
    return Supervision.of(SupervisionPhase.BEFORE, PA, T, "事前审核");
  }

  static Supervision supervisionB() {
    return Supervision.of(SupervisionPhase.AFTER, PB, t("24H"), "事后检查");
  }

  static Deliberation recordA() {
    return new Deliberation.Builder()
        .id(DeliberationId.of("d-a"))
        .topic(topicA())
        .parties(PartyList.of(partyA(), partyB()))
        .deliberatingUnit(UA)
        .admission(admissionA())
        .plannedMeetingDate(LocalDate.of(2026, 12, 11))
        .addMeetings(meetingA())
        .addSteps(stepA())
        .outcome(outcomeA())
        .addSupervision(supervisionA())
        .addEscalations(escalationA())
        .addRevisits(Revisit.of(t("300H"), PA, "满意"))
        .addAppraisals(Appraisal.of(t("400H"), PA, 90))
        .addReopenings(Reopening.of(t("500H"), "新情况"))
        .hotlineCase(hotlineA())
        .addEvents(eventA())
        .addRiskAssessments(riskA())
        .addPartyActs(actA())
        .build();
  }

  static org.shangliang.deliberation.process.RiskAssessment riskA() {
    return new org.shangliang.deliberation.process.RiskAssessment.Builder()
        .assessor(PA)
        .assessedAt(T)
        .level(org.shangliang.deliberation.process.RiskLevel.HIGH)
        .findings("施工期间通道封闭")
        .addMeasures("设置临时通道", "提前公示")
        .build();
  }

  static org.shangliang.deliberation.process.RiskAssessment riskB() {
    return new org.shangliang.deliberation.process.RiskAssessment.Builder()
        .assessor(PB)
        .assessedAt(t("1H"))
        .level(org.shangliang.deliberation.process.RiskLevel.LOW)
        .findings("风险可控")
        .build();
  }

  static PartyOrganisationAct actA() {
    return PartyOrganisationAct.namedOrganiser(PA, T, PB);
  }

  static PartyOrganisationAct actB() {
    return PartyOrganisationAct.of(PartyActKind.SET_PROCEDURE, PB, t("1H"));
  }

  static Deliberation recordB() {
    return new Deliberation.Builder()
        .id(DeliberationId.of("d-b"))
        .topic(topicB())
        .parties(PartyList.of(partyB()))
        .deliberatingUnit(UB)
        .addMeetings(meetingB(), meetingA())
        .addSteps(stepB(), stepA())
        .build();
  }

  /**
   * Every pair, one per draft class.
   *
   * @return the pairs
   */
  static List<Pair> pairs() {
    return List.of(
        new Pair(Deliberation.class, RecordDraft.class, recordA(), recordB(), List.of()),
        new Pair(Topic.class, TopicDraft.class, topicA(), topicB(), List.of()),
        new Pair(
            PartyList.class,
            PartyListDraft.class,
            PartyList.of(partyA(), partyB()),
            PartyList.of(partyB()),
            List.of()),
        new Pair(
            Party.class,
            PartyDraft.class,
            partyA(),
            partyB(),
            List.of(Set.of("kind", "otherLabel"))),
        new Pair(Meeting.class, MeetingDraft.class, meetingA(), meetingB(), List.of()),
        new Pair(
            StageRecord.class,
            StageRecordDraft.class,
            StageRecord.of(MeetingStage.SIGN_IN, T, "签到"),
            StageRecord.of(MeetingStage.FORM_RESULT, t("1H"), "表决"),
            List.of()),
        new Pair(
            SignIn.class,
            SignInDraft.class,
            SignIn.withEvidence(PA, T, "签到表"),
            SignIn.of(PB, t("1M")),
            List.of()),
        new Pair(
            SpeakingTurn.class,
            SpeakingTurnDraft.class,
            SpeakingTurn.of(PA, Duration.ofMinutes(3)),
            SpeakingTurn.of(PB, Duration.ofSeconds(30)),
            List.of()),
        new Pair(
            ConflictOfInterest.class,
            ConflictOfInterestDraft.class,
            ConflictOfInterest.of(PA, "亲属"),
            ConflictOfInterest.of(PB, "股东"),
            List.of()),
        new Pair(
            Vote.class,
            VoteDraft.class,
            voteA(),
            voteB(),
            List.of(Set.of("ballots", "showOfHands"))),
        new Pair(
            Voter.class,
            VoterDraft.class,
            Voter.of(PA, PartyKind.STAKEHOLDER, new BigDecimal("89.5")),
            Voter.of(PB, PartyKind.EXPERT),
            List.of()),
        new Pair(
            Ballot.class,
            BallotDraft.class,
            Ballot.of(PA, Choice.YES),
            Ballot.of(PB, Choice.ABSTAIN),
            List.of()),
        new Pair(
            ShowOfHands.class,
            ShowOfHandsDraft.class,
            ShowOfHands.of(1, 0, 0, PA),
            ShowOfHands.of(0, 2, 3, PB),
            List.of()),
        new Pair(
            MeetingResult.class,
            MeetingResultDraft.class,
            MeetingResult.of("同意", Outcome.PASSED),
            MeetingResult.of("再议"),
            List.of()),
        new Pair(Publicity.class, PublicityDraft.class, publicityA(), publicityB(), List.of()),
        new Pair(
            RaisedProblem.class,
            RaisedProblemDraft.class,
            problemA(),
            problemB(),
            List.of(Set.of("solvedOnTheSpot", "solutionProposedAt"))),
        new Pair(Admission.class, AdmissionDraft.class, admissionA(), admissionB(), List.of()),
        new Pair(StepEvent.class, StepEventDraft.class, stepA(), stepB(), List.of()),
        new Pair(
            DeliberationEvent.class,
            EventDraft.class,
            eventA(),
            eventB(),
            List.of(Set.of("type", "outcomeKind"))),
        new Pair(
            OutcomeRecord.class,
            OutcomeRecordDraft.class,
            outcomeA(),
            outcomeB(),
            List.of(Set.of("kind", "takeUpAgainOn", "proposedSolution", "solvedAt"))),
        new Pair(
            Duty.class,
            DutyDraft.class,
            dutyA(),
            dutyB(),
            List.of(Set.of("completedAt", "completionRecord"))),
        new Pair(OutcomeFacts.class, OutcomeFactsDraft.class, factsA(), factsB(), List.of()),
        new Pair(
            Supervision.class, SupervisionDraft.class, supervisionA(), supervisionB(), List.of()),
        new Pair(Escalation.class, EscalationDraft.class, escalationA(), escalationB(), List.of()),
        new Pair(
            FollowUp.class,
            FollowUpDraft.class,
            FollowUp.of(T, "已督办"),
            FollowUp.of(t("1H"), "已回复"),
            List.of()),
        new Pair(
            Revisit.class,
            RevisitDraft.class,
            Revisit.of(T, PA, "满意"),
            Revisit.of(t("1H"), PB, "一般"),
            List.of()),
        new Pair(
            Appraisal.class,
            AppraisalDraft.class,
            Appraisal.of(T, PA, 90),
            Appraisal.of(t("1H"), PB, 3),
            List.of()),
        new Pair(
            Reopening.class,
            ReopeningDraft.class,
            Reopening.of(T, "新情况"),
            Reopening.of(t("1H"), "复议"),
            List.of()),
        new Pair(HotlineCase.class, HotlineCaseDraft.class, hotlineA(), hotlineB(), List.of()),
        new Pair(
            org.shangliang.deliberation.process.RiskAssessment.class,
            RiskAssessmentDraft.class,
            riskA(),
            riskB(),
            List.of()),
        new Pair(
            PartyOrganisationAct.class,
            PartyOrganisationActDraft.class,
            actA(),
            actB(),
            List.of(Set.of("kind", "named"))));
  }
}
