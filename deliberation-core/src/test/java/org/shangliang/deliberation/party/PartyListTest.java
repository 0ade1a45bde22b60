package org.shangliang.deliberation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.unit.UnitId;

class PartyListTest {
  private static final UnitId COMMUNITY = UnitId.of("dianliu-1");
  private static final UnitId BUILDING = UnitId.of("dianliu-1.b3");

  private static final Party COMMITTEE =
      Party.of(PartyId.of("committee"), PartyKind.RESIDENTS_COMMITTEE, COMMUNITY);
  private static final Party OWNER_301 =
      Party.of(PartyId.of("owner-301"), PartyKind.STAKEHOLDER, BUILDING);
  private static final Party OWNER_302 =
      Party.of(PartyId.of("owner-302"), PartyKind.STAKEHOLDER, BUILDING);
  private static final Party AUDITOR = new Party.Builder().id(PartyId.of("audit"))
      .kind(PartyKind.AUDIT).unit(COMMUNITY).addRole(PartyRole.SUPERVISOR).build();

  @Test
  void rejectsDuplicateIdsNamingTheIndex() {
    Party again = Party.of(PartyId.of("owner-301"), PartyKind.EXPERT, COMMUNITY);
    assertThatThrownBy(() -> PartyList.of(COMMITTEE, OWNER_301, OWNER_302, again))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("parties[3].id: duplicate, was owner-301");
  }

  @Test
  void keepsTheGivenOrder() {
    PartyList list = PartyList.of(List.of(OWNER_302, COMMITTEE, OWNER_301));
    assertThat(list.parties()).containsExactly(OWNER_302, COMMITTEE, OWNER_301);
  }

  @Test
  void findsPartiesByIdKindRoleAndUnit() {
    PartyList list = PartyList.of(COMMITTEE, OWNER_301, AUDITOR, OWNER_302);
    assertThat(list.party(PartyId.of("owner-302"))).contains(OWNER_302);
    assertThat(list.party(PartyId.of("nobody"))).isEmpty();
    assertThat(list.has(PartyId.of("audit"))).isTrue();
    assertThat(list.has(PartyId.of("nobody"))).isFalse();
    assertThat(list.ofKind(PartyKind.STAKEHOLDER)).containsExactly(OWNER_301, OWNER_302);
    assertThat(list.hasKind(PartyKind.FINANCE)).isFalse();
    assertThat(list.hasKindInRole(PartyKind.AUDIT, PartyRole.SUPERVISOR)).isTrue();
    assertThat(list.hasKindInRole(PartyKind.AUDIT, PartyRole.DELIBERATOR)).isFalse();
    assertThat(list.ofUnit(BUILDING)).containsExactly(OWNER_301, OWNER_302);
  }

  @Test
  void rejectsNullParty() {
    assertThatThrownBy(() -> new PartyList.Builder().addParty(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("parties: must not hold a null element");
  }

  @Test
  void anEmptyListIsAllowed() {
    assertThat(PartyList.of().parties()).isEmpty();
  }

  @Test
  void rejectsANullPartyNamingItsIndex() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PartyList.of(
                    Party.of(
                        PartyId.of("a"),
                        PartyKind.STAKEHOLDER,
                        org.shangliang.deliberation.unit.UnitId.of("u")),
                    null))
        .isInstanceOf(org.shangliang.deliberation.InvalidModelException.class)
        .hasMessage("parties[1]: must not be null");
  }
}
