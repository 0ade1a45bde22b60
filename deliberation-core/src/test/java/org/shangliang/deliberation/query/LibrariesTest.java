package org.shangliang.deliberation.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Haidian's four libraries over a set of records at an instant: each criterion both ways, and the
 * order of each library.
 */
class LibrariesTest {
  private static final UnitId SUB = UnitId.of("huayuanlu");
  private static final UnitId C = UnitId.of("hongliu");
  private static final UnitId B1 = UnitId.of("hongliu.b1");
  private static final UnitId B2 = UnitId.of("hongliu.b2");
  private static final Jurisdiction UNITS =
      Jurisdiction.of(
          AdministrativeUnit.root(SUB, TierLevel.SUB_DISTRICT, "花园路街道"),
          AdministrativeUnit.of(C, TierLevel.COMMUNITY, "红柳社区", SUB),
          AdministrativeUnit.of(B1, TierLevel.COURTYARD, "1号楼", C),
          AdministrativeUnit.of(B2, TierLevel.COURTYARD, "2号楼", C));

  private static final PartyId PC = PartyId.of("party-committee");
  private static final PartyId RC = PartyId.of("residents-committee");
  private static final PartyId REP1 = PartyId.of("rep-1");
  private static final PartyId REP2 = PartyId.of("rep-2");
  private static final PartyId OUTSIDER = PartyId.of("not-listed");

  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final Profile HAIDIAN = Profiles.haidian();
  private static final Libraries LIBRARIES = Libraries.of(HAIDIAN, UNITS);

  private static Instant day(int d) {
    return Instant.parse("2026-11-01T00:00:00Z").plusSeconds((d - 1) * 86_400L);
  }

  private static Deliberation.Builder record(String id, String entry, Instant raisedAt, UnitId unit) {
    return new Deliberation.Builder()
        .id(DeliberationId.of(id))
        .topic(
            new Topic.Builder()
                .id(TopicId.of("t-" + id))
                .title("议题 " + id)
                .category(TopicCategory.PUBLIC_AFFAIRS)
                .catalogueEntry(entry)
                .matterSize(MatterSize.MINOR)
                .addAffectedUnits(unit)
                .source(TopicSource.hotline("12345-" + id))
                .raisedAt(raisedAt)
                .build())
        .parties(
            PartyList.of(
                Party.of(PC, PartyKind.PARTY_ORGANISATION, C),
                Party.of(RC, PartyKind.RESIDENTS_COMMITTEE, C),
                Party.of(REP1, PartyKind.RESIDENT_REPRESENTATIVE, C),
                Party.of(REP2, PartyKind.RESIDENT_REPRESENTATIVE, C)))
        .deliberatingUnit(C);
  }

  private static OutcomeRecord.Builder outcome(OutcomeKind kind, Instant at) {
    return new OutcomeRecord.Builder()
        .kind(kind)
        .classifiedAt(at)
        .facts(
            new OutcomeFacts.Builder()
                .agreementReached(kind != OutcomeKind.SHELVED)
                .withinPowers(kind != OutcomeKind.RECOMMENDATION)
                .roundsHeld(1)
                .disagreement(Disagreement.NONE)
                .wideScopeOrComplexCauses(false)
                .build());
  }

  private static Duty done(String id, Instant completedAt) {
    return new Duty.Builder()
        .id(id)
        .description("修缮")
        .responsible(RC)
        .measures("施工")
        .deadline(completedAt.plusSeconds(86_400))
        .completedAt(completedAt)
        .build();
  }

  private static Duty open(String id, Instant deadline) {
    return new Duty.Builder()
        .id(id)
        .description("修缮")
        .responsible(RC)
        .measures("施工")
        .deadline(deadline)
        .build();
  }

  /** A finished immediate case with appraisals of the given scores on day 25. */
  private static Deliberation finished(String id, Instant completedAt, int... scores) {
    Deliberation.Builder b =
        record(id, "repairs", day(1), B1)
            .outcome(outcome(OutcomeKind.IMMEDIATE, day(2)).addDuties(done("d", completedAt)).build());
    int k = 0;
    for (int score : scores) {
      b.addAppraisals(Appraisal.of(day(25), PartyId.of("resident-" + k++), score));
    }
    return b.build();
  }

