package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangliang.deliberation.InvalidModelException;

class CheckTest {
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);

  private static Check.Builder approval(String achieved, String whole, boolean strict) {
    Check.Builder builder = new Check.Builder();
    builder
        .kind(CheckKind.APPROVAL)
        .measure(Measure.HEADCOUNT)
        .base(Base.CAST)
        .achieved(new BigDecimal(achieved))
        .whole(new BigDecimal(whole))
        .fraction(TWO_THIRDS)
        .strict(strict);
    return builder;
  }

  private static Check.Builder plain(CheckKind kind, String achieved, String whole) {
    Check.Builder builder = new Check.Builder();
    builder
        .kind(kind)
        .measure(Measure.HEADCOUNT)
        .achieved(new BigDecimal(achieved))
        .whole(new BigDecimal(whole))
        .strict(false);
    return builder;
  }

  @Test
  void acceptsAMetThatAgreesWithTheNumbers() {
    assertThat(approval("2", "3", false).met(true).build().met()).isTrue();
    assertThat(approval("2", "3", true).met(false).build().met()).isFalse();
    assertThat(plain(CheckKind.MINIMUM_YES, "3", "3").met(true).build().met()).isTrue();
    assertThat(plain(CheckKind.NO_BLOCK, "0", "1").met(true).build().met()).isTrue();
    assertThat(plain(CheckKind.NO_BLOCK, "1", "1").met(false).build().met()).isFalse();
  }

  @Test
  void rejectsAMetFractionThatTheNumbersDoNotReach() {
    assertThatThrownBy(() -> approval("1", "3", false).met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "met: contradicts the numbers approval (headcount) 1 / votes cast (abstentions"
                + " included) 3 ≥ 2/3: met, was true");
  }

  @Test
  void rejectsAnUnmetFractionThatTheNumbersReach() {
    assertThatThrownBy(() -> approval("2", "3", false).met(false).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("met: contradicts the numbers ")
        .hasMessageEndingWith(", was false");
  }

  @Test
  void rejectsAMetStrictFractionThatIsOnlyReached() {
    // 2 of 3 is 2/3 but not more than 2/3
    assertThatThrownBy(() -> approval("2", "3", true).met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("met: contradicts the numbers ");
  }

  @Test
  void rejectsAMetFractionOfAnEmptyWhole() {
    // an empty whole reaches no fraction, though 0 × 3 ≥ 2 × 0, and not even 0/1
    assertThatThrownBy(() -> approval("0", "0", false).met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("met: contradicts the numbers ");
    assertThatThrownBy(
            () ->
                new Check.Builder()
                    .kind(CheckKind.PARTICIPATION)
                    .measure(Measure.WEIGHT)
                    .base(Base.ELIGIBLE)
                    .achieved(BigDecimal.ZERO)
                    .whole(new BigDecimal("0.00"))
                    .fraction(Fraction.of(0, 1))
                    .strict(false)
                    .met(true)
                    .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("met: contradicts the numbers ");
  }

  @ParameterizedTest
  @CsvSource({
    "MINIMUM_YES, 2, 3, true",
    "MINIMUM_YES, 3, 3, false",
    "PARTICIPATION, 2.99, 3, true",
    "NO_BLOCK, 1, 1, true",
    "NO_BLOCK, 0, 1, false"
  })
  void rejectsAMetThatContradictsAMinimumOrABlock(
      CheckKind kind, String achieved, String whole, boolean met) {
    assertThatThrownBy(() -> plain(kind, achieved, whole).met(met).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("met: contradicts the numbers ")
        .hasMessageEndingWith(", was " + met);
  }

  @Test
  void rejectsANegativeAchieved() {
    assertThatThrownBy(() -> plain(CheckKind.MINIMUM_YES, "-1", "0").met(false).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("achieved: must not be negative, was -1");
  }

  @Test
  void rejectsANegativeWhole() {
    assertThatThrownBy(() -> plain(CheckKind.MINIMUM_YES, "0", "-0.5").met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("whole: must not be negative, was -0.5");
  }

  @Test
  void rejectsAFractionWithoutABase() {
    assertThatThrownBy(
            () ->
                plain(CheckKind.APPROVAL, "2", "3").fraction(TWO_THIRDS).met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("base: a fraction and its base go together");
  }

  @Test
  void rejectsABaseWithoutAFraction() {
    assertThatThrownBy(
            () -> plain(CheckKind.MINIMUM_YES, "3", "3").base(Base.CAST).met(true).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("base: a fraction and its base go together");
  }

  @Test
  void checksMadeByARulePassTheirOwnValidation() {
    // the rules build their checks through the same validation
    Decision decision =
        new MajorityRule.Builder()
            .approval(Threshold.of(TWO_THIRDS, true, Base.PRESENT, Measure.WEIGHT))
            .participation(Participation.of(Fraction.half(), false, Measure.HEADCOUNT))
            .minimumYes(new BigDecimal("2"))
            .build()
            .decide(
                new Tally.Builder()
                    .eligibleCount(6).presentCount(4).castCount(4)
                    .yesCount(3).noCount(1).abstainCount(0)
                    .eligibleWeight(new BigDecimal("6")).presentWeight(new BigDecimal("4"))
                    .castWeight(new BigDecimal("4")).yesWeight(new BigDecimal("3"))
                    .noWeight(BigDecimal.ONE).abstainWeight(BigDecimal.ZERO)
                    .build());

    assertThat(decision.checks()).extracting(Check::met).containsExactly(true, true, true);
  }
}
