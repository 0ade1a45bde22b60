package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertOnly;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/** Rules of the party.* prefix: the party list a topic needs. */
class PartyRulesTest {
  private static final LocalizedText PUBLIC_AFFAIRS =
      Profiles.jinan().catalogue().category(TopicCategory.PUBLIC_AFFAIRS).get().name();
  private static final LocalizedText LIFT_INSTALLATION =
      Profiles.jinan().catalogue().entry(Profiles.LIFT_INSTALLATION).get().name();

  // party.required-kind-missing

  @Test
  void acceptsPartyListWithEveryRequiredKind() {
    assertClean(new LiftCase().validate());
  }

  @Test
  void rejectsPartyListMissingKindTheCategoryRequires() {
    LiftCase c =
        new LiftCase()
            .withoutPartiesOfKind(PartyKind.RESIDENTS_COMMITTEE)
            .organisedBy(org.shangliang.deliberation.party.PartyId.of("oc-1"));
    Violation v =
        assertSingle(c.validate(), RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyKind.RESIDENTS_COMMITTEE, PUBLIC_AFFAIRS);
  }

  @Test
  void rejectsPartyListMissingKindTheCatalogueEntryRequires() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE);
    Violation v =
        assertSingle(c.validate(), RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyKind.OWNERS_COMMITTEE, LIFT_INSTALLATION);
  }

  @Test
  void reportsEachMissingKindSeparately() {
    LiftCase c =
        new LiftCase()
            .withoutPartiesOfKind(PartyKind.OWNERS_COMMITTEE)
            .withoutPartiesOfKind(PartyKind.PROPERTY_COMPANY);
    List<Violation> violations =
        assertOnly(c.validate(), RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties", "parties");
    assertThat(violations.get(0).args()).containsExactly(PartyKind.OWNERS_COMMITTEE, LIFT_INSTALLATION);
    assertThat(violations.get(1).args()).containsExactly(PartyKind.PROPERTY_COMPANY, LIFT_INSTALLATION);
  }

  @Test
  void reportsKindRequiredByCategoryAndEntryOnceNamingTheCategory() {
    LiftCase c =
        new LiftCase()
            .withoutPartiesOfKind(PartyKind.RESIDENTS_COMMITTEE)
            .organisedBy(org.shangliang.deliberation.party.PartyId.of("oc-1"));
    c.profile =
        ProfileVariants.jinanWithEntryRequiring(
            "jinan-lift-rc", Profiles.LIFT_INSTALLATION, PartyKind.RESIDENTS_COMMITTEE);
    Violation v =
        assertSingle(c.validate(), RuleCodes.PARTY_REQUIRED_KIND_MISSING, "parties", Severity.ERROR);
    assertThat(v.args()).containsExactly(PartyKind.RESIDENTS_COMMITTEE, PUBLIC_AFFAIRS);
  }

  // party.public-funds-supervisor-missing

  @Test
  void rejectsPublicFundsWithoutAuditOnTheList() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.AUDIT);
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, "parties", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            PartyKind.AUDIT,
            org.shangliang.deliberation.topic.PublicFunds.of(new BigDecimal("240000.00")));
  }

  @Test
  void rejectsPublicFundsWithAuditListedOnlyAsDeliberator() {
    LiftCase c = new LiftCase().withoutPartiesOfKind(PartyKind.AUDIT);
    c.parties.add(Party.of(PartyId.of("audit-1"), PartyKind.AUDIT, LiftCase.DISTRICT));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, "parties", Severity.ERROR);
    assertThat(v.args())
        .containsExactly(
            PartyKind.AUDIT,
            org.shangliang.deliberation.topic.PublicFunds.of(new BigDecimal("240000.00")));
  }

  @Test
  void reportsEveryMissingSupervisorKindSeparately() {
    LiftCase c =
        new LiftCase()
            .withoutPartiesOfKind(PartyKind.DISCIPLINE_INSPECTION)
            .withoutPartiesOfKind(PartyKind.FINANCE)
            .withoutPartiesOfKind(PartyKind.AUDIT);
    List<Violation> violations =
        assertOnly(
            c.validate(),
            RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING,
            "parties",
            "parties",
            "parties");
    assertThat(violations)
        .extracting(v -> v.args().get(0))
        .containsExactly(PartyKind.DISCIPLINE_INSPECTION, PartyKind.FINANCE, PartyKind.AUDIT);
  }

  @Test
  void needsNoSupervisorsWithoutPublicFunds() {
    LiftCase c =
        new LiftCase()
            .withoutPartiesOfKind(PartyKind.DISCIPLINE_INSPECTION)
            .withoutPartiesOfKind(PartyKind.FINANCE)
            .withoutPartiesOfKind(PartyKind.AUDIT);
    c.funds = Optional.empty();
    assertClean(c.validate());
  }

  // party.affected-unit-unrepresented

  @Test
  void rejectsAffectedUnitWithoutAnyPartyOfIt() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_4);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED,
            "topic.affectedUnits[1]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.BUILDING_4);
  }

  @Test
  void acceptsEachAffectedUnitWithAPartyOfItsOwn() {
    LiftCase c = new LiftCase();
    c.affected.add(LiftCase.BUILDING_4);
    c.parties.add(
        Party.of(PartyId.of("rep-4"), PartyKind.RESIDENT_REPRESENTATIVE, LiftCase.BUILDING_4));
    assertClean(c.validate());
  }

  @Test
  void countsPartyOfUnitInsideTheAffectedUnit() {
    LiftCase c = new LiftCase();
    c.affected.set(0, LiftCase.GRID_1); // represented by the parties of building 3, inside grid 1
    assertClean(c.validate());
  }

  @Test
  void doesNotCountPartyOfUnitEnclosingTheAffectedUnit() {
    LiftCase c = new LiftCase();
    c.parties.replaceAll(p -> p.unit().equals(LiftCase.BUILDING_3) ? movedTo(p, LiftCase.COMMUNITY_1) : p);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED,
            "topic.affectedUnits[0]",
            Severity.ERROR);
    assertThat(v.args()).containsExactly(LiftCase.BUILDING_3);
  }

  private static Party movedTo(Party party, UnitId unit) {
    return new Party.Builder()
        .id(party.id())
        .kind(party.kind())
        .unit(unit)
        .addAllRoles(party.roles())
        .weight(party.weight())
        .displayName(party.displayName())
        .build();
  }
}
