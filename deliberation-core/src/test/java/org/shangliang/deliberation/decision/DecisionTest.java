package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final MajorityRule TWO_THIRDS_WITH_QUORUM =
      new MajorityRule.Builder()
          .approval(Threshold.of(Fraction.of(2, 3), false, Base.CAST, Measure.HEADCOUNT))
          .participation(Participation.of(Fraction.half(), true, Measure.HEADCOUNT))
          .build();

  @Test
  void explainsAPassInEnglish() {
    String text =
        TWO_THIRDS_WITH_QUORUM.decide(Tally.ofShowOfHands(2, 1, 0, 3, 4)).explain(Locale.ENGLISH);

    assertThat(text.lines()).hasSize(3);
    assertThat(text).startsWith("passed\n");
    assertThat(text.lines().skip(1))
        .allSatisfy(line -> assertThat(line).startsWith("  ").endsWith(": met"));
    assertThat(text)
        .contains(
            "participation (headcount) 3",
            "4 > 1/2",
            "approval (headcount) 2",
            "votes cast (abstentions included) 3 ≥ 2/3");
  }

  @Test
  void explainsAPassInChinese() {
    String text =
        TWO_THIRDS_WITH_QUORUM
            .decide(Tally.ofShowOfHands(2, 1, 0, 3, 4))
            .explain(Locale.SIMPLIFIED_CHINESE);

    assertThat(text.lines()).hasSize(3);
    assertThat(text).startsWith("通过\n");
    assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).endsWith("：满足"));
    assertThat(text).contains("参与表决（人数）3", "> 1/2", "赞成（人数）2", "投票总数（含弃权）", "≥ 2/3");
  }

  @Test
  void explainsAFailureInBothLanguages() {
    Decision decision = TWO_THIRDS_WITH_QUORUM.decide(Tally.ofShowOfHands(1, 2, 0, 3, 4));

    assertThat(decision.explain(Locale.ENGLISH)).startsWith("failed\n").contains("≥ 2/3: not met");
    assertThat(decision.explain(Locale.CHINA)).startsWith("未通过\n").contains("≥ 2/3：不满足");
  }

  @Test
  void explainsNoQuorumWithTheParticipationCheckOnly() {
    Decision decision = TWO_THIRDS_WITH_QUORUM.decide(Tally.ofShowOfHands(2, 0, 0, 4, 4));

    assertThat(decision.explain(Locale.ENGLISH))
        .isEqualTo(
            "no quorum\n  participation (headcount) 2 / all eligible voters 4 > 1/2: not met");
    assertThat(decision.explain(Locale.CHINESE)).startsWith("未达到参与门槛\n").endsWith("：不满足");
  }

  @Test
  void explainsConsensusChecksWithoutAFraction() {
    Decision decision = Consensus.strict().decide(Tally.ofShowOfHands(3, 1, 0, 4, 4));

    assertThat(decision.explain(Locale.ENGLISH))
        .isEqualTo(
            "failed\n"
                + "  minimum yes votes (headcount) 3 ≥ 1: met\n"
                + "  no votes below the blocking number (headcount) 1 < 1: not met");
    assertThat(decision.explain(Locale.CHINESE)).contains("反对票未达否决数（人数）1 < 1：不满足");
  }

  @Test
  void toStringIsTheEnglishExplanation() {
    Decision decision = Consensus.strict().decide(Tally.ofShowOfHands(3, 0, 0, 4, 4));

    assertThat(decision).hasToString(decision.explain(Locale.ENGLISH));
    assertThat(decision.checks().get(0))
        .hasToString(decision.checks().get(0).explain(Locale.ENGLISH));
  }

  @Test
  void passedIsTrueOnlyForAPass() {
    assertThat(Consensus.strict().decide(Tally.ofShowOfHands(1, 0, 0, 1, 1)).passed()).isTrue();
    assertThat(Consensus.strict().decide(Tally.ofShowOfHands(0, 1, 0, 1, 1)).passed()).isFalse();
    assertThat(TWO_THIRDS_WITH_QUORUM.decide(Tally.ofShowOfHands(0, 0, 0, 1, 1)).passed())
        .isFalse();
  }

  @Test
  void decisionCarriesTheTallyItWasMadeOn() {
    Tally tally = Tally.ofShowOfHands(2, 1, 0, 3, 4);

    assertThat(TWO_THIRDS_WITH_QUORUM.decide(tally).tally()).isEqualTo(tally);
  }
}
