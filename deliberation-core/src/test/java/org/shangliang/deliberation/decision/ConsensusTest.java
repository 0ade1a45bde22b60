package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class ConsensusTest {

  @Test
  void passesWithYesVotesAndAbstentions() {
    Decision decision = Consensus.strict().decide(Tally.ofShowOfHands(3, 0, 2, 5, 5));

    assertThat(decision.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(decision.checks())
        .extracting(Check::kind)
        .containsExactly(CheckKind.MINIMUM_YES, CheckKind.NO_BLOCK);
    assertThat(decision.checks()).allSatisfy(c -> assertThat(c.met()).isTrue());
  }

  @Test
  void oneNoBlocksByDefault() {
    Decision decision =
        new Consensus.Builder().build().decide(Tally.ofShowOfHands(9, 1, 0, 10, 10));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    Check noBlock = decision.checks().get(1);
    assertThat(noBlock.kind()).isEqualTo(CheckKind.NO_BLOCK);
    assertThat(noBlock.achieved()).isEqualByComparingTo("1");
    assertThat(noBlock.whole()).isEqualByComparingTo("1");
    assertThat(noBlock.met()).isFalse();
  }

  @Test
  void blockingNoCountOfTwoToleratesOneNo() {
    Consensus rule = new Consensus.Builder().blockingNoCount(2).build();

    assertThat(rule.decide(Tally.ofShowOfHands(9, 1, 0, 10, 10)).outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(rule.decide(Tally.ofShowOfHands(8, 2, 0, 10, 10)).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void toleratedNoVotesCanOutnumberTheYesVotes() {
    // With a blocking number above 1, consensus is no majority: 1 yes, 2 no passes. That is why
    // consensus implies a decisive majority only when no NO vote was cast.
    Consensus rule = new Consensus.Builder().blockingNoCount(3).build();
    Tally tally = Tally.ofShowOfHands(1, 2, 0, 3, 3);

    assertThat(rule.decide(tally).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(MajorityRule.simple(Base.DECISIVE).decide(tally).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void allAbstainingFails() {
    Decision decision = Consensus.strict().decide(Tally.ofShowOfHands(0, 0, 4, 4, 4));

    assertThat(decision.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(decision.checks().get(0).kind()).isEqualTo(CheckKind.MINIMUM_YES);
    assertThat(decision.checks().get(0).met()).isFalse();
    assertThat(decision.checks().get(1).met()).isTrue();
  }

  @Test
  void noBallotsFails() {
    assertThat(Consensus.strict().decide(Tally.ofShowOfHands(0, 0, 0, 4, 4)).outcome())
        .isEqualTo(Outcome.FAILED);
  }

  @Test
  void participationBelowItsThresholdGivesNoQuorum() {
    Consensus rule =
        new Consensus.Builder()
            .participation(Participation.of(Fraction.of(2, 3), false, Measure.HEADCOUNT))
            .build();

    Decision few = rule.decide(Tally.ofShowOfHands(5, 0, 0, 9, 9));
    assertThat(few.outcome()).isEqualTo(Outcome.NO_QUORUM);
    assertThat(few.checks()).extracting(Check::kind).containsExactly(CheckKind.PARTICIPATION);

    Decision enough = rule.decide(Tally.ofShowOfHands(5, 0, 1, 9, 9));
    assertThat(enough.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(enough.checks())
        .extracting(Check::kind)
        .containsExactly(CheckKind.PARTICIPATION, CheckKind.MINIMUM_YES, CheckKind.NO_BLOCK);
  }

  @Test
  void strictIsTheDefault() {
    assertThat(Consensus.strict()).isEqualTo(new Consensus.Builder().build());
    assertThat(Consensus.strict().blockingNoCount()).isEqualTo(1);
    assertThat(Consensus.strict().participation()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsABlockingNoCountBelowOne(int blockingNoCount) {
    assertThatThrownBy(() -> new Consensus.Builder().blockingNoCount(blockingNoCount).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("blockingNoCount: must be at least 1, was " + blockingNoCount);
  }
}
