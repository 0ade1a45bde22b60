package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Household links (party.linked-member-absent), the list of powers and duties
 * (outcome.duty.kind-unknown, outcome.duty.kind-not-carried) and the negative list
 * (party.forbidden-role), on the compliant {@link OutcomeCase}.
 */
class DutyListRulesTest {
  private static final PartyId MEMBER = PartyId.of("pm-0042");
  private static final LocalizedText WORKS = LocalizedText.of("工程施工组织", "organising works");
  private static final DutyKind PUBLICITY_DUTY =
      DutyKind.of(
          "publicity",
          LocalizedText.of("公开公示", "publicity"),
          PartyKind.RESIDENTS_COMMITTEE,
          PartyKind.PARTY_ORGANISATION);
  private static final DutyKind WORKS_DUTY =
      DutyKind.of("works", WORKS, PartyKind.PROPERTY_COMPANY, PartyKind.GOVERNMENT_DEPARTMENT);

  /** Jinan with a duty list, a negative list and linked members required, as given. */
  private static Profile jinanWith(
      List<DutyKind> duties, List<ForbiddenRoles> forbidden, boolean linkedMembers) {
    return Profiles.jinan().withDutyLists(duties, forbidden, linkedMembers);
  }

  private static ValidationReport validate(OutcomeCase c, HouseholdLinks links) {
    return Validator.builder(c.profile)
        .jurisdiction(OutcomeCase.JURISDICTION_WITH_NEIGHBOUR)
        .calendar(c.calendar)
        .householdLinks(links)
        .build()
        .validate(c.build(), c.now);
  }

