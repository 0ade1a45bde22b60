package org.shangliang.deliberation.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangliang.deliberation.InvalidModelException;

class FractionTest {

  @ParameterizedTest
  @ValueSource(strings = {"0/1", "1/2", "2/3", "3/4", "1/1", "2/4", "0/1000000", "999999/1000000"})
  void parseAndToStringRoundTrip(String text) {
    Fraction fraction = Fraction.parse(text);
    assertThat(fraction.toString()).isEqualTo(text);
    assertThat(Fraction.parse(fraction.toString())).isEqualTo(fraction);
  }

  @Test
  void ofKeepsTheFractionAsGiven() {
    Fraction twoQuarters = Fraction.of(2, 4);
    assertThat(twoQuarters.numerator()).isEqualTo(2);
    assertThat(twoQuarters.denominator()).isEqualTo(4);
    assertThat(twoQuarters).isEqualTo(Fraction.half()).hasToString("2/4");
    assertThat(twoQuarters.isMetBy(5, 10, false)).isTrue();
    assertThat(twoQuarters.isMetBy(5, 10, true)).isFalse();
    assertThat(Fraction.half()).isEqualTo(Fraction.of(1, 2)).hasToString("1/2");
  }

  @Test
  void acceptsTheWholeRangeOfDenominators() {
    assertThat(Fraction.of(0, 1).denominator()).isEqualTo(1);
    assertThat(Fraction.of(1_000_000, 1_000_000).numerator()).isEqualTo(1_000_000);
  }

