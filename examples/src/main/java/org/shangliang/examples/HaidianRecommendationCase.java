package org.shangliang.examples;

import java.time.Instant;
import java.time.LocalDate;
import org.shangliang.deliberation.decision.Choice;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A Haidian case in 集议办督评 (collect → deliberate → handle → supervise → evaluate): residents ask to
 * move a bus stop away from a school gate. The community agrees but may not decide it, so the outcome is
 * a recommendation (建议件): it goes up to the sub-district with a proposed solution and a named
 * follower, who follows it up until the sub-district solves it and residents are told. Names are
 * invented.
 *
 * <p>{@link #record(Instant)} gives the record as it stood at an instant.
 */
public final class HaidianRecommendationCase {
  /** The district. */
  public static final UnitId HAIDIAN = UnitId.of("haidian");
  /** The sub-district. */
  public static final UnitId HUAYUANLU = UnitId.of("haidian.huayuanlu");
  /** The community. */
  public static final UnitId COMMUNITY = UnitId.of("haidian.huayuanlu.hongliu");

  /** When the matter went up. */
  public static final Instant ESCALATED = Instant.parse("2026-12-16T02:00:00Z");
  /** When the sub-district solved it. */
  public static final Instant SOLVED = Instant.parse("2027-01-25T02:00:00Z");

  private static final PartyId PO = PartyId.of("hongliu-party-committee");
  private static final PartyId RC = PartyId.of("hongliu-residents-committee");
  private static final PartyId FOLLOWER = PartyId.of("hongliu-rc-member-zhang");

  private HaidianRecommendationCase() {}

  /**
   * The units.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction() {
    return Jurisdiction.of(
        AdministrativeUnit.root(HAIDIAN, TierLevel.DISTRICT, "海淀区"),
        AdministrativeUnit.of(HUAYUANLU, TierLevel.SUB_DISTRICT, "花园路街道", HAIDIAN),
        AdministrativeUnit.of(COMMUNITY, TierLevel.COMMUNITY, "红柳社区", HUAYUANLU));
  }

  /**
   * The record as it stood at an instant.
   *
   * @param asOf the instant
   * @return the record
   */
  public static Deliberation record(Instant asOf) {
    boolean solved = !SOLVED.isAfter(asOf);
    Escalation.Builder escalation =
        new Escalation.Builder()
            .fromUnit(COMMUNITY)
            .toUnit(HUAYUANLU)
            .reason("公交站点调整超出社区职权")
            .escalatedAt(ESCALATED)
            .deadline(Instant.parse("2027-02-15T10:00:00Z"))
            .follower(FOLLOWER);
    for (String day : new String[] {"2026-12-28", "2027-01-10", "2027-01-22"}) {
      Instant at = Instant.parse(day + "T02:00:00Z");
      if (!at.isAfter(asOf)) {
        escalation.addFollowUps(FollowUp.of(at, "向街道城管办了解与公交集团协调进展"));
      }
    }
    OutcomeRecord.Builder outcome =
        new OutcomeRecord.Builder()
            .kind(OutcomeKind.RECOMMENDATION)
            .facts(
                new OutcomeFacts.Builder()
                    .agreementReached(true)
                    .withinPowers(false)
                    .roundsHeld(1)
                    .disagreement(Disagreement.NONE)
                    .wideScopeOrComplexCauses(false)
                    .build())
            .classifiedAt(Instant.parse("2026-12-15T02:00:00Z"))
            .proposedSolution("将学院路公交站向北移50米，并增设护学岗");
    if (solved) {
      escalation.resolvedAt(SOLVED);
      outcome.solvedAt(SOLVED);
      Instant told = Instant.parse("2027-01-26T02:00:00Z");
      if (!told.isAfter(asOf)) {
        outcome.residentsNotice(Publicity.of("红柳会客厅公告栏", told, told.plusSeconds(7 * 86_400)));
      }
    }
    Deliberation.Builder record =
        new Deliberation.Builder()
            .id(DeliberationId.of("hongliu-2026-bus-stop"))
            .topic(
                new Topic.Builder()
                    .id(TopicId.of("hongliu-bus-stop"))
                    .title("学校门口公交站点调整")
                    .category(TopicCategory.PUBLIC_AFFAIRS)
                    .matterSize(MatterSize.MAJOR)
                    .addAffectedUnits(COMMUNITY)
                    .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
                    .raisedAt(Instant.parse("2026-11-25T02:00:00Z"))
                    .build())
            .parties(PartyList.of(parties()))
            .deliberatingUnit(COMMUNITY)
            .admission(Admission.admitted(Instant.parse("2026-11-28T02:00:00Z")))
            // the community party organisation reviewed the topic before admitting it (把关定向)
            .addPartyActs(
                PartyOrganisationAct.of(
                    PartyActKind.REVIEWED_TOPIC, PO, Instant.parse("2026-11-27T02:00:00Z")))
            .addMeetings(meeting())
            .outcome(outcome.build())
            .addEscalations(escalation.build());
    record.addSteps(
        StepEvent.completed("collect", Instant.parse("2026-11-25T02:00:00Z"),
            Instant.parse("2026-12-01T02:00:00Z"), PO),
        StepEvent.completed("deliberate", Instant.parse("2026-12-01T02:00:00Z"),
            Instant.parse("2026-12-15T02:00:00Z"), PO));
    if (!ESCALATED.isAfter(asOf)) {
      record.addSteps(
          solved
              ? StepEvent.completed("handle", ESCALATED, SOLVED, FOLLOWER)
              : StepEvent.underWay("handle", ESCALATED, FOLLOWER));
    }
    return record.build();
  }

  private static java.util.List<Party> parties() {
    return java.util.List.of(
        new Party.Builder().id(PO).kind(PartyKind.PARTY_ORGANISATION).unit(COMMUNITY)
            .addRoles(PartyRole.CONVENER, PartyRole.DELIBERATOR).build(),
        Party.of(RC, PartyKind.RESIDENTS_COMMITTEE, COMMUNITY),
        Party.of(FOLLOWER, PartyKind.RESIDENTS_COMMITTEE, COMMUNITY),
        Party.of(PartyId.of("hongliu-rep-1"), PartyKind.RESIDENT_REPRESENTATIVE, COMMUNITY),
        Party.of(PartyId.of("hongliu-rep-2"), PartyKind.RESIDENT_REPRESENTATIVE, COMMUNITY),
        Party.of(PartyId.of("school-1"), PartyKind.RESIDENT_UNIT, COMMUNITY));
  }

  private static Meeting meeting() {
    Meeting.Builder meeting =
        new Meeting.Builder()
            .unit(COMMUNITY)
            .kind(MeetingKind.REGULAR)
            .scheduledDate(LocalDate.of(2026, 12, 14))
            .startedAt(Instant.parse("2026-12-14T11:00:00Z"))
            .endedAt(Instant.parse("2026-12-14T12:30:00Z"))
            .chair(PO)
            .recorder(RC);
    Vote.Builder vote =
        new Vote.Builder()
            .rule(MajorityRule.supermajority(Fraction.of(2, 3), false, Base.PRESENT))
            .closedAt(Instant.parse("2026-12-14T12:15:00Z"));
    for (Party member : parties()) {
      meeting
          .addInvited(member.id())
          .addAttendance(SignIn.of(member.id(), Instant.parse("2026-12-14T10:55:00Z")));
      vote.addEligible(Voter.of(member.id(), member.kind())).addBallots(Ballot.of(member.id(), Choice.YES));
    }
    return meeting
        .vote(vote.build())
        .result(MeetingResult.of("一致同意建议将公交站北移并增设护学岗，报街道协调", Outcome.PASSED))
        .publicity(
            Publicity.of("红柳会客厅公告栏", Instant.parse("2026-12-14T12:30:00Z"),
                Instant.parse("2026-12-21T12:30:00Z")))
        .build();
  }
}
