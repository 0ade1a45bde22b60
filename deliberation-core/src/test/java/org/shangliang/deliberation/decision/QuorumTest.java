package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

/** A quorum holds when both its minimum count and (where set) its fraction of the invited hold. */
class QuorumTest {
  @Test
  void isMetByExactlyTheMinimumCountAndNotByOneFewer() {
    Quorum three = Quorum.ofCount(3);
    assertThat(three.isMetBy(3, 10)).isTrue();
    assertThat(three.isMetBy(2, 10)).isFalse();
    assertThat(Quorum.ofCount(0).isMetBy(0, 0)).isTrue();
  }

  @Test
  void needsTheCountAndTheFractionTogether() {
    Quorum both = new Quorum.Builder().minimumCount(3).fraction(Fraction.half()).build();
    assertThat(both.isMetBy(3, 6)).isTrue();
    assertThat(both.isMetBy(2, 4)).as("half, but fewer than three").isFalse();
    assertThat(both.isMetBy(3, 8)).as("three, but less than half").isFalse();
  }

  @Test
  void rejectsANegativeMinimumCountAndAcceptsZero() {
    assertThatThrownBy(() -> Quorum.ofCount(-1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("minimumCount");
    assertThat(Quorum.ofCount(0).minimumCount()).isZero();
  }
}
