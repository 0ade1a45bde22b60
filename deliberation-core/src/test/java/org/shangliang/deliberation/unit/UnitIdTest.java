package org.shangliang.deliberation.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class UnitIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\u3000", "dianliu 1", " dianliu-1", "dianliu-1 ",
      "a\u0000b"})
  void rejectsBlankOrWhiteSpaceIds(String text) {
    assertThatThrownBy(() -> UnitId.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("value: must");
    assertThatThrownBy(() -> UnitId.parse(text)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void rejectsNullNamingTheField() {
    assertThatThrownBy(() -> UnitId.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageEndingWith(": must not be null");
  }

  @Test
  void acceptsIdsUpTo128CharactersAndRejectsLongerOnes() {
    assertThat(UnitId.of("u".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> UnitId.of("u".repeat(129)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("value: must be at most 128 characters, was 129");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jinan.lixia.quancheng.dianliu-1", "甸柳新村第一社区", "x", "3号楼"})
  void parseAndToStringRoundTrip(String text) {
    UnitId id = UnitId.parse(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(UnitId.parse(id.toString())).isEqualTo(id).isEqualTo(UnitId.of(text));
  }

  @Test
  void comparesByText() {
    assertThat(UnitId.of("a").compareTo(UnitId.of("b"))).isNegative();
    assertThat(UnitId.of("b").compareTo(UnitId.of("b"))).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "dianliu\u00a01", "dianliu\u20071", "dianliu-1\u202f"})
  void rejectsIdsWithNoBreakSpaces(String text) {
    assertThatThrownBy(() -> UnitId.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("value: must");
  }
}
