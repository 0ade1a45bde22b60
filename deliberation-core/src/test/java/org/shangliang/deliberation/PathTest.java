package org.shangliang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTest {
  @Test
  void rendersDottedAndAsJsonPointer() {
    Path path = Path.root().child("meetings").index(2).child("stages");
    assertThat(path).hasToString("meetings[2].stages");
    assertThat(path.toJsonPointer()).isEqualTo("/meetings/2/stages");
    assertThat(Path.root()).hasToString("");
    assertThat(Path.root().toJsonPointer()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "topic", "topic.affectedUnits[1]", "parties[3].unit", "a[0][1].b"})
  void parsesWhatItPrints(String text) {
    assertThat(Path.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1]", "a.", ".a", "a..b", "a[x]", "a[-1]", "a[", "a b", "a[1]b"})
  void rejectsMalformedPathsNamingThePosition(String text) {
    assertThatThrownBy(() -> Path.parse(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("path: not a path at position")
        .hasMessageContaining(text);
  }

  @Test
  void rejectsNegativeIndexAndBadFieldName() {
    assertThatThrownBy(() -> Path.root().child("a").index(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("path.index: must not be negative, was -1");
    assertThatThrownBy(() -> Path.root().child("a/b"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("path.field: must be a field name, was \"a/b\"");
  }
}