  private static Meeting meeting(Instant start, PartyId chair, PartyId... present) {
    Meeting.Builder b =
        new Meeting.Builder()
            .unit(C)
            .kind(MeetingKind.REGULAR)
            .scheduledDate(LocalDate.ofInstant(start, ZoneOffset.UTC))
            .startedAt(start)
            .endedAt(start.plusSeconds(3600))
            .chair(chair)
            .recorder(RC);
    for (PartyId party : present) {
      b.addInvited(party).addAttendance(SignIn.of(party, start));
    }
    return b.build();
  }

  private static List<String> ids(List<?> entries) {
    List<String> ids = new ArrayList<>();
    for (Object entry : entries) {
      if (entry instanceof WaitingTopic w) {
        ids.add(w.record().value());
      } else if (entry instanceof ExperienceCase e) {
        ids.add(e.record().value());
      } else if (entry instanceof PainPoint p) {
        ids.add(p.record().value());
      } else if (entry instanceof KeyPerson k) {
        ids.add(k.party().value());
      }
    }
    return ids;
  }

  /** Builds a record whose topic has a given id. */
  private static Deliberation withTopicId(Deliberation.Builder record, TopicId id) {
    Deliberation built = record.build();
    Topic topic = built.topic();
    return new Deliberation.Builder()
        .id(built.id())
        .topic(
            new Topic.Builder()
                .id(id)
                .title(topic.title())
                .category(topic.category())
                .catalogueEntry(topic.catalogueEntry())
                .matterSize(topic.matterSize())
                .addAllAffectedUnits(topic.affectedUnits())
                .source(topic.source())
                .raisedAt(topic.raisedAt())
                .build())
        .parties(built.parties())
        .deliberatingUnit(built.deliberatingUnit())
        .build();
  }

  // 商量库 ---------------------------------------------------------------------------------------

  @Test
  void waitingHoldsTopicsRaisedAndNotRefusedWithoutAnOutcomeOldestFirst() {
    List<Deliberation> records =
        List.of(
            record("pending", "lift", day(3), B1).build(),
            record("admitted", "lift", day(1), B1)
                .admission(Admission.admitted(day(2)))
                .addMeetings(meeting(day(5), PC, PC, RC))
                .build(),
            record("refused", "lift", day(1), B1).admission(Admission.refused(day(2), "已由法律规定")).build(),
            record("classified", "lift", day(1), B1)
                .admission(Admission.admitted(day(2)))
                .outcome(outcome(OutcomeKind.SHELVED, day(6)).build())
                .build(),
            record("classified-later", "lift", day(2), B1)
                .admission(Admission.admitted(day(2)))
                .outcome(outcome(OutcomeKind.SHELVED, NOW.plusSeconds(1)).build())
                .build(),
            record("refused-later", "lift", day(4), B1)
                .admission(Admission.refused(NOW.plusSeconds(1), "已由法律规定"))
                .build(),
            record("raised-later", "lift", NOW.plusSeconds(1), B1).build());

    List<WaitingTopic> waiting = LIBRARIES.waiting(records, NOW);

    assertThat(ids(waiting)).containsExactly("admitted", "classified-later", "pending", "refused-later");
    assertThat(waiting.get(0).admittedAt()).contains(day(2));
    assertThat(waiting.get(0).meetingsHeld()).isEqualTo(1);
    assertThat(waiting.get(2).admittedAt()).isEmpty();
    assertThat(waiting.get(3).admittedAt()).as("a refusal after the instant is not known then").isEmpty();
  }

  @Test
  void waitingLeavesPendingTopicsOutWhenTheSettingSaysSo() {
    List<Deliberation> records =
        List.of(
            record("pending", "lift", day(3), B1).build(),
            record("admitted", "lift", day(1), B1).admission(Admission.admitted(day(2))).build());
    Libraries admittedOnly =
        Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().waitingIncludesPending(false).build());

