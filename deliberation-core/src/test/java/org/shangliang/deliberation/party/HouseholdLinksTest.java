package org.shangliang.deliberation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.unit.UnitId;

/** Household links (党员联户): who is linked to the households of which unit. */
class HouseholdLinksTest {
  private static final PartyId ZHANG = PartyId.of("pm-1");
  private static final PartyId LI = PartyId.of("pm-2");
  private static final UnitId B3 = UnitId.of("b3");
  private static final UnitId B4 = UnitId.of("b4");

  @Test
  void findsTheMembersLinkedToAUnitInLinkOrder() {
    HouseholdLinks links =
        HouseholdLinks.of(List.of(HouseholdLink.of(ZHANG, B3, B4), HouseholdLink.of(LI, B3)));
    assertThat(links.membersOf(B3)).containsExactly(ZHANG, LI);
    assertThat(links.membersOf(B4)).containsExactly(ZHANG);
    assertThat(links.membersOf(UnitId.of("b5"))).isEmpty();
    assertThat(links.isEmpty()).isFalse();
  }

  @Test
  void noneHasNoMemberForAnyUnit() {
    assertThat(HouseholdLinks.none().isEmpty()).isTrue();
    assertThat(HouseholdLinks.none().membersOf(B3)).isEmpty();
  }

  @Test
  void rejectsAMemberLinkedTwice() {
    assertThatThrownBy(
            () -> HouseholdLinks.of(List.of(HouseholdLink.of(ZHANG, B3), HouseholdLink.of(ZHANG, B4))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("links[1].member: duplicate, was pm-1");
  }

  @Test
  void rejectsALinkWithoutUnitsOrWithARepeatedUnit() {
    assertThatThrownBy(() -> HouseholdLink.of(ZHANG))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units: must not be empty");
    assertThatThrownBy(() -> HouseholdLink.of(ZHANG, B3, B3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("units[1]: duplicate, was b3");
  }

  @Test
  void mapsEachRoleOnTheListToTheRecordRoleOfTheSameName() {
    for (PartyRole role : PartyRole.values()) {
      assertThat(RecordRole.of(role).name()).isEqualTo(role.name());
    }
  }
}
