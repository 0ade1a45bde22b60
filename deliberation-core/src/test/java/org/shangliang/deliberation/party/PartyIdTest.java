package org.shangliang.deliberation.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class PartyIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u3000", "owner 301", " owner-301", "owner-301\n"})
  void rejectsBlankOrWhiteSpaceIds(String text) {
    assertThatThrownBy(() -> PartyId.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("value: must");
    assertThatThrownBy(() -> PartyId.parse(text)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PartyId.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageEndingWith(": must not be null");
  }

  @Test
  void rejectsIdsLongerThan128Characters() {
    assertThatThrownBy(() -> PartyId.of("p".repeat(129)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("value: must be at most 128 characters, was 129");
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner-301", "p1", "居委会", "gov.housing-bureau"})
  void parseAndToStringRoundTrip(String text) {
    PartyId id = PartyId.parse(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(PartyId.parse(id.toString())).isEqualTo(id).isEqualTo(PartyId.of(text));
  }
}
