package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the gatekeeping.* prefix (把关定向): the party organisation's review of the topic, its
 * setting of the form and procedure and its naming of the organiser — required where the profile says,
 * by the right body, before the admission and the meeting.
 */
class GatekeepingRulesTest {
  private static final PartyId PO = PartyId.of("po-1");
  private static final PartyId SUB_DISTRICT_PO = PartyId.of("po-sd");
  private static final Instant ADMITTED = Instant.parse("2026-11-02T02:00:00Z");

  private static Profile jinanRequiring(PartyActKind... kinds) {
    return Profiles.jinan()
        .withIdentity("jinan-acts", Profiles.jinan().name())
        .withRequiredPartyActs(List.of(kinds));
  }

  private static void removeActs(LiftCase c, PartyActKind kind) {
    c.partyActs.removeIf(act -> act.kind() == kind);
  }

  private static void moveAct(LiftCase c, PartyActKind kind, Instant at) {
    c.partyActs.replaceAll(
        act -> act.kind() == kind ? LiftCase.act(kind, act.actor(), at, act.named()) : act);
  }

  @Test
  void acceptsMeetingPreparedByTheCommunityPartyOrganisation() {
    assertClean(new MeetingCase().validate());
  }

  @Test
  void builtInProfilesRequireTheActsTheirArticlesName() {
    assertThat(Profiles.jinan().requiredPartyActs()).containsExactly(PartyActKind.values());
    assertThat(Profiles.jinanOwnersExample().requiredPartyActs()).containsExactly(PartyActKind.values());
    assertThat(Profiles.haidian().requiredPartyActs()).containsExactly(PartyActKind.REVIEWED_TOPIC);
    assertThat(Profiles.bishan().requiredPartyActs()).isEmpty();
  }

  @Test
  void rejectsAdmittedTopicNobodyReviewed() {
    LiftCase c = new LiftCase();
    removeActs(c, PartyActKind.REVIEWED_TOPIC);
    Violation v = assertSingle(c.validate(), RuleCodes.GATEKEEPING_ACT_MISSING, "partyActs", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyActKind.REVIEWED_TOPIC, "jinan");
  }

  @Test
  void rejectsRefusedTopicNobodyReviewed() {
    LiftCase c = new LiftCase();
    c.admission =
        Optional.of(org.shangliang.deliberation.process.Admission.refused(ADMITTED, "不属于协商范围"));
    removeActs(c, PartyActKind.REVIEWED_TOPIC);
    assertSingle(c.validate(), RuleCodes.GATEKEEPING_ACT_MISSING, "partyActs", Severity.ERROR);
  }

  @Test
  void asksNoReviewWhileTheAdmissionIsPending() {
    LiftCase c = new LiftCase();
    c.admission = Optional.empty();
    c.partyActs.clear();
    assertThat(c.validate().violationsOf(RuleCodes.GATEKEEPING_ACT_MISSING)).isEmpty();
  }

  @Test
  void asksNoProcedureNorOrganiserBeforeAnyMeeting() {
    LiftCase c = new LiftCase();
    removeActs(c, PartyActKind.SET_PROCEDURE);
    removeActs(c, PartyActKind.NAMED_ORGANISER);
    assertClean(c.validate());
  }

  @Test
  void rejectsMeetingWithoutProcedureSetOrOrganiserNamed() {
    MeetingCase c = new MeetingCase();
    removeActs(c, PartyActKind.SET_PROCEDURE);
    removeActs(c, PartyActKind.NAMED_ORGANISER);
    List<Violation> found =
        assertOnly(c.validate(), RuleCodes.GATEKEEPING_ACT_MISSING, "partyActs", "partyActs");
    assertThat(found.get(0).args()).containsExactly(PartyActKind.SET_PROCEDURE, "jinan");
    assertThat(found.get(1).args()).containsExactly(PartyActKind.NAMED_ORGANISER, "jinan");
  }

  @Test
  void requiresOnlyTheActsTheProfileNames() {
    MeetingCase c = new MeetingCase();
    c.profile = jinanRequiring(PartyActKind.REVIEWED_TOPIC);
    removeActs(c, PartyActKind.SET_PROCEDURE);
    removeActs(c, PartyActKind.NAMED_ORGANISER);
    assertClean(c.validate());
    c.profile = jinanRequiring();
    c.partyActs.clear();
    assertClean(c.validate());
  }

