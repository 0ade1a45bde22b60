package org.shangliang.deliberation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;

/** The list of powers and duties, the negative list and the household-link requirement of a profile. */
class DutyListSettingsTest {
  private static final DutyKind GREENING =
      DutyKind.of("greening", LocalizedText.of("绿化养护", "green upkeep"), PartyKind.PROPERTY_COMPANY);

  @Test
  void builtInProfilesCarryNoListsAndRequireNoLinkedMembers() {
    for (Profile profile :
        List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample())) {
      assertThat(profile.dutyKinds()).as(profile.id()).isEmpty();
      assertThat(profile.forbiddenRoles()).as(profile.id()).isEmpty();
      assertThat(profile.linkedMembersRequired()).as(profile.id()).isFalse();
    }
  }

  @Test
  void looksUpDutyKindsAndForbiddenRoles() {
    Profile profile =
        Profiles.jinan()
            .withDutyLists(
                List.of(GREENING),
                List.of(ForbiddenRoles.of(PartyKind.PROPERTY_COMPANY, RecordRole.CHAIR)),
                true);
    assertThat(profile.dutyKind("greening")).contains(GREENING);
    assertThat(profile.dutyKind("lighting")).isEmpty();
    assertThat(profile.forbiddenRoles(PartyKind.PROPERTY_COMPANY)).containsExactly(RecordRole.CHAIR);
    assertThat(profile.forbiddenRoles(PartyKind.EXPERT)).isEmpty();
    assertThat(profile.linkedMembersRequired()).isTrue();
    assertThat(GREENING.carriedBy(PartyKind.PROPERTY_COMPANY)).isTrue();
    assertThat(GREENING.carriedBy(PartyKind.EXPERT)).isFalse();
  }

  @Test
  void rejectsARepeatedDutyKindOrKindOfParticipant() {
    assertThatThrownBy(() -> Profiles.jinan().withDutyLists(List.of(GREENING, GREENING), List.of(), false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("dutyKinds[1].id: duplicate, was greening");
    ForbiddenRoles chair = ForbiddenRoles.of(PartyKind.EXPERT, RecordRole.CHAIR);
    assertThatThrownBy(() -> Profiles.jinan().withDutyLists(List.of(), List.of(chair, chair), false))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("forbiddenRoles[1].kind: duplicate, was EXPERT");
  }

  @Test
  void rejectsADutyKindNoBodyCarriesAndALineForbiddingNothing() {
    assertThatThrownBy(() -> DutyKind.of("greening", LocalizedText.of("绿化", "greening")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("carriers: must not be empty");
    assertThatThrownBy(() -> ForbiddenRoles.of(PartyKind.EXPERT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("roles: must not be empty");
    assertThatThrownBy(() -> DutyKind.of("a b", LocalizedText.of("绿化", "greening"), PartyKind.EXPERT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("id: ");
  }
}
