package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.AUDIT;
import static org.shangliang.deliberation.rules.MeetingCase.DI;
import static org.shangliang.deliberation.rules.MeetingCase.DISCUSSION;
import static org.shangliang.deliberation.rules.MeetingCase.ENDED;
import static org.shangliang.deliberation.rules.MeetingCase.FIN;
import static org.shangliang.deliberation.rules.MeetingCase.OC;
import static org.shangliang.deliberation.rules.MeetingCase.OWNER;
import static org.shangliang.deliberation.rules.MeetingCase.PC;
import static org.shangliang.deliberation.rules.MeetingCase.PO;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.MeetingCase.REP;
import static org.shangliang.deliberation.rules.MeetingCase.STARTED;
import static org.shangliang.deliberation.rules.MeetingCase.at;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.ConflictOfInterest;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.ShowOfHands;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

class MeetingRulesTest {
  private static final PartyId VISITOR = PartyId.of("visitor-9");
  private static final PartyId SUB_DISTRICT_PO = PartyId.of("po-sd");
  private static final Instant PROBLEM_RAISED = at("01:40");

  /** The compliant meeting under Bishan's profile: on-demand tiers, no stages, a 24-hour problem window. */
  private static MeetingCase bishan() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.bishan();
    return c;
  }

  private static MeetingCase bishanWithPendingProblem(Optional<Instant> proposedAt) {
    MeetingCase c = bishan();
    c.problems.add(RaisedProblem.pending("楼道照明损坏", PROBLEM_RAISED, proposedAt));
    return c;
  }

  // the fixture

  @Test
  void acceptsCompliantJinanMeetingWithFiveSteps() {
    MeetingCase c = new MeetingCase();
    assertThat(c.build().meetings()).hasSize(1);
    assertThat(c.build().steps()).hasSize(5);
    assertClean(c.validate());
  }

  @Test
  void judgesTheFixtureCleanAlsoAtTheLiftCasesInstant() {
    MeetingCase c = new MeetingCase();
    assertClean(c.validator().validate(c.build(), LiftCase.NOW));
  }

  @Test
  void keepsTheLiftCaseWithoutMeetingsOrSteps() {
    assertThat(new LiftCase().build().meetings()).isEmpty();
    assertThat(new LiftCase().build().steps()).isEmpty();
  }

  // meeting.party.not-listed

  @Test
  void rejectsInvitedPartyNotOnTheList() {
    MeetingCase c = new MeetingCase();
    c.invited.add(VISITOR);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_PARTY_NOT_LISTED, "meetings[0].invited[6]", Severity.ERROR);
    assertThat(v.args()).containsExactly(VISITOR);
  }

  @Test
  void reportsUnlistedPartyAtEveryPlaceTheMeetingNamesIt() {
    MeetingCase c = new MeetingCase();
    c.recorder = VISITOR;
    c.invited.add(VISITOR);
    c.attendance.add(SignIn.of(VISITOR, at("00:59")));
    c.speakingTurns.add(SpeakingTurn.of(VISITOR, Duration.ofMinutes(2)));
    c.eligible.add(Voter.of(VISITOR, PartyKind.RESIDENT_REPRESENTATIVE));
    c.ballots.add(Ballot.of(VISITOR, Choice.YES));
    List<Violation> violations =
        assertOnly(
            c.validate(),
            RuleCodes.MEETING_PARTY_NOT_LISTED,
            "meetings[0].recorder",
            "meetings[0].invited[6]",
            "meetings[0].attendance[5].party",
            "meetings[0].speakingTurns[3].party",
            "meetings[0].vote.eligible[5].party",
            "meetings[0].vote.ballots[4].party");
    assertThat(violations).allSatisfy(v -> assertThat(v.args()).containsExactly(VISITOR));
  }

  @Test
  void reportsUnlistedChairOnlyAsNotListed() {
    MeetingCase c = new MeetingCase();
    c.chair = VISITOR;
    assertSingle(c.validate(), RuleCodes.MEETING_PARTY_NOT_LISTED, "meetings[0].chair", Severity.ERROR);
  }

  @Test
  void rejectsDeclaredConflictAndCounterOfUnlistedParties() {
    MeetingCase c = new MeetingCase();
    c.conflicts.add(ConflictOfInterest.of(VISITOR, "亲属在施工单位任职"));
    c.ballots.clear();
    c.showOfHands = Optional.of(ShowOfHands.of(3, 1, 0, VISITOR));
    assertOnly(
        c.validate(),
        RuleCodes.MEETING_PARTY_NOT_LISTED,
        "meetings[0].conflicts[0].party",
        "meetings[0].vote.showOfHands.counter");
  }

  @Test
  void acceptsListedSupervisorsInvitedAndSignedIn() {
    MeetingCase c = new MeetingCase();
    c.invited.addAll(List.of(DI, FIN, AUDIT));
    c.attendance.addAll(
        List.of(SignIn.of(DI, at("00:50")), SignIn.of(FIN, at("00:50")), SignIn.of(AUDIT, at("00:50"))));
    assertClean(c.validate());
  }

  // meeting.unit.not-deliberating-unit

  @Test
  void acceptsMeetingHeldByTheDeliberatingUnitsBody() {
    assertClean(new MeetingCase().validate());
  }

  @Test
  void rejectsMeetingHeldByAnotherUnitsBody() {
    MeetingCase c = new MeetingCase();
    c.unit = LiftCase.COMMUNITY_2;
    c.profile = Profiles.jinan().withRuleSettings(
        List.of(RuleSetting.off(RuleCodes.MEETING_CHAIR_NOT_CONVENER)));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_UNIT_NOT_DELIBERATING_UNIT,
            "meetings[0].unit",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.COMMUNITY_2, LiftCase.COMMUNITY_1);
  }

  // meeting.stage.missing

  @Test
  void rejectsMeetingThatSkipsReadingTheRules() {
    MeetingCase c = new MeetingCase();
    c.stages.removeIf(s -> s.stage() == MeetingStage.READ_RULES);
    Violation v =
        assertSingle(c.validate(), RuleCodes.MEETING_STAGE_MISSING, "meetings[0].stages", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.READ_RULES);
  }

  @Test
  void reportsEachMissingStageInTheProfilesOrder() {
    MeetingCase c = new MeetingCase();
    c.stages.removeIf(
        s -> s.stage() == MeetingStage.PUBLICISE_RESULT || s.stage() == MeetingStage.SIGN_IN);
    List<Violation> violations =
        assertOnly(
            c.validate(), RuleCodes.MEETING_STAGE_MISSING, "meetings[0].stages", "meetings[0].stages");
    assertThat(violations)
        .extracting(v -> v.args().get(0))
        .containsExactly(MeetingStage.SIGN_IN, MeetingStage.PUBLICISE_RESULT);
  }

  // meeting.stage.order

  @Test
  void rejectsTopicExplainedAfterThePartiesWereIntroduced() {
    MeetingCase c = new MeetingCase();
    c.stages.set(1, StageRecord.of(MeetingStage.INTRODUCE_PARTIES, at("01:10"), "介绍参会各方"));
    c.stages.set(2, StageRecord.of(MeetingStage.EXPLAIN_TOPIC, at("01:15"), "说明议题"));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_STAGE_ORDER, "meetings[0].stages[2]", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.EXPLAIN_TOPIC, MeetingStage.INTRODUCE_PARTIES);
  }

  @Test
  void rejectsSignInRecordedLast() {
    MeetingCase c = new MeetingCase();
    StageRecord signIn = c.stages.remove(0);
    c.stages.add(StageRecord.of(signIn.stage(), ENDED, signIn.summary()));
    c.restage(MeetingStage.EXPLAIN_TOPIC, STARTED);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_STAGE_ORDER, "meetings[0].stages[6]", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.SIGN_IN, MeetingStage.PUBLICISE_RESULT);
  }

  // meeting.stage.time

  @Test
  void rejectsStageStartedBeforeThePreviousStage() {
    MeetingCase c = new MeetingCase().restage(MeetingStage.READ_RULES, at("01:12"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_STAGE_TIME,
            "meetings[0].stages[3].startedAt",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(MeetingStage.READ_RULES, at("01:12"), at("01:15"), ENDED);
  }

  @Test
  void rejectsStageStartedBeforeTheMeeting() {
    MeetingCase c = new MeetingCase().restage(MeetingStage.SIGN_IN, at("00:55"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_STAGE_TIME,
            "meetings[0].stages[0].startedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.SIGN_IN, at("00:55"), STARTED, ENDED);
  }

  @Test
  void rejectsStageStartedAfterTheMeetingEnded() {
    MeetingCase c = new MeetingCase().restage(MeetingStage.PUBLICISE_RESULT, at("03:10"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_STAGE_TIME,
            "meetings[0].stages[6].startedAt",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(MeetingStage.PUBLICISE_RESULT, at("03:10"), at("02:30"), ENDED);
  }

  @Test
  void acceptsStagesAtTheSameInstantAndAtTheMeetingsBounds() {
    MeetingCase c = new MeetingCase();
    c.restage(MeetingStage.EXPLAIN_TOPIC, STARTED);
    c.restage(MeetingStage.INTRODUCE_PARTIES, STARTED);
    c.restage(MeetingStage.PUBLICISE_RESULT, ENDED);
    assertClean(c.validate());
  }

  @Test
  void judgesTheOrderOfTheStagesTheProfileListsOnly() {
    MeetingCase c = new MeetingCase();
    c.profile =
        Profiles.jinan()
            .withProcedureOf(
                new Profile.Builder()
                    .id("two-stages")
                    .name(Profiles.jinan().name())
                    .catalogue(Profiles.jinan().catalogue())
                    .addMeetingStages(MeetingStage.SIGN_IN, MeetingStage.DISCUSSION)
                    .build());
    ValidationReport report = c.validate();
    assertThat(report.violationsOf(RuleCodes.MEETING_STAGE_ORDER)).isEmpty();
    assertThat(report.violationsOf(RuleCodes.MEETING_STAGE_MISSING)).isEmpty();
  }

  @Test
  void judgesNoStageTimesWhereTheProfileSetsNoStages() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.stages.clear();
    c.stages.add(StageRecord.of(MeetingStage.DISCUSSION, MeetingCase.ENDED, "讨论"));
    c.stages.add(StageRecord.of(MeetingStage.SIGN_IN, MeetingCase.STARTED, "签到"));
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_STAGE_TIME)).isEmpty();
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION)).isEmpty();
    assertClean(c.validate());
  }

  // meeting.quorum.not-met

  @Test
  void acceptsExactlyTwoThirdsOfTheInvitedSignedInForMajorMatter() {
    MeetingCase c = new MeetingCase();
    c.invited.addAll(List.of(DI, FIN, AUDIT));
    c.attendance.add(SignIn.of(DI, at("00:50")));
    assertClean(c.validate());
  }

  @Test
  void rejectsMajorMatterMeetingWithFewerThanTwoThirdsSignedIn() {
    MeetingCase c = new MeetingCase();
    c.invited.addAll(List.of(DI, FIN, AUDIT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_QUORUM_NOT_MET, "meetings[0].attendance", Severity.ERROR);
    assertThat(v.args()).containsExactly(5, 9, 0, "2/3", "≥");
  }

  @Test
  void countsOnlyInvitedPartiesTowardsTheQuorum() {
    MeetingCase c = new MeetingCase();
    c.invited.addAll(List.of(DI, FIN, AUDIT));
    c.parties.add(Party.of(PartyId.of("expert-1"), PartyKind.EXPERT, LiftCase.COMMUNITY_1));
    c.attendance.add(SignIn.of(PartyId.of("expert-1"), at("00:50")));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_QUORUM_NOT_MET, "meetings[0].attendance", Severity.ERROR);
    assertThat(v.args()).containsExactly(5, 9, 0, "2/3", "≥");
  }

  /** Jinan's parties and units with, as procedure, only a quorum of a minimum count for major matters. */
  private static Profile jinanWithMajorQuorumOf(int minimumCount) {
    Profile quorumOnly =
        new Profile.Builder()
            .id("quorum-" + minimumCount)
            .name(Profiles.jinan().name())
            .catalogue(Profiles.jinan().catalogue())
            .putQuorum(MatterSize.MAJOR, Quorum.ofCount(minimumCount))
            .build();
    return Profiles.jinan().withProcedureOf(quorumOnly);
  }

  @Test
  void acceptsExactlyTheMinimumCountSignedIn() {
    MeetingCase c = new MeetingCase();
    c.profile = jinanWithMajorQuorumOf(5);
    assertThat(c.build().meetings().get(0).attendance()).hasSize(5);
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_QUORUM_NOT_MET)).isEmpty();
  }

  @Test
  void rejectsOneFewerSignedInThanTheMinimumCount() {
    MeetingCase c = new MeetingCase();
    c.profile = jinanWithMajorQuorumOf(6);
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_QUORUM_NOT_MET))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).hasToString("meetings[0].attendance");
              assertThat(v.args()).containsExactly(5, 6, 6, "—", "≥");
            });
  }

  @Test
  void namesAStrictQuorumMoreThanItsFraction() {
    MeetingCase c = new MeetingCase();
    c.profile =
        Profiles.jinan()
            .withProcedureOf(
                new Profile.Builder()
                    .id("strict-quorum")
                    .name(Profiles.jinan().name())
                    .catalogue(Profiles.jinan().catalogue())
                    .putQuorum(
                        MatterSize.MAJOR,
                        new Quorum.Builder().fraction(Fraction.of(5, 6)).strict(true).build())
                    .build());
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_QUORUM_NOT_MET))
        .singleElement()
        .satisfies(v -> assertThat(v.args()).containsExactly(5, 6, 0, "5/6", ">"));
  }

  // meeting.chair.not-convener

  @Test
  void rejectsChairWhoIsNotAPartyOrganisation() {
    MeetingCase c = new MeetingCase();
    c.chair = RC;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_CHAIR_NOT_CONVENER, "meetings[0].chair", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            RC, PartyKind.RESIDENTS_COMMITTEE, PartyKind.PARTY_ORGANISATION, LiftCase.COMMUNITY_1);
  }

  @Test
  void rejectsPartyOrganisationOfAnotherUnitAsChair() {
    MeetingCase c = new MeetingCase();
    c.parties.add(Party.of(SUB_DISTRICT_PO, PartyKind.PARTY_ORGANISATION, LiftCase.SUB_DISTRICT));
    c.chair = SUB_DISTRICT_PO;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_CHAIR_NOT_CONVENER, "meetings[0].chair", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            SUB_DISTRICT_PO,
            PartyKind.PARTY_ORGANISATION,
            PartyKind.PARTY_ORGANISATION,
            LiftCase.COMMUNITY_1);
  }

  @Test
  void acceptsSubDistrictPartyWorkingCommitteeChairingCrossCommunityMeeting() {
    MeetingCase c = new MeetingCase();
    c.affected.add(LiftCase.BUILDING_7);
    c.parties.add(
        Party.of(PartyId.of("rep-7"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_7));
    c.parties.add(Party.of(SUB_DISTRICT_PO, PartyKind.PARTY_ORGANISATION, LiftCase.SUB_DISTRICT));
    c.deliberatingUnit = LiftCase.SUB_DISTRICT;
    c.unit = LiftCase.SUB_DISTRICT;
    c.chair = SUB_DISTRICT_PO;
    c.actsBy(SUB_DISTRICT_PO);
    assertClean(c.validate());
  }

  @Test
  void judgesNoChairOfAMeetingAtALevelWithoutABody() {
    MeetingCase c = new MeetingCase();
    c.profile = ProfileVariants.jinanWithoutTier("no-community", org.shangliang.deliberation.unit.TierLevel.COMMUNITY);
    c.chair = OC;
    ValidationReport report = c.validate();
    assertThat(report.violationsOf(RuleCodes.TIER_NO_RULE)).hasSize(1);
    assertThat(report.violationsOf(RuleCodes.MEETING_CHAIR_NOT_CONVENER)).isEmpty();
    c.profile = Profiles.jinan();
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_CHAIR_NOT_CONVENER)).hasSize(1);
  }

  // meeting.speaker.not-signed-in

  @Test
  void rejectsSpeakerWhoDidNotSignIn() {
    MeetingCase c = new MeetingCase();
    c.speakingTurns.add(SpeakingTurn.of(PC, Duration.ofMinutes(2)));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_SPEAKER_NOT_SIGNED_IN,
            "meetings[0].speakingTurns[3]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PC);
  }

  @Test
  void acceptsAbsentPartyThatDoesNotSpeak() {
    MeetingCase c = new MeetingCase();
    assertThat(c.meeting().present()).doesNotContain(PC);
    assertThat(c.meeting().invited()).contains(PC);
    assertClean(c.validate());
  }

  // meeting.speaking-time.exceeded

  @Test
  void warnsOfSpeakingTurnOverTheLimit() {
    MeetingCase c = new MeetingCase();
    c.speakingTurns.set(1, SpeakingTurn.of(OWNER, Duration.ofMinutes(6)));
    ValidationReport report = c.validate();
    Violation v =
        assertSingle(
            report,
            RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED,
            "meetings[0].speakingTurns[1].duration",
            Severity.WARNING);
    assertThat(v.args()).containsExactly(OWNER, Duration.ofMinutes(6), Duration.ofMinutes(5));
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void acceptsSpeakingTurnOfExactlyTheLimit() {
    MeetingCase c = new MeetingCase();
    assertThat(c.speakingTurns).contains(SpeakingTurn.of(OC, Duration.ofMinutes(5)));
    assertClean(c.validate());
  }

  @Test
  void acceptsLongSpeakingTurnWhereTheProfileSetsNoLimit() {
    MeetingCase c = bishan();
    c.speakingTurns.set(1, SpeakingTurn.of(OWNER, Duration.ofMinutes(20)));
    assertClean(c.validate());
  }

  // meeting.ballot.not-signed-in

  @Test
  void rejectsBallotOfPartyWhoDidNotSignIn() {
    MeetingCase c = new MeetingCase();
    c.ballots.add(Ballot.of(PC, Choice.YES));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN,
            "meetings[0].vote.ballots[4]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PC);
  }

  // meeting.ballot.duplicate

  @Test
  void rejectsSecondBallotOfTheSameParty() {
    MeetingCase c = new MeetingCase();
    c.ballots.add(Ballot.of(OWNER, Choice.YES));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_BALLOT_DUPLICATE, "meetings[0].vote.ballots[4]", Severity.ERROR);
    assertThat(v.args()).containsExactly(OWNER);
  }

  // meeting.ballot.conflict-of-interest

  @Test
  void rejectsBallotOfPartyThatDeclaredAConflict() {
    MeetingCase c = new MeetingCase();
    c.conflicts.add(ConflictOfInterest.of(OWNER, "3号楼住户，直接受益"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_BALLOT_CONFLICT_OF_INTEREST,
            "meetings[0].vote.ballots[3]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(OWNER);
  }

  @Test
  void acceptsConflictedPartyThatAbstainsFromVoting() {
    MeetingCase c = new MeetingCase();
    c.conflicts.add(ConflictOfInterest.of(OWNER, "3号楼住户，直接受益"));
    c.ballots.removeIf(b -> b.party().equals(OWNER));
    assertClean(c.validate());
  }

  // meeting.ballot.not-eligible

  @Test
  void rejectsBallotOfPartyNotInTheEligibleSnapshot() {
    MeetingCase c = new MeetingCase();
    c.ballots.add(Ballot.of(PO, Choice.YES));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_BALLOT_NOT_ELIGIBLE,
            "meetings[0].vote.ballots[4]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PO);
  }

  // meeting.vote.rule-mismatch

  @Test
  void rejectsMajorMatterVotedBySimpleMajority() {
    MeetingCase c = new MeetingCase();
    c.voteRule = MajorityRule.simple(Base.DECISIVE);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_VOTE_RULE_MISMATCH, "meetings[0].vote.rule", Severity.ERROR);
    assertThat(v.args()).containsExactly(MatterSize.MAJOR, "jinan");
  }

  @Test
  void votesByTheRuleJinanSetsForMajorMatters() {
    assertThat(Profiles.jinan().decisionRules().get(MatterSize.MAJOR))
        .isEqualTo(MeetingCase.JINAN_MAJOR_RULE);
    assertThat(Profiles.jinan().decisionRule(new MeetingCase().build().topic()))
        .contains(MeetingCase.JINAN_MAJOR_RULE);
  }

  @Test
  void rejectsLiftVoteNotByTheOwnersRuleTheExampleProfileSets() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.jinanOwnersExample();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_VOTE_RULE_MISMATCH, "meetings[0].vote.rule", Severity.ERROR);
    assertThat(v.args()).containsExactly(Profiles.LIFT_INSTALLATION, "jinan-owners-example");
  }

  @Test
  void acceptsLiftVoteByTheOwnersDoubleThresholdUnderTheExampleProfile() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.jinanOwnersExample();
    c.voteRule = Profiles.ownersMajorMatterRule();
    c.eligible.clear();
    c.eligible.addAll(
        List.of(
            Voter.of(REP, PartyKind.RESIDENT_REPRESENTATIVE, new BigDecimal("76.0")),
            Voter.of(OC, PartyKind.OWNERS_COMMITTEE, new BigDecimal("60.0")),
            Voter.of(OWNER, PartyKind.STAKEHOLDER, new BigDecimal("89.5")),
            Voter.of(PC, PartyKind.PROPERTY_COMPANY, new BigDecimal("50.0"))));
    c.ballots.clear();
    c.ballots.addAll(
        List.of(Ballot.of(REP, Choice.YES), Ballot.of(OC, Choice.YES), Ballot.of(OWNER, Choice.YES)));
    assertClean(c.validate());
  }

  // meeting.vote.outcome-mismatch

  @Test
  void rejectsRecordedOutcomeTheBallotsDoNotGive() {
    MeetingCase c = new MeetingCase().beforeCarryingOut();
    c.result = Optional.of(MeetingResult.of("未通过", Outcome.FAILED));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH,
            "meetings[0].result.outcome",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(Outcome.FAILED, Outcome.PASSED);
  }

  @Test
  void acceptsShowOfHandsWhoseRecordedOutcomeItGives() {
    MeetingCase c = new MeetingCase();
    c.ballots.clear();
    c.showOfHands = Optional.of(ShowOfHands.of(3, 1, 0, RC));
    assertClean(c.validate());
  }

  @Test
  void rejectsShowOfHandsRecordedAsFailedThatPassed() {
    MeetingCase c = new MeetingCase().beforeCarryingOut();
    c.ballots.clear();
    c.showOfHands = Optional.of(ShowOfHands.of(3, 1, 0, RC));
    c.result = Optional.of(MeetingResult.of("未通过", Outcome.FAILED));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH,
            "meetings[0].result.outcome",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(Outcome.FAILED, Outcome.PASSED);
  }

  @Test
  void rejectsShowOfHandsWithMoreHandsThanEligibleVotersPresent() {
    MeetingCase c = new MeetingCase();
    c.ballots.clear();
    c.showOfHands = Optional.of(ShowOfHands.of(5, 0, 0, RC));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT,
            "meetings[0].vote.showOfHands",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(5L, 4);
  }

  @Test
  void countsHandsAgainstAndAbstainingTowardsTheVotersPresent() {
    for (ShowOfHands hands :
        List.of(
            ShowOfHands.of(1, 2, 2, RC), ShowOfHands.of(0, 5, 0, RC), ShowOfHands.of(0, 0, 5, RC))) {
      MeetingCase c = new MeetingCase();
      c.ballots.clear();
      c.showOfHands = Optional.of(hands);
      assertThat(c.validate().violationsOf(RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT))
          .as("%s", hands)
          .singleElement()
          .satisfies(v -> assertThat(v.args()).containsExactly(5L, 4));
    }
  }

  @Test
  void acceptsAsManyHandsAsVotersPresent() {
    for (ShowOfHands hands :
        List.of(
            ShowOfHands.of(1, 2, 1, RC), ShowOfHands.of(0, 4, 0, RC), ShowOfHands.of(0, 0, 4, RC))) {
      MeetingCase c = new MeetingCase();
      c.ballots.clear();
      c.showOfHands = Optional.of(hands);
      assertThat(c.validate().violationsOf(RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT))
          .as("%s", hands)
          .isEmpty();
    }
  }

  @Test
  void rejectsOutcomeRecordedWithoutAVote() {
    MeetingCase c = new MeetingCase();
    c.voted = false;
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH,
            "meetings[0].result.outcome",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(Outcome.PASSED, "—");
  }

  @Test
  void rejectsAResultThatDoesNotSayHowItsVoteEnded() {
    MeetingCase c = new MeetingCase();
    c.ballots.set(2, Ballot.of(MeetingCase.OC, Choice.NO));
    c.result = Optional.of(MeetingResult.of("同意加装"));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_OUTCOME_MISMATCH,
            "meetings[0].result.outcome",
            Severity.ERROR);
    assertThat(v.args()).containsExactly("—", Outcome.FAILED);
  }

  @Test
  void reportsAResultWithoutOutcomeOfAShowOfHandsWithTooManyHandsOnlyAsTooManyHands() {
    MeetingCase c = new MeetingCase();
    c.ballots.clear();
    c.showOfHands = Optional.of(ShowOfHands.of(5, 0, 0, RC));
    c.result = Optional.of(MeetingResult.of("同意加装"));
    assertOnly(
        c.validate(), RuleCodes.MEETING_VOTE_SHOW_OF_HANDS_EXCEEDS_PRESENT, "meetings[0].vote.showOfHands");
  }

  @Test
  void acceptsResultReachedByConsultationWithoutVote() {
    MeetingCase c = new MeetingCase();
    c.voted = false;
    c.result = Optional.of(MeetingResult.of("协商一致，同意加装"));
    assertClean(c.validate());
  }

  // meeting.vote.voter-mismatch

  @Test
  void acceptsVotersWhoseKindAndWeightAreThoseOfThePartyList() {
    assertClean(new MeetingCase().validate());
  }

  @Test
  void rejectsVoterRecordedUnderAnotherKind() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(1, Voter.of(MeetingCase.REP, PartyKind.PEOPLES_CONGRESS_DEPUTY));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_VOTER_MISMATCH,
            "meetings[0].vote.eligible[1]",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            MeetingCase.REP,
            PartyKind.PEOPLES_CONGRESS_DEPUTY,
            PartyKind.RESIDENT_REPRESENTATIVE,
            BigDecimal.ONE,
            "—");
  }

  @Test
  void rejectsVoterWithAnotherWeightThanTheListed() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(3, Voter.of(MeetingCase.OWNER, PartyKind.STAKEHOLDER, new BigDecimal("120")));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_VOTE_VOTER_MISMATCH,
            "meetings[0].vote.eligible[3]",
            Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            MeetingCase.OWNER,
            PartyKind.STAKEHOLDER,
            PartyKind.STAKEHOLDER,
            new BigDecimal("120"),
            new BigDecimal("89.5"));
  }

  @Test
  void acceptsTheSameWeightWrittenWithAnotherScale() {
    MeetingCase c = new MeetingCase();
    c.eligible.set(3, Voter.of(MeetingCase.OWNER, PartyKind.STAKEHOLDER, new BigDecimal("89.50")));
    assertClean(c.validate());
  }

  // meeting.result.before-discussion

  @Test
  void rejectsVoteClosedBeforeTheDiscussionStarted() {
    MeetingCase c = new MeetingCase();
    c.voteClosedAt = at("01:20");
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION,
            "meetings[0].vote.closedAt",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(at("01:20"), DISCUSSION);
  }

  @Test
  void acceptsVoteClosedAsTheDiscussionStarted() {
    MeetingCase c = new MeetingCase();
    c.voteClosedAt = DISCUSSION;
    assertClean(c.validate());
  }

  @Test
  void reportsAMissingDiscussionOnlyAsAMissingStage() {
    MeetingCase c = new MeetingCase();
    c.stages.removeIf(s -> s.stage() == MeetingStage.DISCUSSION);
    Violation v =
        assertSingle(c.validate(), RuleCodes.MEETING_STAGE_MISSING, "meetings[0].stages", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.DISCUSSION);
  }

  @Test
  void reportsResultStageBeforeTheDiscussionOnlyAsStageOrder() {
    MeetingCase c = new MeetingCase();
    StageRecord forming = c.stages.remove(5);
    c.stages.add(4, StageRecord.of(forming.stage(), at("01:22"), forming.summary()));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_STAGE_ORDER, "meetings[0].stages[5]", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingStage.DISCUSSION, MeetingStage.FORM_RESULT);
  }

  @Test
  void acceptsMeetingWithoutStageRecordsWhereTheProfileSetsNoStages() {
    MeetingCase c = bishan();
    c.stages.clear();
    c.voted = false;
    c.result = Optional.of(MeetingResult.of("协商一致，同意加装"));
    assertClean(c.validate());
  }

  @Test
  void acceptsVotedResultWithoutStageRecordsUnderHaidian() {
    MeetingCase c = new MeetingCase();
    c.profile = Profiles.haidian();
    c.steps.clear();
    c.stages.clear();
    assertClean(c.validate());
  }

  // meeting.publicity.missing

  @Test
  void rejectsResultThatWasNotPublicised() {
    MeetingCase c = new MeetingCase();
    c.publicity = Optional.empty();
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_PUBLICITY_MISSING, "meetings[0].publicity", Severity.ERROR);
    assertThat(v.args()).containsExactly(ENDED);
  }

  @Test
  void acceptsMeetingWithoutResultOrPublicity() {
    MeetingCase c = new MeetingCase();
    c.result = Optional.empty();
    c.publicity = Optional.empty();
    c.beforeCarryingOut();
    assertClean(c.validate());
  }

  // meeting.publicity.too-short

  @Test
  void rejectsPublicityShorterThanSevenDays() {
    MeetingCase c = new MeetingCase();
    c.publicity = Optional.of(Publicity.of("社区公示栏", ENDED, ENDED.plus(Duration.ofDays(3))));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_PUBLICITY_TOO_SHORT,
            "meetings[0].publicity.until",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(Duration.ofDays(3), Duration.ofDays(7));
  }

  @Test
  void acceptsPublicityOfExactlySevenDays() {
    MeetingCase c = new MeetingCase();
    assertThat(c.publicity.get().length()).isEqualTo(Duration.ofDays(7));
    assertClean(c.validate());
  }

  @Test
  void acceptsShortPublicityWhereTheProfileSetsNoMinimum() {
    MeetingCase c = bishan();
    c.publicity = Optional.of(Publicity.of("院坝公示栏", ENDED, ENDED.plus(Duration.ofDays(1))));
    assertClean(c.validate());
  }

  // meeting.kind.major-needs-full-meeting

  @Test
  void rejectsMajorMatterDeliberatedInASmallMeeting() {
    MeetingCase c = new MeetingCase();
    c.kind = MeetingKind.SMALL;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL, "meetings[0].kind", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingKind.SMALL);
  }

  @Test
  void reportsMajorMatterDeliberatedOnlineOnlyAsNeedingAFullMeeting() {
    MeetingCase c = new MeetingCase();
    c.kind = MeetingKind.ONLINE_MICRO;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL, "meetings[0].kind", Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingKind.ONLINE_MICRO);
  }

  @Test
  void acceptsMajorMatterInAnUrgentFullMeeting() {
    MeetingCase c = new MeetingCase();
    c.kind = MeetingKind.URGENT;
    assertClean(c.validate());
  }

  // meeting.kind.online-not-allowed

  @Test
  void acceptsMinorMatterOfOneUnitDeliberatedOnline() {
    MeetingCase c = new MeetingCase().minor();
    c.kind = MeetingKind.ONLINE_MICRO;
    assertClean(c.validate());
  }

  @Test
  void rejectsMinorMatterOfTwoUnitsDeliberatedOnline() {
    MeetingCase c = new MeetingCase().minor();
    c.affected.add(LiftCase.BUILDING_4);
    c.parties.add(
        Party.of(PartyId.of("rep-4"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_4));
    c.kind = MeetingKind.ONLINE_MICRO;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_KIND_ONLINE_NOT_ALLOWED, "meetings[0].kind", Severity.ERROR);
    assertThat(v.args()).containsExactly(MatterSize.MINOR, 2, 1);
  }

  @Test
  void acceptsMinorMatterOfTwoUnitsInASmallMeeting() {
    MeetingCase c = new MeetingCase().minor();
    c.affected.add(LiftCase.BUILDING_4);
    c.parties.add(
        Party.of(PartyId.of("rep-4"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_4));
    c.kind = MeetingKind.SMALL;
    assertClean(c.validate());
  }

  @Test
  void rejectsUrgentMatterDeliberatedOnline() {
    MeetingCase c = new MeetingCase().urgent(STARTED.minus(Duration.ofHours(2)));
    c.kind = MeetingKind.ONLINE_MICRO;
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_KIND_ONLINE_NOT_ALLOWED, "meetings[0].kind", Severity.ERROR);
    assertThat(v.args()).containsExactly(MatterSize.URGENT, 1, 1);
  }

  // meeting.urgent.late

  @Test
  void acceptsUrgentMatterWhoseFirstMeetingIsWithinTheWindow() {
    assertClean(new MeetingCase().urgent(STARTED.minus(Duration.ofHours(47))).validate());
    assertClean(new MeetingCase().urgent(STARTED.minus(Duration.ofHours(48))).validate());
  }

  @Test
  void rejectsUrgentMatterWhoseFirstMeetingIsLate() {
    Instant raised = STARTED.minus(Duration.ofHours(49));
    MeetingCase c = new MeetingCase().urgent(raised);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.MEETING_URGENT_LATE, "meetings[0].startedAt", Severity.ERROR);
    assertThat(v.args()).containsExactly(raised, raised.plus(Duration.ofHours(48)));
  }

  @Test
  void judgesOnlyTheFirstMeetingOfAnUrgentMatter() {
    MeetingCase c = new MeetingCase().urgent(STARTED.minus(Duration.ofHours(2)));
    c.meetings.add(new MeetingCase().urgent(c.raisedAt).shiftMeeting(Duration.ofDays(5)).meeting());
    c.restep(
        MeetingCase.FIVE_STEP_DELIBERATE,
        StepEvent.completed(
            MeetingCase.FIVE_STEP_DELIBERATE,
            Instant.parse("2026-11-02T02:00:00Z"),
            Instant.parse("2026-12-16T04:00:00Z"),
            PO))
        .restep(
            MeetingCase.FIVE_STEP_CARRY_OUT,
            StepEvent.completed(
                MeetingCase.FIVE_STEP_CARRY_OUT,
                Instant.parse("2026-12-17T01:00:00Z"),
                Instant.parse("2027-02-26T01:00:00Z"),
                PC));
    assertClean(c.validate());
  }

  @Test
  void rejectsUrgentMatterStillWithoutMeetingAfterTheWindow() {
    Instant raised = Instant.parse("2026-12-09T01:00:00Z");
    MeetingCase c = new MeetingCase().urgent(raised).withoutMeeting();
    c.now = raised.plus(Duration.ofHours(49));
    Violation v = assertSingle(c.validate(), RuleCodes.MEETING_URGENT_LATE, "meetings", Severity.ERROR);
    assertThat(v.args()).containsExactly(raised, raised.plus(Duration.ofHours(48)));
  }

  @Test
  void acceptsUrgentMatterWithoutMeetingWhileTheWindowIsOpen() {
    Instant raised = Instant.parse("2026-12-09T01:00:00Z");
    MeetingCase c = new MeetingCase().urgent(raised).withoutMeeting();
    c.now = raised.plus(Duration.ofHours(47));
    assertClean(c.validate());
    c.now = raised.plus(Duration.ofHours(48));
    assertClean(c.validate());
  }

  @Test
  void doesNotTimeAMajorMatterWithoutMeeting() {
    MeetingCase c = new MeetingCase().withoutMeeting();
    assertClean(c.validate());
  }

  // meeting.problem.solution-late (Bishan)

  @Test
  void acceptsTheCompliantMeetingUnderBishan() {
    assertClean(bishan().validate());
  }

  @Test
  void rejectsSolutionProposedTwentyFiveHoursAfterTheProblemWasRaised() {
    MeetingCase c =
        bishanWithPendingProblem(Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(25))));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_PROBLEM_SOLUTION_LATE,
            "meetings[0].problems[0]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PROBLEM_RAISED, PROBLEM_RAISED.plus(Duration.ofHours(24)));
  }

  @Test
  void acceptsSolutionProposedWithinTwentyFourHours() {
    assertClean(
        bishanWithPendingProblem(Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(23)))).validate());
    assertClean(
        bishanWithPendingProblem(Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(24)))).validate());
  }

  @Test
  void acceptsProblemSolvedOnTheSpot() {
    MeetingCase c = bishan();
    c.problems.add(RaisedProblem.solvedOnTheSpot("楼道杂物堆放", PROBLEM_RAISED));
    assertClean(c.validate());
  }

  @Test
  void rejectsProblemStillWithoutProposedSolutionAfterTwentyFourHours() {
    MeetingCase c = bishanWithPendingProblem(Optional.empty());
    c.now = PROBLEM_RAISED.plus(Duration.ofHours(25));
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.MEETING_PROBLEM_SOLUTION_LATE,
            "meetings[0].problems[0]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(PROBLEM_RAISED, PROBLEM_RAISED.plus(Duration.ofHours(24)));
  }

  @Test
  void acceptsProblemWithoutProposedSolutionWhileTheWindowIsOpen() {
    MeetingCase c = bishanWithPendingProblem(Optional.empty());
    c.now = PROBLEM_RAISED.plus(Duration.ofHours(2));
    assertClean(c.validate());
  }

  @Test
  void reportsOnlyTheLateProblemAmongSeveral() {
    MeetingCase c = bishan();
    c.problems.add(RaisedProblem.solvedOnTheSpot("楼道杂物堆放", PROBLEM_RAISED));
    c.problems.add(
        RaisedProblem.pending(
            "楼道照明损坏", PROBLEM_RAISED, Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(30)))));
    c.problems.add(
        RaisedProblem.pending(
            "下水道堵塞", PROBLEM_RAISED, Optional.of(PROBLEM_RAISED.plus(Duration.ofHours(3)))));
    assertSingle(
        c.validate(), RuleCodes.MEETING_PROBLEM_SOLUTION_LATE, "meetings[0].problems[1]", Severity.ERROR);
  }

  @Test
  void doesNotTimeProblemsWhereTheProfileSetsNoWindow() {
    MeetingCase c = new MeetingCase();
    c.problems.add(RaisedProblem.pending("楼道照明损坏", PROBLEM_RAISED, Optional.empty()));
    assertThat(Profiles.jinan().problemSolutionWindow()).isEmpty();
    assertClean(c.validate());
  }

  @Test
  void listsMeetingRuleViolationsInTheOrderOfRuleCodes() {
    MeetingCase c = new MeetingCase();
    c.kind = MeetingKind.SMALL;
    c.chair = RC;
    c.publicity = Optional.empty();
    assertThat(c.validate().violations().stream().map(Violation::code).collect(Collectors.toList()))
        .containsExactly(
            RuleCodes.MEETING_CHAIR_NOT_CONVENER,
            RuleCodes.MEETING_PUBLICITY_MISSING,
            RuleCodes.MEETING_KIND_MAJOR_NEEDS_FULL);
  }
}
