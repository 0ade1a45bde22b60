package org.shangliang.deliberation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void linesUpChineseTextByDisplayColumns() {
    String table =
        TextTable.of("代码", "count").alignRight(1).row("电梯", 12).row("elevator", 3).render();

    assertThat(table)
        .isEqualTo(
            "代码      count\n"
                + "--------  -----\n"
                + "电梯         12\n"
                + "elevator      3\n");
  }

  @Test
  void countsWideCharactersTwiceAndCombiningMarksNotAtAll() {
    assertThat(TextTable.width("abc")).isEqualTo(3);
    assertThat(TextTable.width("协商")).isEqualTo(4);
    assertThat(TextTable.width("ＡＢ")).isEqualTo(4);
    assertThat(TextTable.width("e\u0301")).isEqualTo(1);
    assertThat(TextTable.width("𠀀")).isEqualTo(2);
  }

  @Test
  void keepsEachRowOnOneLine() {
    String table = TextTable.of("a").row("x\ny\tz").render();

    assertThat(table).isEqualTo("a\n-----\nx y z\n");
  }

  @Test
  void refusesARowWithTheWrongNumberOfCells() {
    TextTable table = TextTable.of("a", "b");

    assertThatThrownBy(() -> table.row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cells: must be 2 (one per column), was 1");
  }
}