  @Test
  void rejectsReviewByTheResidentsCommittee() {
    LiftCase c = new LiftCase();
    c.partyActs.set(
        0, PartyOrganisationAct.of(PartyActKind.REVIEWED_TOPIC, PartyId.of("rc-1"), ADMITTED));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY, "partyActs[0].actor", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            PartyId.of("rc-1"), PartyActKind.REVIEWED_TOPIC, LiftCase.COMMUNITY_1, TierLevel.COMMUNITY);
  }

  @Test
  void rejectsActorNotOnTheList() {
    LiftCase c = new LiftCase();
    c.partyActs.set(
        1, PartyOrganisationAct.of(PartyActKind.SET_PROCEDURE, PartyId.of("po-9"), ADMITTED));
    assertSingle(
        c.validate(), RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY, "partyActs[1].actor", Severity.ERROR);
  }

  @Test
  void rejectsPartyOrganisationOfAnotherCommunity() {
    LiftCase c = new LiftCase();
    c.parties.add(Party.of(PartyId.of("po-2"), PartyKind.PARTY_ORGANISATION, LiftCase.COMMUNITY_2));
    c.actsBy(PartyId.of("po-2"));
    assertOnly(
        c.validate(),
        RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY,
        "partyActs[0].actor",
        "partyActs[1].actor",
        "partyActs[2].actor");
  }

  @Test
  void rejectsTheCommunityPartyOrganisationSettingACrossCommunityProcedure() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_7);
    c.parties.add(Party.of(PartyId.of("rep-7"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_7));
    c.parties.add(Party.of(SUB_DISTRICT_PO, PartyKind.PARTY_ORGANISATION, LiftCase.SUB_DISTRICT));
    c.deliberatingUnit = LiftCase.SUB_DISTRICT;
    List<Violation> found =
        assertOnly(
            c.validate(),
            RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY,
            "partyActs[0].actor",
            "partyActs[1].actor",
            "partyActs[2].actor");
    assertThat(found.get(1).args())
        .containsExactly(PO, PartyActKind.SET_PROCEDURE, LiftCase.SUB_DISTRICT, TierLevel.SUB_DISTRICT);
    c.actsBy(SUB_DISTRICT_PO);
    assertClean(c.validate());
  }

  @Test
  void rejectsTheCommunityPartyOrganisationWhereTheGridDeliberates() {
    LiftCase c = new LiftCase();
    c.size = org.shangliang.deliberation.topic.MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.GRID_1;
    Violation v =
        assertOnly(
                c.validate(),
                RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY,
                "partyActs[0].actor",
                "partyActs[1].actor",
                "partyActs[2].actor")
            .get(0);
    assertThat(v.args())
        .containsExactly(PO, PartyActKind.REVIEWED_TOPIC, LiftCase.GRID_1, TierLevel.GRID);
    c.actsByPartyOrganisationOf(LiftCase.GRID_1);
    assertClean(c.validate());
  }

  @Test
  void judgesNoActingBodyWhereTheDeliberatingUnitDoesNotCoverTheMatter() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_7);
    c.parties.add(Party.of(PartyId.of("rep-7"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_7));
    // the community's party organisation acts, the community deliberates: the routing is the fault
    assertSingle(c.validate(), RuleCodes.TIER_UNIT_NOT_COVERING, "deliberatingUnit", Severity.ERROR);
  }

  @Test
  void leavesAnActorInAnUnknownUnitToTheUnitRule() {
    LiftCase c = new LiftCase();
    c.parties.removeIf(p -> p.id().equals(PO));
    c.parties.add(
        Party.of(PO, PartyKind.PARTY_ORGANISATION, org.shangliang.deliberation.unit.UnitId.of("nowhere")));
    assertSingle(c.validate(), RuleCodes.UNIT_UNKNOWN, "parties[8].unit", Severity.ERROR);
  }

  @Test
  void rejectsOrganiserNotOnTheList() {
    LiftCase c = new LiftCase();
    c.organisedBy(PartyId.of("volunteer-1"));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.GATEKEEPING_ORGANISER_NOT_LISTED, "partyActs[2].named", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyId.of("volunteer-1"));
  }

  @Test
  void rejectsProcedureSetAfterTheFirstMeetingStarted() {
    MeetingCase c = new MeetingCase();
    Instant late = MeetingCase.STARTED.plusSeconds(60);
    moveAct(c, PartyActKind.SET_PROCEDURE, late);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.GATEKEEPING_ACT_AFTER_MEETING, "partyActs[1].at", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyActKind.SET_PROCEDURE, late, MeetingCase.STARTED);
  }

  @Test
  void acceptsActsAtTheStartOfTheMeetingAndRepeatedLater() {
    MeetingCase c = new MeetingCase();
    moveAct(c, PartyActKind.NAMED_ORGANISER, MeetingCase.STARTED);
    c.partyActs.add(
        PartyOrganisationAct.of(PartyActKind.SET_PROCEDURE, PO, MeetingCase.ENDED.plusSeconds(3600)));
    assertClean(c.validate());
  }

  @Test
  void rejectsReviewAfterTheAdmissionDecision() {
    LiftCase c = new LiftCase();
    Instant late = ADMITTED.plusSeconds(1);
    moveAct(c, PartyActKind.REVIEWED_TOPIC, late);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.GATEKEEPING_REVIEW_AFTER_ADMISSION,
            "partyActs[0].at",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(late, ADMITTED);
  }

  @Test
  void acceptsReviewAtTheInstantOfTheAdmission() {
    LiftCase c = new LiftCase();
    moveAct(c, PartyActKind.REVIEWED_TOPIC, ADMITTED);
    assertClean(c.validate());
  }

  @Test
  void requiresTheNamedPersonExactlyWhenTheOrganiserIsNamed() {
    assertThatThrownBy(
            () -> new PartyOrganisationAct.Builder()
                .kind(PartyActKind.NAMED_ORGANISER)
                .actor(PO)
                .at(ADMITTED)
                .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("named");
    assertThatThrownBy(
            () -> new PartyOrganisationAct.Builder()
                .kind(PartyActKind.REVIEWED_TOPIC)
                .actor(PO)
                .at(ADMITTED)
                .named(PartyId.of("rc-1"))
                .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("named");
  }
}