  /** The case with each duty kind given: the budget a publicity duty, the lift a works duty. */
  private static OutcomeCase withDutyKinds() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(0).kind = Optional.of(PUBLICITY_DUTY.id());
    c.duties.get(1).kind = Optional.of(WORKS_DUTY.id());
    return c;
  }

  // party.linked-member-absent

  @Test
  void acceptsRecordWhereTheLinkedMemberOfTheAffectedBuildingIsListed() {
    OutcomeCase c = new OutcomeCase();
    c.profile = jinanWith(List.of(), List.of(), true);
    HouseholdLinks links =
        HouseholdLinks.of(List.of(HouseholdLink.of(MeetingCase.REP, LiftCase.BUILDING_3)));
    assertClean(validate(c, links));
  }

  @Test
  void rejectsRecordWithoutTheLinkedMemberOfTheAffectedBuilding() {
    OutcomeCase c = new OutcomeCase();
    c.profile = jinanWith(List.of(), List.of(), true);
    HouseholdLinks links =
        HouseholdLinks.of(
            List.of(
                HouseholdLink.of(MeetingCase.REP, LiftCase.BUILDING_3),
                HouseholdLink.of(MEMBER, LiftCase.BUILDING_4, LiftCase.BUILDING_3)));
    Violation v =
        assertSingle(
            validate(c, links),
            RuleCodes.PARTY_LINKED_MEMBER_ABSENT,
            "topic.affectedUnits[0]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(MEMBER, LiftCase.BUILDING_3);
  }

  @Test
  void ignoresMembersLinkedOnlyToUnaffectedUnits() {
    OutcomeCase c = new OutcomeCase();
    c.profile = jinanWith(List.of(), List.of(), true);
    HouseholdLinks links =
        HouseholdLinks.of(
            List.of(
                HouseholdLink.of(MEMBER, LiftCase.BUILDING_4),
                HouseholdLink.of(PartyId.of("pm-0043"), LiftCase.COMMUNITY_1)));
    assertClean(validate(c, links));
  }

  @Test
  void ignoresLinksWhereTheProfileDoesNotRequireLinkedMembers() {
    HouseholdLinks links = HouseholdLinks.of(List.of(HouseholdLink.of(MEMBER, LiftCase.BUILDING_3)));
    assertClean(validate(new OutcomeCase(), links));
  }

  @Test
  void checksNothingWithoutLinksEvenWhereTheProfileRequiresLinkedMembers() {
    OutcomeCase c = new OutcomeCase();
    c.profile = jinanWith(List.of(), List.of(), true);
    assertClean(c.validate());
    assertClean(validate(c, HouseholdLinks.none()));
  }

  // outcome.duty.kind-not-carried and outcome.duty.kind-unknown

  @Test
  void acceptsDutiesWhoseResponsiblePartiesCarryTheirKinds() {
    OutcomeCase c = withDutyKinds();
    c.profile = jinanWith(List.of(PUBLICITY_DUTY, WORKS_DUTY), List.of(), false);
    assertClean(c.validate());
  }

  @Test
  void rejectsDutyAssignedToAPartyWhoseKindDoesNotCarryIt() {
    OutcomeCase c = withDutyKinds();
    c.duties.get(1).responsible = Optional.of(MeetingCase.RC);
    c.profile = jinanWith(List.of(PUBLICITY_DUTY, WORKS_DUTY), List.of(), false);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.OUTCOME_DUTY_KIND_NOT_CARRIED,
            "outcome.duties[1].responsible",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(MeetingCase.RC, PartyKind.RESIDENTS_COMMITTEE, WORKS);
  }

  @Test
  void rejectsDutyKindMissingFromTheList() {
    OutcomeCase c = withDutyKinds();
    c.duties.get(0).kind = Optional.of("greening");
    c.profile = jinanWith(List.of(PUBLICITY_DUTY, WORKS_DUTY), List.of(), false);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.OUTCOME_DUTY_KIND_UNKNOWN, "outcome.duties[0].kind", Severity.ERROR);
    assertThat(v.args()).containsExactly("greening");
  }

  @Test
  void checksNoDutyKindWhereTheProfileHasNoList() {
    OutcomeCase c = withDutyKinds();
    c.duties.get(0).kind = Optional.of("greening");
    c.duties.get(1).responsible = Optional.of(MeetingCase.RC);
    assertClean(c.validate());
  }

  @Test
  void checksNoDutyWithoutAKind() {
    OutcomeCase c = new OutcomeCase();
    c.duties.get(1).responsible = Optional.of(MeetingCase.RC);
    c.profile = jinanWith(List.of(PUBLICITY_DUTY, WORKS_DUTY), List.of(), false);
    assertClean(c.validate());
  }

  // party.forbidden-role

  @Test
  void acceptsRecordWhereNoPartyTakesAForbiddenRole() {
    OutcomeCase c = new OutcomeCase();
    c.profile =
        jinanWith(
            List.of(),
            List.of(
                ForbiddenRoles.of(PartyKind.PROPERTY_COMPANY, RecordRole.CHAIR, RecordRole.VOTER),
                ForbiddenRoles.of(PartyKind.STAKEHOLDER, RecordRole.SUPERVISOR)),
            false);
    assertClean(c.validate());
  }

  @Test
  void rejectsEachRoleTheNegativeListForbidsWhereverItIsTaken() {
    OutcomeCase c = new OutcomeCase();
    c.profile =
        jinanWith(
            List.of(),
            List.of(
                ForbiddenRoles.of(
                    PartyKind.PROPERTY_COMPANY,
                    RecordRole.DELIBERATOR,
                    RecordRole.RESPONSIBLE),
                ForbiddenRoles.of(PartyKind.OWNERS_COMMITTEE, RecordRole.VOTER),
                ForbiddenRoles.of(PartyKind.PARTY_ORGANISATION, RecordRole.CHAIR),
                ForbiddenRoles.of(PartyKind.RESIDENTS_COMMITTEE, RecordRole.RECORDER),
                ForbiddenRoles.of(PartyKind.FINANCE, RecordRole.SUPERVISOR)),
            false);
    List<Violation> violations =
        assertOnly(
            c.validate(),
            RuleCodes.PARTY_FORBIDDEN_ROLE,
            "parties[4].roles",
            "parties[7].roles",
            "meetings[0].chair",
            "meetings[0].recorder",
            "meetings[0].vote.ballots[2].party",
            "supervision[1].supervisor",
            "outcome.duties[1].responsible");
    assertThat(violations.get(0).args())
        .containsExactly(MeetingCase.PC, PartyKind.PROPERTY_COMPANY, RecordRole.DELIBERATOR);
    assertThat(violations.get(2).args())
        .containsExactly(MeetingCase.PO, PartyKind.PARTY_ORGANISATION, RecordRole.CHAIR);
    assertThat(violations.get(6).args())
        .containsExactly(MeetingCase.PC, PartyKind.PROPERTY_COMPANY, RecordRole.RESPONSIBLE);
  }

  @Test
  void rejectsSupervisionRecordOfAKindForbiddenToSupervise() {
    OutcomeCase c = new OutcomeCase();
    c.supervision.add(
        Supervision.of(SupervisionPhase.DURING, MeetingCase.OWNER, OutcomeCase.DURING_AT, "查看"));
    c.profile =
        jinanWith(List.of(), List.of(ForbiddenRoles.of(PartyKind.STAKEHOLDER, RecordRole.SUPERVISOR)), false);
    ValidationReport report = c.validate();
    assertThat(report.violations())
        .filteredOn(v -> v.code().equals(RuleCodes.PARTY_FORBIDDEN_ROLE))
        .extracting(v -> v.path().toString())
        .containsExactly("supervision[6].supervisor");
  }
}
