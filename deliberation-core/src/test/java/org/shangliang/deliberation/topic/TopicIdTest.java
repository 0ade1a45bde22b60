package org.shangliang.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class TopicIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u3000", "lift b3", " lift-b3", "lift-b3\r"})
  void rejectsBlankOrWhiteSpaceIds(String text) {
    assertThatThrownBy(() -> TopicId.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("value: must");
    assertThatThrownBy(() -> TopicId.parse(text)).isInstanceOf(InvalidModelException.class);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> TopicId.of(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageEndingWith(": must not be null");
  }

  @Test
  void rejectsIdsLongerThan128Characters() {
    assertThatThrownBy(() -> TopicId.of("t".repeat(129)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("value: must be at most 128 characters, was 129");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-lift-b3", "t1", "3号楼加装电梯"})
  void parseAndToStringRoundTrip(String text) {
    TopicId id = TopicId.parse(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(TopicId.parse(id.toString())).isEqualTo(id).isEqualTo(TopicId.of(text));
  }
}
