package org.shangliang.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.SpeakingTurn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.profile.Profiles;

/**
 * The Jinan lift case carried through its community meeting on the 11th (社区议事会, "111"): the seven
 * stages (七定), sign-in against the quorum, speaking turns, and the owners' vote decided by a double
 * threshold on headcount and floor area ({@link Profiles#ownersMajorMatterRule()}, an example after the
 * PRC Civil Code art. 278), then the five steps (五步) up to carrying out.
 */
public final class JinanMeetingCase {
  /** When the demo judges this record: after the meeting and its publicity. */
  public static final Instant NOW = Instant.parse("2026-12-20T02:00:00Z");

  private static final PartyId CHAIR = PartyId.of("dianliu-1-party-committee");
  private static final PartyId RECORDER = PartyId.of("dianliu-1-residents-committee");

  private JinanMeetingCase() {}

  /**
   * The record with its meeting and steps.
   *
   * @return the record
   */
  public static Deliberation record() {
    return JinanLiftCase.compliantBuilder()
        .addMeeting(meeting())
        .addSteps(
            StepEvent.completed("identify-parties", at("2026-11-02T01:00"), at("2026-11-03T09:00"), CHAIR),
            StepEvent.completed("set-topic", at("2026-11-03T09:00"), at("2026-11-05T09:00"), CHAIR),
            StepEvent.completed("deliberate", at("2026-11-05T09:00"), at("2026-12-11T13:30"), CHAIR),
            StepEvent.underWay("carry-out", at("2026-12-19T01:00"), CHAIR))
        .build();
  }

  /**
   * The community meeting of 11 December 2026, 19:00 to 21:30 Beijing time.
   *
   * @return the meeting
   */
  public static Meeting meeting() {
    List<Party> parties = JinanLiftCase.parties();
    Meeting.Builder meeting =
        new Meeting.Builder()
            .unit(JinanLiftCase.DIANLIU_1)
            .kind(MeetingKind.REGULAR)
            .scheduledDate(LocalDate.of(2026, 12, 11))
            .startedAt(at("2026-12-11T11:00"))
            .endedAt(at("2026-12-11T13:30"))
            .chair(CHAIR)
            .recorder(RECORDER);
    List<Voter> owners = new ArrayList<>();
    for (Party party : parties) {
      meeting.addInvited(party.id());
      if (party.kind() == PartyKind.STAKEHOLDER) {
        owners.add(Voter.of(party.id(), party.kind(), party.weight().get()));
      }
    }
    // every invited party signs in but one supervisor; one owner signs the paper sheet
    for (Party party : parties) {
      if (party.id().value().equals("lixia-finance")) {
        continue;
      }
      meeting.addAttendance(
          party.id().value().equals("b3-owner-601")
              ? SignIn.withEvidence(party.id(), at("2026-12-11T10:55"), "签到表第2页")
              : SignIn.of(party.id(), at("2026-12-11T10:50")));
    }
    meeting
        .addStages(
            StageRecord.of(MeetingStage.SIGN_IN, at("2026-12-11T11:00"), "23人受邀，22人签到"),
            StageRecord.of(MeetingStage.EXPLAIN_TOPIC, at("2026-12-11T11:10"), "说明3号楼加装电梯方案与资金来源"),
            StageRecord.of(MeetingStage.INTRODUCE_PARTIES, at("2026-12-11T11:25"), "介绍各协商主体"),
            StageRecord.of(MeetingStage.READ_RULES, at("2026-12-11T11:35"), "宣读议事规则：每人发言不超过5分钟"),
            StageRecord.of(MeetingStage.DISCUSSION, at("2026-12-11T11:45"), "低层业主提出采光与噪声顾虑，物业回应"),
            StageRecord.of(MeetingStage.FORM_RESULT, at("2026-12-11T13:00"), "业主表决"),
            StageRecord.of(MeetingStage.PUBLICISE_RESULT, at("2026-12-11T13:20"), "结果张贴于单元公示栏"))
        .addSpeakingTurns(
            SpeakingTurn.of(PartyId.of("b3-owner-101"), Duration.ofMinutes(4)),
            SpeakingTurn.of(PartyId.of("dianliu-property-co"), Duration.ofMinutes(3)),
            SpeakingTurn.of(PartyId.of("b3-owner-601"), Duration.ofSeconds(150)))
        .vote(
            new Vote.Builder()
                .rule(Profiles.ownersMajorMatterRule())
                .addAllEligible(owners)
                .addBallots(
                    Ballot.of(PartyId.of("b3-owner-101"), Choice.NO),
                    Ballot.of(PartyId.of("b3-owner-201"), Choice.YES),
                    Ballot.of(PartyId.of("b3-owner-301"), Choice.YES),
                    Ballot.of(PartyId.of("b3-owner-401"), Choice.YES),
                    Ballot.of(PartyId.of("b3-owner-501"), Choice.YES),
                    Ballot.of(PartyId.of("b3-owner-601"), Choice.YES))
                .closedAt(at("2026-12-11T13:15"))
                .build())
        .result(MeetingResult.of("同意3号楼加装电梯，按楼层分摊自筹部分", Outcome.PASSED))
        .publicity(Publicity.of("3号楼单元公示栏", at("2026-12-11T13:30"), at("2026-12-18T13:30")));
    return meeting.build();
  }

  /** An instant given in UTC, minutes precision. */
  private static Instant at(String utc) {
    return Instant.parse(utc + ":00Z");
  }
}
