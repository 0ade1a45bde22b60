package org.shangliang.deliberation.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.rules.RuleCodes;

class RuleCodeTest {
  @Test
  void roundTripsThroughText() {
    for (RuleCode code : RuleCodes.all()) {
      assertThat(RuleCode.parse(code.toString())).isEqualTo(code);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"topic", "Topic.x", "topic..x", "topic.x.", "topic x.y", "1a.b", ""})
  void rejectsCodesThatAreNotLowerCaseDottedSegments(String text) {
    assertThatThrownBy(() -> RuleCode.of(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("value: must be lower-case dotted segments")
        .hasMessageContaining("\"" + text + "\"");
  }
}
