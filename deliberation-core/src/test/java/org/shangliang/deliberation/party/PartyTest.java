package org.shangliang.deliberation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.unit.UnitId;

class PartyTest {
  private static final PartyId ID = PartyId.of("owner-301");
  private static final UnitId BUILDING = UnitId.of("dianliu-1.b3");
  private static final String NAME = "张秀英";

  private static Party.Builder owner() {
    return new Party.Builder().id(ID).kind(PartyKind.STAKEHOLDER).unit(BUILDING);
  }

  @Test
  void ofGivesADeliberatorWithoutWeightOrName() {
    Party party = Party.of(ID, PartyKind.RESIDENT_REPRESENTATIVE, BUILDING);
    assertThat(party.roles()).containsExactly(PartyRole.DELIBERATOR);
    assertThat(party.hasRole(PartyRole.DELIBERATOR)).isTrue();
    assertThat(party.hasRole(PartyRole.SUPERVISOR)).isFalse();
    assertThat(party.weight()).isEmpty();
    assertThat(party.displayName()).isEmpty();
    assertThat(party.otherLabel()).isEmpty();
  }

  @Test
  void otherKindNeedsALabel() {
    assertThatThrownBy(() -> Party.of(ID, PartyKind.OTHER, BUILDING))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("otherLabel: required for kind OTHER, was empty");
  }

  @Test
  void otherKindRejectsABlankLabel() {
    assertThatThrownBy(() -> new Party.Builder().id(ID).kind(PartyKind.OTHER).unit(BUILDING)
            .otherLabel(" ").addRole(PartyRole.DELIBERATOR).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("otherLabel: must not be blank");
  }

  @Test
  void otherKindWithALabelIsAccepted() {
    Party volunteer = new Party.Builder().id(ID).kind(PartyKind.OTHER).otherLabel("志愿者")
        .unit(BUILDING).addRole(PartyRole.OBSERVER).build();
    assertThat(volunteer.otherLabel()).contains("志愿者");
  }

  @Test
  void nonOtherKindMustNotHaveALabel() {
    assertThatThrownBy(() -> owner().otherLabel("志愿者").addRole(PartyRole.DELIBERATOR).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("otherLabel: only for kind OTHER, was \"志愿者\" on kind"
            + " STAKEHOLDER");
  }

  @Test
  void rejectsNegativeWeightNamingWeightAndTheValue() {
    assertThatThrownBy(() -> owner().addRole(PartyRole.DELIBERATOR)
            .weight(new BigDecimal("-2")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("weight: must not be negative, was -2");
    assertThatThrownBy(() -> owner().addRole(PartyRole.DELIBERATOR)
            .weight(new BigDecimal("-0.01")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("weight")
        .hasMessageContaining("-0.01");
  }

  @Test
  void acceptsZeroWeightAndKeepsTheScale() {
    assertThat(owner().addRole(PartyRole.DELIBERATOR).weight(BigDecimal.ZERO).build().weight())
        .contains(BigDecimal.ZERO);
    assertThat(owner().addRole(PartyRole.DELIBERATOR).weight(new BigDecimal("86.50")).build()
            .weight().orElseThrow().toPlainString())
        .isEqualTo("86.50");
  }

  @Test
  void displayNameNeverAppearsInToString() {
    Party party = owner().addRole(PartyRole.DELIBERATOR).displayName(NAME).build();
    assertThat(party.displayName()).contains(NAME);
    assertThat(party.toString()).doesNotContain(NAME).contains("owner-301");
  }

  @Test
  void messagesAboutAPartyNeverCarryItsDisplayName() {
    assertThatThrownBy(() -> owner().addRole(PartyRole.DELIBERATOR).displayName(NAME)
            .weight(new BigDecimal("-2")).build())
        .isInstanceOf(InvalidModelException.class)
        .message().doesNotContain(NAME);
    assertThatThrownBy(() -> owner().displayName(NAME).build())
        .isInstanceOf(InvalidModelException.class)
        .message().doesNotContain(NAME);
  }

  @Test
  void rejectsABlankDisplayNameWithoutRepeatingIt() {
    assertThatThrownBy(() -> owner().addRole(PartyRole.DELIBERATOR).displayName(" \t").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("displayName: must not be blank");
  }

  @Test
  void rejectsAPartyWithNoRoles() {
    assertThatThrownBy(() -> owner().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("roles: must not be empty");
  }

  @Test
  void rejectsNullNamingTheField() {
    assertThatThrownBy(() -> Party.of(null, PartyKind.EXPERT, BUILDING))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("id: must not be null");
    assertThatThrownBy(() -> owner().weight((BigDecimal) null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("weight: must not be null");
    assertThatThrownBy(() -> owner().addRole(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("roles: must not hold a null element");
  }

  @Test
  void rejectsMissingRequiredFieldsNamingThem() {
    assertThatThrownBy(() -> new Party.Builder().id(ID).addRole(PartyRole.DELIBERATOR).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("kind")
        .hasMessageContaining("unit");
  }
}
