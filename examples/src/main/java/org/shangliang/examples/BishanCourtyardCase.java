package org.shangliang.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.MeetingResult;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.meeting.RaisedProblem;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profiles;
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
 * A Bishan courtyard meeting (院坝会) on a leaking pipe: one problem is solved on the spot, another is
 * not and must get a proposed solution within 24 hours (Bishan profile). Names are invented.
 */
public final class BishanCourtyardCase {
  /** The district. */
  public static final UnitId BISHAN = UnitId.of("bishan");
  /** The sub-district. */
  public static final UnitId BICHENG = UnitId.of("bishan.bicheng");
  /** The community. */
  public static final UnitId COMMUNITY = UnitId.of("bishan.bicheng.xiushan");
  /** The courtyard. */
  public static final UnitId COURTYARD = UnitId.of("bishan.bicheng.xiushan.yard-5");

  /** When the second problem was raised: 20 November 2026, 19:40 Beijing time. */
  public static final Instant RAISED = Instant.parse("2026-11-20T11:40:00Z");

  private BishanCourtyardCase() {}

  /**
   * The units.
   *
   * @return the jurisdiction
   */
  public static Jurisdiction jurisdiction() {
    return Jurisdiction.of(
        AdministrativeUnit.root(BISHAN, TierLevel.DISTRICT, "璧山区"),
        AdministrativeUnit.of(BICHENG, TierLevel.SUB_DISTRICT, "璧城街道", BISHAN),
        AdministrativeUnit.of(COMMUNITY, TierLevel.COMMUNITY, "秀山社区", BICHENG),
        AdministrativeUnit.of(COURTYARD, TierLevel.COURTYARD, "5号院", COMMUNITY));
  }

  /**
   * The record, with the second problem's solution proposed at the given instant, if any.
   *
   * @param solutionProposedAt when a solution was proposed, or empty if none was yet
   * @return the record
   */
  public static Deliberation record(Optional<Instant> solutionProposedAt) {
    PartyId groupLeader = PartyId.of("yard-5-party-group");
    Meeting meeting =
        new Meeting.Builder()
            .unit(COURTYARD)
            .kind(MeetingKind.SMALL)
            .scheduledDate(LocalDate.of(2026, 11, 20))
            .startedAt(Instant.parse("2026-11-20T11:30:00Z"))
            .endedAt(Instant.parse("2026-11-20T12:30:00Z"))
            .chair(groupLeader)
            .recorder(PartyId.of("yard-5-grid-worker"))
            .addInvited(groupLeader, PartyId.of("yard-5-grid-worker"), PartyId.of("yard-5-household-1"),
                PartyId.of("yard-5-household-2"), PartyId.of("property-xiushan"))
            .addAttendance(
                SignIn.of(groupLeader, Instant.parse("2026-11-20T11:25:00Z")),
                SignIn.of(PartyId.of("yard-5-grid-worker"), Instant.parse("2026-11-20T11:25:00Z")),
                SignIn.of(PartyId.of("yard-5-household-1"), Instant.parse("2026-11-20T11:28:00Z")),
                SignIn.of(PartyId.of("property-xiushan"), Instant.parse("2026-11-20T11:29:00Z")))
            .addProblems(
                RaisedProblem.solvedOnTheSpot("楼道灯不亮，物业当场安排更换", Instant.parse("2026-11-20T11:35:00Z")),
                RaisedProblem.pending("5号院供水管老化渗漏，需街道协调维修资金", RAISED, solutionProposedAt))
            .result(MeetingResult.of("楼道灯当场解决；供水管问题24小时内提出解决方案"))
            .publicity(
                Publicity.of("5号院微信群", Instant.parse("2026-11-20T12:30:00Z"),
                    Instant.parse("2026-11-23T12:30:00Z")))
            .build();
    Topic topic =
        new Topic.Builder()
            .id(TopicId.of("yard-5-pipes"))
            .title("5号院供水管渗漏")
            .category(TopicCategory.DAILY_LIFE_AND_DISPUTES)
            .catalogueEntry(Profiles.PIPE_REPAIR)
            .matterSize(MatterSize.MINOR)
            .addAffectedUnits(COURTYARD)
            .source(TopicSource.of(SourceKind.COURTYARD_TALK))
            .raisedAt(Instant.parse("2026-11-18T02:00:00Z"))
            .build();
    return new Deliberation.Builder()
        .id(DeliberationId.of("bishan-yard-5-2026-11"))
        .topic(topic)
        .parties(
            PartyList.of(
                new Party.Builder().id(groupLeader).kind(PartyKind.PARTY_ORGANISATION).unit(COURTYARD)
                    .addRoles(PartyRole.CONVENER, PartyRole.DELIBERATOR).build(),
                Party.of(PartyId.of("yard-5-grid-worker"), PartyKind.GRID_WORKER, COURTYARD),
                Party.of(PartyId.of("yard-5-household-1"), PartyKind.STAKEHOLDER, COURTYARD),
                Party.of(PartyId.of("yard-5-household-2"), PartyKind.STAKEHOLDER, COURTYARD),
                Party.of(PartyId.of("property-xiushan"), PartyKind.PROPERTY_COMPANY, COMMUNITY)))
        .deliberatingUnit(COURTYARD)
        .admission(Admission.admitted(Instant.parse("2026-11-19T02:00:00Z")))
        .plannedMeetingDate(LocalDate.of(2026, 11, 20))
        .addMeetings(meeting)
        .build();
  }
}