    assertThat(ids(admittedOnly.waiting(records, NOW))).containsExactly("admitted");
    assertThat(ids(LIBRARIES.waiting(records, NOW))).containsExactly("admitted", "pending");
  }

  // 经验库 ---------------------------------------------------------------------------------------

  @Test
  void experienceHoldsFinishedCasesWhoseMeanAppraisalIsGood() {
    Deliberation good = finished("good", day(20), 4, 5);
    Deliberation poor = finished("poor", day(20), 2, 3);
    Deliberation borderline = finished("borderline", day(20), 1, 5);
    Deliberation unappraised = finished("unappraised", day(20));
    Deliberation unfinished =
        record("unfinished", "repairs", day(1), B1)
            .outcome(
                outcome(OutcomeKind.IMMEDIATE, day(2))
                    .addDuties(done("a", day(10)), open("b", NOW.plusSeconds(86_400)))
                    .build())
            .addAppraisals(Appraisal.of(day(25), REP1, 5))
            .build();
    Deliberation finishedLater = finished("finished-later", NOW.plusSeconds(1), 5);
    Deliberation solved =
        record("solved", "bus-stop", day(1), B1)
            .outcome(
                outcome(OutcomeKind.RECOMMENDATION, day(2))
                    .proposedSolution("调整站点")
                    .solvedAt(day(15))
                    .build())
            .addAppraisals(Appraisal.of(day(25), REP1, 4))
            .build();

    List<ExperienceCase> experience =
        LIBRARIES.experience(
            List.of(good, poor, borderline, unappraised, unfinished, finishedLater, solved), NOW);

    assertThat(ids(experience))
        .as("the mean must reach 3, the lowest score above the poor ones (1-5, poor at most 2)")
        .containsExactly("good", "solved", "borderline");
    assertThat(experience.get(0).appraisals()).isEqualTo(2);
    assertThat(experience.get(0).scoreTotal()).isEqualTo(9);
    assertThat(experience.get(0).meanScore()).isEqualByComparingTo("4.50");
    assertThat(experience.get(0).catalogueEntry()).contains("repairs");
    assertThat(experience.get(1).kind()).isEqualTo(OutcomeKind.RECOMMENDATION);
    assertThat(experience.get(1).finishedAt()).isEqualTo(day(15));
  }

  @Test
  void experienceCountsOnlyAppraisalsOnTheScaleAndByTheInstant() {
    Deliberation offScale = finished("off-scale", day(20), 9, 2);
    Deliberation lateAppraisal =
        record("late", "repairs", day(1), B1)
            .outcome(outcome(OutcomeKind.IMMEDIATE, day(2)).addDuties(done("d", day(10))).build())
            .addAppraisals(Appraisal.of(day(25), REP1, 5), Appraisal.of(NOW.plusSeconds(1), REP2, 1))
            .build();

    List<ExperienceCase> experience = LIBRARIES.experience(List.of(offScale, lateAppraisal), NOW);

    assertThat(ids(experience)).as("9 is off the scale; the mean of 2 alone is poor").containsExactly("late");
    assertThat(experience.get(0).appraisals()).isEqualTo(1);
  }

  @Test
  void experienceFollowsTheGoodScoreAndTheMinimumNumberOfAppraisals() {
    List<Deliberation> records =
        List.of(finished("one-five", day(20), 5), finished("two-fours", day(20), 4, 4));

    assertThat(ids(LIBRARIES.experience(records, NOW))).containsExactly("one-five", "two-fours");
    assertThat(
            ids(Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().goodScoreAtLeast(5).build())
                .experience(records, NOW)))
        .containsExactly("one-five");
    assertThat(
            ids(Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().minAppraisals(2).build())
                .experience(records, NOW)))
        .containsExactly("two-fours");
  }

  @Test
  void experienceRanksByMeanThenNumberOfAppraisalsThenLatestFinishedThenId() {
    List<Deliberation> records =
        List.of(
            finished("b-mean-4-early", day(10), 4),
            finished("a-mean-4-early", day(10), 4),
            finished("mean-4-late", day(20), 4),
            finished("mean-4-twice", day(5), 4, 4),
            finished("mean-9-of-2", day(5), 5, 4),
            finished("mean-5", day(5), 5));

    assertThat(ids(LIBRARIES.experience(records, NOW)))
        .containsExactly(
            "mean-5", "mean-9-of-2", "mean-4-twice", "mean-4-late", "a-mean-4-early", "b-mean-4-early");
  }

  @Test
  void experienceIsEmptyWithoutAScaleUnlessAGoodScoreIsSet() {
    Profile noScale =
        new Profile.Builder()
            .id("bare")
            .name(LocalizedText.of("无量表", "no scale"))
            .catalogue(HAIDIAN.catalogue())
            .build();
    List<Deliberation> records = List.of(finished("good", day(20), 5), finished("poor", day(20), 1));

    assertThat(Libraries.of(noScale, UNITS).experience(records, NOW)).isEmpty();
    assertThat(
            ids(Libraries.of(noScale, UNITS, new LibrarySettings.Builder().goodScoreAtLeast(4).build())
                .experience(records, NOW)))
        .containsExactly("good");
  }

  // 痛点库 ---------------------------------------------------------------------------------------

  @Test
  void painPointsHoldTopicsThatRecurWithinTheWindow() {
    List<Deliberation> records =
        List.of(
            record("lift-b1", "lift", day(3), B1).build(),
            record("lift-b2", "lift", day(4), B2).build(),
            record("parking-b1", "parking", day(5), B1).build(),
            record("parking-old", "parking", NOW.minus(Duration.ofDays(91)), B2).build());

    List<PainPoint> pains = LIBRARIES.painPoints(records, NOW);

    assertThat(ids(pains)).containsExactly("lift-b1", "lift-b2");
    assertThat(pains.get(0).reasons()).containsExactly(PainReason.RECURRING);
    assertThat(pains.get(0).recurringClasses())
        .singleElement()
        .satisfies(c -> assertThat(c.unit()).isEqualTo(C))
        .satisfies(c -> assertThat(c.topics()).containsExactly(TopicId.of("t-lift-b1"), TopicId.of("t-lift-b2")));
    Libraries longWindow =
        Libraries.of(
            HAIDIAN, UNITS, new LibrarySettings.Builder().recurrenceWindow(Duration.ofDays(120)).build());
    assertThat(ids(longWindow.painPoints(records, NOW)))
        .containsExactly("parking-old", "lift-b1", "lift-b2", "parking-b1");
    Libraries byBuilding =
        Libraries.of(
            HAIDIAN,
            UNITS,
            new LibrarySettings.Builder().recurring(RecurringSettings.of(TierLevel.COURTYARD, 2)).build());
    assertThat(byBuilding.painPoints(records, NOW)).isEmpty();
  }

  @Test
  void painPointsHoldRecordsThatStayOverdue() {
    Deliberation late =
        record("late", "repairs", day(1), B1)
            .outcome(outcome(OutcomeKind.IMMEDIATE, day(2)).addDuties(open("fix", day(20))).build())
            .build();
    Deliberation onTime =
        record("on-time", "lift", day(1), B1)
            .outcome(outcome(OutcomeKind.IMMEDIATE, day(2)).addDuties(open("fix", NOW.plusSeconds(60))).build())
            .build();

    List<PainPoint> pains = LIBRARIES.painPoints(List.of(late, onTime), NOW);

    assertThat(ids(pains)).containsExactly("late");
    assertThat(pains.get(0).reasons()).containsExactly(PainReason.OVERDUE);
    assertThat(pains.get(0).overdue())
        .singleElement()
        .satisfies(o -> assertThat(o.code()).isEqualTo(RuleCodes.OUTCOME_DUTY_OVERDUE));
    Libraries patient =
        Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().overdueFor(Duration.ofDays(11)).build());
    assertThat(patient.painPoints(List.of(late, onTime), NOW))
        .as("ten days late is not more than eleven")
        .isEmpty();
    assertThat(ids(LIBRARIES.painPoints(List.of(late), day(20)))).as("due, not yet overdue").isEmpty();
  }

  @Test
  void painPointsHoldRecordsShelvedMoreThanOnce() {
    Deliberation twice = shelved("twice", "pipes", NOW.minusSeconds(60));
    Deliberation secondAfterNow = shelved("second-after-now", "canteen", NOW.plusSeconds(60));
    Deliberation once =
        record("once", "repairs", day(1), B1)
            .outcome(outcome(OutcomeKind.SHELVED, day(6)).build())
            .build();

    List<PainPoint> pains = LIBRARIES.painPoints(List.of(twice, secondAfterNow, once), NOW);

    assertThat(ids(pains)).containsExactly("twice");
    assertThat(pains.get(0).reasons()).containsExactly(PainReason.SHELVED_REPEATEDLY);
    assertThat(pains.get(0).timesShelved()).isEqualTo(2);
    Libraries strict =
        Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().shelvedMoreThan(0).build());
    List<PainPoint> strictPains = strict.painPoints(List.of(twice, secondAfterNow, once), NOW);
    assertThat(ids(strictPains)).as("one reason each, raised the same day: by id")
        .containsExactly("once", "second-after-now", "twice");
    assertThat(strictPains.get(0).timesShelved()).as("no events: the shelved outcome counts once").isEqualTo(1);
    assertThat(strictPains.get(1).timesShelved()).as("the second shelving is after the instant").isEqualTo(1);
  }

  /** Shelved, taken up again, and shelved a second time at {@code second}. */
  private static Deliberation shelved(String id, String entry, Instant second) {
    PartyId actor = PC;
    return record(id, entry, day(1), B1)
        .outcome(outcome(OutcomeKind.SHELVED, second).build())
        .addEvents(
            DeliberationEvent.of(EventType.TOPIC_RAISED, day(1), actor),
            DeliberationEvent.of(EventType.ADMITTED, day(2), actor),
            DeliberationEvent.of(EventType.PARTIES_IDENTIFIED, day(2), actor),
            DeliberationEvent.of(EventType.MEETING_HELD, day(3), actor),
            DeliberationEvent.classified(OutcomeKind.SHELVED, day(3), actor),
            DeliberationEvent.of(EventType.REOPENED, day(10), actor),
            DeliberationEvent.of(EventType.MEETING_HELD, day(11), actor),
            DeliberationEvent.classified(OutcomeKind.SHELVED, second, actor))
        .build();
  }

  @Test
  void painPointsRankMostReasonsFirstThenOldestThenId() {
    Deliberation recurringAndLate =
        record("z-both", "lift", day(5), B1)
            .outcome(outcome(OutcomeKind.IMMEDIATE, day(6)).addDuties(open("fix", day(20))).build())
            .build();
    List<Deliberation> records =
        List.of(
            record("b-lift", "lift", day(2), B2).build(),
            record("a-lift", "lift", day(2), B1).build(),
            record("c-lift", "lift", day(1), B1).build(),
            recurringAndLate);

    assertThat(ids(LIBRARIES.painPoints(records, NOW)))
        .containsExactly("z-both", "c-lift", "a-lift", "b-lift");
  }

  // 骨干库 ---------------------------------------------------------------------------------------

  @Test
  void keyPeopleAreRankedByWhatTheyDidByIdOnly() {
    Deliberation first =
        record("first", "lift", day(1), B1)
            .addMeetings(meeting(day(3), PC, PC, RC, REP1), meeting(day(5), RC, RC, REP1))
            .build();
    Deliberation second =
        record("second", "parking", day(1), B1)
            .addMeetings(meeting(day(7), PC, REP1, REP2, OUTSIDER))
            .addEscalations(
                new Escalation.Builder()
                    .fromUnit(C)
                    .toUnit(SUB)
                    .reason("超出社区权限")
                    .escalatedAt(day(8))
                    .deadline(day(28))
                    .follower(REP2)
                    .addFollowUps(FollowUp.of(day(9), "已联系"), FollowUp.of(day(12), "已答复"))
                    .addFollowUps(FollowUp.of(NOW.plusSeconds(1), "之后"))
                    .build())
            .build();

    List<KeyPerson> people = LIBRARIES.keyPeople(List.of(first, second), NOW);

    // every score is 3: PC took part 1 and chaired 2; RC took part 2 and chaired 1; REP2 took part 1
    // and followed up 2 (the third follow-up is after the instant); REP1 took part 3. Ties go to the
    // most chaired, then the most followed up. OUTSIDER is not on the party list.
    assertThat(ids(people)).containsExactly("party-committee", "residents-committee", "rep-2", "rep-1");
    assertThat(people).extracting(KeyPerson::score).containsOnly(3L);
    assertThat(people.get(0).chaired()).isEqualTo(2);
    assertThat(people.get(2).followedUp()).isEqualTo(2);
    assertThat(people.get(2).records()).isEqualTo(1);
    assertThat(people.get(3).tookPart()).isEqualTo(3);
    assertThat(people.get(3).records()).isEqualTo(2);
    assertThat(people.toString()).doesNotContain("张").doesNotContain("name");
  }

  @Test
  void keyPeopleFollowTheLimitKindsAndWeights() {
    Deliberation record =
        record("first", "lift", day(1), B1)
            .addMeetings(meeting(day(3), PC, PC, RC, REP1), meeting(day(5), PC, RC, REP1))
            .build();
    List<Deliberation> records = List.of(record);

    assertThat(ids(LIBRARIES.keyPeople(records, NOW)))
        .as("the committee took part once and chaired twice; the others took part twice: tie by id")
        .containsExactly("party-committee", "rep-1", "residents-committee");
    assertThat(
            ids(Libraries.of(HAIDIAN, UNITS, new LibrarySettings.Builder().keyPeopleLimit(1).build())
                .keyPeople(records, NOW)))
        .containsExactly("party-committee");
    assertThat(
            ids(Libraries.of(
                    HAIDIAN,
                    UNITS,
                    new LibrarySettings.Builder().addKeyPeopleKinds(PartyKind.RESIDENT_REPRESENTATIVE).build())
                .keyPeople(records, NOW)))
        .containsExactly("rep-1");
    assertThat(
            ids(Libraries.of(
                    HAIDIAN,
                    UNITS,
                    new LibrarySettings.Builder().chairedWeight(0).tookPartWeight(1).build())
                .keyPeople(records, NOW)))
        .as("without the chairs, the committee's one sign-in ranks below two")
        .containsExactly("rep-1", "residents-committee", "party-committee");
    assertThat(LIBRARIES.keyPeople(records, day(2))).as("nothing had happened yet").isEmpty();
  }

  // all four ----------------------------------------------------------------------------------

  @Test
  void atGathersTheFourLibraries() {
    List<Deliberation> records =
        List.of(
            record("lift-b1", "lift", day(3), B1).build(),
            record("lift-b2", "lift", day(4), B2).build(),
            finished("good", day(20), 5));

    LibraryContents contents = LIBRARIES.at(records, NOW);

    assertThat(contents.at()).isEqualTo(NOW);
    assertThat(contents.waiting()).isEqualTo(LIBRARIES.waiting(records, NOW));
    assertThat(contents.experience()).isEqualTo(LIBRARIES.experience(records, NOW));
    assertThat(contents.painPoints()).isEqualTo(LIBRARIES.painPoints(records, NOW));
    assertThat(contents.keyPeople()).isEqualTo(LIBRARIES.keyPeople(records, NOW));
    assertThat(ids(contents.waiting())).containsExactly("lift-b1", "lift-b2");
    assertThat(ids(contents.experience())).containsExactly("good");
  }

  @Test
  void neverThrowsAtTheEndsOfTime() {
    List<Deliberation> records = List.of(record("lift-b1", "lift", day(3), B1).build(), finished("good", day(20), 5));
    for (Instant at : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
      assertThat(LIBRARIES.at(records, at).at()).isEqualTo(at);
    }
  }

  @Test
  void rejectsMalformedArgumentsNamingThem() {
    Deliberation record = record("a", "lift", day(3), B1).build();
    assertThatThrownBy(() -> LIBRARIES.at(List.of(record, record), NOW))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("records[1].id: duplicate, was a");
    Deliberation sameTopicId = record("b", "parking", day(3), B1).build();
    Deliberation otherTopicSameId =
        withTopicId(record("c", "lift", day(4), B2), sameTopicId.topic().id());
    List<Deliberation> clash = List.of(sameTopicId, otherTopicSameId);
    for (Runnable query :
        List.<Runnable>of(
            () -> LIBRARIES.waiting(clash, NOW),
            () -> LIBRARIES.experience(clash, NOW),
            () -> LIBRARIES.painPoints(clash, NOW),
            () -> LIBRARIES.keyPeople(clash, NOW))) {
      assertThatThrownBy(query::run)
          .isInstanceOf(InvalidModelException.class)
          .hasMessageStartingWith("records[1].topic.id: ");
    }
    assertThatThrownBy(() -> new LibrarySettings.Builder().keyPeopleLimit(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("keyPeopleLimit: must be at least 1, was 0");
    assertThatThrownBy(() -> new LibrarySettings.Builder().chairedWeight(1001).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("chairedWeight: must be from 0 to 1000, was 1001");
    assertThatThrownBy(() -> new LibrarySettings.Builder().overdueFor(Duration.ofSeconds(-1)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("overdueFor: ");
    assertThatThrownBy(() -> new LibrarySettings.Builder().recurrenceWindow(Duration.ZERO).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("recurrenceWindow: ");
    assertThatThrownBy(() -> new LibrarySettings.Builder().minAppraisals(0).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("minAppraisals: must be at least 1, was 0");
    assertThatThrownBy(() -> new LibrarySettings.Builder().shelvedMoreThan(-1).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("shelvedMoreThan: must be at least 0, was -1");
  }
}