  @Test
  void rejectsNumeratorAboveDenominator() {
    assertThatThrownBy(() -> Fraction.of(4, 3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("numerator: must be 0 to the denominator 3, was 4");
  }

  @Test
  void rejectsNegativeNumerator() {
    assertThatThrownBy(() -> Fraction.of(-1, 3))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("numerator: must be 0 to the denominator 3, was -1");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -3, Long.MIN_VALUE})
  void rejectsDenominatorBelowOne(long denominator) {
    assertThatThrownBy(() -> Fraction.of(0, denominator))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("denominator: must be 1 to 1000000, was " + denominator);
  }

  @ParameterizedTest
  @ValueSource(longs = {1_000_001, 10_000_000, Long.MAX_VALUE})
  void rejectsDenominatorAboveOneMillion(long denominator) {
    assertThatThrownBy(() -> Fraction.of(1, denominator))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("denominator: must be 1 to 1000000, was " + denominator);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2",
        "/3",
        "2/",
        "/",
        "a/b",
        "2/3/4",
        "2 / 3",
        " 2/3",
        "1.5/3",
        "2:3",
        "二/三",
        "99999999999999999999/3",
        "-1/3",
        "2/-3",
        "+2/3",
        "2/+3",
        "２/３",
        "٢/٣",
        "2/3 ",
        "2/3\n",
        "\t2/3",
        "2/ 3",
        "-0/1"
      })
  void parseRejectsTextThatIsNotPOverQ(String text) {
    assertThatThrownBy(() -> Fraction.parse(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("text: must be p/q such as 2/3, was \"");
  }

  @ParameterizedTest
  @CsvSource({
    "4/3, numerator",
    "1000000/999999, numerator",
    "1/0, denominator",
    "0/0, denominator",
    "1/2000000, denominator"
  })
  void parseRejectsFractionsOutOfRangeNamingTheField(String text, String field) {
    assertThatThrownBy(() -> Fraction.parse(text))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(field + ": must be");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Fraction.parse(null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("text: must not be null");
  }

  @Test
  void twoOfThreeMeetsTwoThirdsButDoesNotExceedIt() {
    Fraction twoThirds = Fraction.of(2, 3);
    assertThat(twoThirds.isMetBy(2, 3, false)).isTrue();
    assertThat(twoThirds.isMetBy(2, 3, true)).isFalse();
    assertThat(twoThirds.isMetBy(3, 3, true)).isTrue();
    assertThat(twoThirds.isMetBy(1, 3, false)).isFalse();
  }

  @Test
  void comparesDecimalsRegardlessOfScale() {
    Fraction all = Fraction.of(1, 1);
    assertThat(all.isMetBy(new BigDecimal("89.50"), new BigDecimal("89.5"), false)).isTrue();
    assertThat(all.isMetBy(new BigDecimal("89.5"), new BigDecimal("89.50"), false)).isTrue();
    assertThat(all.isMetBy(new BigDecimal("89.50"), new BigDecimal("89.5"), true)).isFalse();
    assertThat(all.isMetBy(new BigDecimal("89.49"), new BigDecimal("89.5"), false)).isFalse();
    assertThat(all.isMetBy(new BigDecimal("89.51"), new BigDecimal("89.500"), true)).isTrue();
  }

  @Test
  void comparesDecimalsExactly() {
    Fraction twoThirds = Fraction.of(2, 3);
    // 66.67 × 3 = 200.01 ≥ 200 but 66.66 × 3 = 199.98 < 200
    assertThat(twoThirds.isMetBy(new BigDecimal("66.67"), new BigDecimal("100"), false)).isTrue();
    assertThat(twoThirds.isMetBy(new BigDecimal("66.66"), new BigDecimal("100"), false)).isFalse();
    // 0.1 + 0.2 of 0.3 is all of it, exactly
    BigDecimal sum = new BigDecimal("0.1").add(new BigDecimal("0.2"));
    assertThat(Fraction.of(1, 1).isMetBy(sum, new BigDecimal("0.3"), false)).isTrue();
  }

  @Test
  void aZeroWholeMeetsNoFraction() {
    assertThat(Fraction.of(0, 1).isMetBy(0, 0, false)).isFalse();
    assertThat(Fraction.of(0, 1).isMetBy(0, 0, true)).isFalse();
    assertThat(Fraction.half().isMetBy(BigDecimal.ZERO, new BigDecimal("0.00"), false)).isFalse();
    assertThat(Fraction.of(1, 1).isMetBy(new BigDecimal("0.00"), BigDecimal.ZERO, false)).isFalse();
  }

  @Test
  void aZeroFractionIsMetByNothingButNotExceededByNothing() {
    assertThat(Fraction.of(0, 5).isMetBy(0, 7, false)).isTrue();
    assertThat(Fraction.of(0, 5).isMetBy(0, 7, true)).isFalse();
    assertThat(Fraction.of(0, 5).isMetBy(1, 7, true)).isTrue();
  }

  @Test
  void largeCountsCompareExactlyWhereDoublesRoundAway() {
    long part = 100_000_000_000_000_000L; // 10^17
    long whole = 3 * part;
    Fraction third = Fraction.of(1, 3);
    assertThat(third.isMetBy(part, whole, false)).isTrue();
    assertThat(third.isMetBy(part, whole, true)).isFalse();
    // one more in the whole: no longer a third, though doubles cannot tell 3×10^17 + 1 from 3×10^17
    assertThat((double) part / (whole + 1) >= 1.0 / 3).isTrue();
    assertThat(third.isMetBy(part, whole + 1, false)).isFalse();
    assertThat(third.isMetBy(part + 1, whole + 1, true)).isTrue();
  }

  @Test
  void countsNearLongMaxValueDoNotOverflow() {
    Fraction almostAll = Fraction.of(999_999, 1_000_000);
    assertThat(almostAll.isMetBy(Long.MAX_VALUE, Long.MAX_VALUE, false)).isTrue();
    assertThat(almostAll.isMetBy(Long.MAX_VALUE, Long.MAX_VALUE, true)).isTrue();
    assertThat(Fraction.of(1, 1).isMetBy(Long.MAX_VALUE - 1, Long.MAX_VALUE, false)).isFalse();
  }
}
