package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.party.PartyKind;

/** Fractions, and the rules built from them, compare by value but keep their terms as given. */
class EquivalentFractionsTest {
  private static final Fraction FOUR_SIXTHS = Fraction.of(4, 6);
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);

  @Test
  void equivalentFractionsAreEqualWithEqualHashCodes() {
    assertThat(FOUR_SIXTHS).isEqualTo(TWO_THIRDS).hasSameHashCodeAs(TWO_THIRDS);
    assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.of(0, 1)).hasSameHashCodeAs(Fraction.of(0, 1));
    assertThat(Fraction.of(7, 7)).isEqualTo(Fraction.of(1, 1)).hasSameHashCodeAs(Fraction.of(1, 1));
    assertThat(Fraction.of(500_000, 1_000_000)).isEqualTo(Fraction.half());
  }

  @Test
  void differentValuesAreNotEqual() {
    assertThat(Fraction.of(3, 4)).isNotEqualTo(TWO_THIRDS);
    assertThat(Fraction.of(999_999, 1_000_000)).isNotEqualTo(Fraction.of(999_998, 999_999));
    assertThat(Fraction.of(1, 1_000_000)).isNotEqualTo(Fraction.of(0, 1));
  }

  @Test
  void keepsTheTermsAsGivenForTextAndRoundTrip() {
    assertThat(FOUR_SIXTHS).hasToString("4/6");
    assertThat(FOUR_SIXTHS.numerator()).isEqualTo(4);
    assertThat(FOUR_SIXTHS.denominator()).isEqualTo(6);
    assertThat(Fraction.parse("4/6")).hasToString("4/6").isEqualTo(TWO_THIRDS);
  }

  @Test
  void equalityAgreesWithCrossMultiplicationOnGeneratedFractions() {
    Random random = new Random(20_260_711L);
    for (int i = 0; i < 2_000; i++) {
      long q1 = 1 + random.nextInt(1_000_000);
      long p1 = random.nextInt((int) q1 + 1);
      long factor = 1 + random.nextInt(1_000_000 / (int) q1);
      Fraction a = Fraction.of(p1, q1);
      Fraction scaled = Fraction.of(p1 * factor, q1 * factor);
      assertThat(scaled).isEqualTo(a).hasSameHashCodeAs(a);
      long q2 = 1 + random.nextInt(1_000_000);
      long p2 = random.nextInt((int) q2 + 1);
      Fraction b = Fraction.of(p2, q2);
      assertThat(a.equals(b)).isEqualTo(p1 * q2 == p2 * q1);
    }
  }

  @Test
  void rulesBuiltFromEquivalentFractionsAreEqual() {
    assertThat(Threshold.of(FOUR_SIXTHS, false, Base.PRESENT, Measure.HEADCOUNT))
        .isEqualTo(Threshold.of(TWO_THIRDS, false, Base.PRESENT, Measure.HEADCOUNT))
        .hasSameHashCodeAs(Threshold.of(TWO_THIRDS, false, Base.PRESENT, Measure.HEADCOUNT));
    assertThat(Participation.of(Fraction.of(2, 4), true, Measure.WEIGHT))
        .isEqualTo(Participation.of(Fraction.half(), true, Measure.WEIGHT));
    assertThat(Quorum.ofInvited(FOUR_SIXTHS)).isEqualTo(Quorum.ofInvited(TWO_THIRDS))
        .hasSameHashCodeAs(Quorum.ofInvited(TWO_THIRDS));
    assertThat(MajorityRule.supermajority(FOUR_SIXTHS, false, Base.PRESENT))
        .isEqualTo(MajorityRule.supermajority(TWO_THIRDS, false, Base.PRESENT))
        .hasSameHashCodeAs(MajorityRule.supermajority(TWO_THIRDS, false, Base.PRESENT));
    assertThat(doubleThreshold(FOUR_SIXTHS)).isEqualTo(doubleThreshold(TWO_THIRDS))
        .hasSameHashCodeAs(doubleThreshold(TWO_THIRDS));
    assertThat(RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, doubleThreshold(FOUR_SIXTHS)))
        .isEqualTo(RestrictedVote.of(PartyKind.PEOPLES_CONGRESS_DEPUTY, doubleThreshold(TWO_THIRDS)));
    assertThat(consensus(Fraction.of(2, 4))).isEqualTo(consensus(Fraction.half()))
        .hasSameHashCodeAs(consensus(Fraction.half()));
  }

  @Test
  void rulesOfDifferentValuesStayDifferent() {
    assertThat(MajorityRule.supermajority(Fraction.of(3, 4), false, Base.PRESENT))
        .isNotEqualTo(MajorityRule.supermajority(TWO_THIRDS, false, Base.PRESENT));
    assertThat(doubleThreshold(Fraction.of(3, 4))).isNotEqualTo(doubleThreshold(TWO_THIRDS));
    assertThat(Quorum.ofInvited(Fraction.of(3, 4))).isNotEqualTo(Quorum.ofInvited(TWO_THIRDS));
  }

  @Test
  void minimumYesComparesByValueNotByScale() {
    MajorityRule one = withMinimum(new BigDecimal("1"));
    MajorityRule onePointZero = withMinimum(new BigDecimal("1.0"));
    assertThat(one).isEqualTo(onePointZero).hasSameHashCodeAs(onePointZero);
    assertThat(onePointZero.minimumYes()).isEqualTo(new BigDecimal("1.0"));
    assertThat(one).isNotEqualTo(withMinimum(new BigDecimal("1.5")));
  }

  private static MajorityRule withMinimum(BigDecimal minimum) {
    return new MajorityRule.Builder()
        .approval(Threshold.of(TWO_THIRDS, false, Base.CAST, Measure.WEIGHT))
        .minimumYes(minimum)
        .build();
  }

  private static DoubleThreshold doubleThreshold(Fraction fraction) {
    return DoubleThreshold.of(
        new MajorityRule.Builder()
            .approval(Threshold.of(fraction, false, Base.CAST, Measure.HEADCOUNT))
            .participation(Participation.of(fraction, false, Measure.HEADCOUNT))
            .build(),
        new MajorityRule.Builder()
            .approval(Threshold.of(fraction, false, Base.CAST, Measure.WEIGHT))
            .participation(Participation.of(fraction, false, Measure.WEIGHT))
            .build());
  }

  private static Consensus consensus(Fraction participation) {
    return new Consensus.Builder()
        .participation(Participation.of(participation, false, Measure.HEADCOUNT))
        .build();
  }
}
