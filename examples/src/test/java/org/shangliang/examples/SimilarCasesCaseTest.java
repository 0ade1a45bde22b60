package org.shangliang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.similar.CaseEnding;
import org.shangliang.deliberation.similar.SimilarCase;

/** Keeps the demo's similar-case search true: its ranking, and its output in both languages. */
class SimilarCasesCaseTest {
  @Test
  void ranksBuilding7sShelvedLiftFirstThenTheLiftThatEndedWellNextDoor() {
    List<SimilarCase> found = SimilarCasesCase.search();
    assertThat(found)
        .extracting(r -> r.id().value())
        .containsExactly(
            "dianliu-2-2025-lift-b7",
            "dianliu-1-2026-lift",
            "dianliu-2-2026-parking-b7",
            "hongliu-2026-bus-stop");
    assertThat(found).extracting(SimilarCase::score).containsExactly(100, 83, 58, 40);
    assertThat(found)
        .extracting(SimilarCase::ending)
        .containsExactly(
            CaseEnding.SHELVED, CaseEnding.ENDED_WELL, CaseEnding.ENDED_WELL, CaseEnding.ENDED_WELL);
  }

  @Test
  void theDemoPrintsTheSearchInChineseAndEnglish() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String section = out.substring(out.indexOf("== 6 济南 · 相似案例"));
    section = section.substring(0, section.indexOf("\n\n"));
    assertThat(section)
        .contains("new topic: dianliu-2-2027-lift-b7 \"7号楼加装电梯\"")
        .contains("-- 中文 --")
        .contains("  1. dianliu-2-2025-lift-b7 \"7号楼加装电梯\"：得分 100（相似度 100；已搁置）")
        .contains("  2. dianliu-1-2026-lift \"老旧住宅加装电梯\"：得分 83（相似度 63；办结良好）")
        .contains("所涉单位相距 6 步，超过 4 步")
        .contains("另有 1 件与新议题毫无相似之处，未列出。")
        .contains("-- English --")
        .contains("  2. dianliu-1-2026-lift \"老旧住宅加装电梯\": score 83 (similarity 63; ended well)")
        .contains("title words +13/30: 3 title words shared (of 6 and 7): 加装, 装电, 电梯")
        .contains("ended well +20/20: ended well")
        .contains("1 more record shares nothing with the new topic and is left out.")
        .doesNotContain("bishan-yard-5-2026-11");
  }
}
