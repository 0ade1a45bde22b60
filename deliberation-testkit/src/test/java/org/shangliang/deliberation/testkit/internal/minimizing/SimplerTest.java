package org.shangliang.deliberation.testkit.internal.minimizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimplerTest {
  private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void dropsAPresentOptionalAndLeavesAnEmptyOneAlone() {
    assertThat(Simpler.dropped(Optional.of("x"))).containsExactly(Optional.empty());
    assertThat(Simpler.dropped(Optional.empty())).isEmpty();
  }

  @Test
  void shortensATextToPrefixesShortestFirstByWholeCodePoints() {
    assertThat(Simpler.shortened("abcdefghi")).containsExactly("a", "abcde", "abcdefg", "abcdefgh");
    assertThat(Simpler.shortened("ab")).containsExactly("a");
    assertThat(Simpler.shortened("a")).isEmpty();
    assertThat(Simpler.shortened("")).isEmpty();
    // U+20BB7 is one code point of two chars: never cut in half
    assertThat(Simpler.shortened("\uD842\uDFB7\uD842\uDFB7x"))
        .containsExactly("\uD842\uDFB7", "\uD842\uDFB7\uD842\uDFB7");
    assertThat(Simpler.shortened("居民议事会")).containsExactly("居", "居民议", "居民议事");
  }

  @Test
  void movesAWholeNumberTowardItsBoundAsABinarySearch() {
    assertThat(Simpler.toward(100, 0)).containsExactly(0, 50, 75, 88, 94, 97, 99);
    assertThat(Simpler.toward(-9, 0)).containsExactly(0, -5, -7, -8);
    assertThat(Simpler.toward(3, 7)).containsExactly(7, 5, 4);
    assertThat(Simpler.toward(1, 1)).isEmpty();
    assertThat(Simpler.toward(Integer.MAX_VALUE, Integer.MIN_VALUE)).startsWith(Integer.MIN_VALUE);
    assertThat(Simpler.toward(Integer.MAX_VALUE, Integer.MIN_VALUE))
        .endsWith(Integer.MAX_VALUE - 1)
        .allMatch(n -> n < Integer.MAX_VALUE);
  }

  @Test
  void movesADecimalTowardZeroThroughItsWholePart() {
    assertThat(Simpler.towardZero(new BigDecimal("12.75")))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO,
            new BigDecimal("12"),
            new BigDecimal("6"),
            new BigDecimal("9"),
            new BigDecimal("11"));
    assertThat(Simpler.towardZero(new BigDecimal("0.5")))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ZERO);
    assertThat(Simpler.towardZero(new BigDecimal("1.000")))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ZERO);
    assertThat(Simpler.towardZero(new BigDecimal("1E+3")))
        .usingElementComparator(BigDecimal::compareTo)
        .startsWith(BigDecimal.ZERO, new BigDecimal("500"))
        .endsWith(new BigDecimal("999"));
    assertThat(Simpler.towardZero(new BigDecimal("0.000"))).isEmpty();
  }

  @Test
  void shortensADurationTowardTheLeastInWholeSeconds() {
    Duration second = Duration.ofSeconds(1);
    assertThat(Simpler.toward(Duration.ofSeconds(9), second))
        .containsExactly(
            second, Duration.ofSeconds(5), Duration.ofSeconds(7), Duration.ofSeconds(8));
    assertThat(Simpler.toward(Duration.ofMillis(3500), second))
        .containsExactly(second, Duration.ofSeconds(3), Duration.ofSeconds(2));
    assertThat(Simpler.toward(Duration.ofMillis(1500), second)).containsExactly(second);
    assertThat(Simpler.toward(second, second)).isEmpty();
    assertThat(Simpler.toward(Duration.ofMillis(10), second)).isEmpty();
  }

  @Test
  void movesAnInstantTowardItsAnchorFromEitherSide() {
    assertThat(Simpler.toward(T.plusSeconds(8), T))
        .containsExactly(T, T.plusSeconds(4), T.plusSeconds(6), T.plusSeconds(7));
    assertThat(Simpler.toward(T.minusSeconds(5), T))
        .containsExactly(T, T.minusSeconds(3), T.minusSeconds(4));
    assertThat(Simpler.toward(T.plusMillis(2500), T))
        .containsExactly(T, T.plusSeconds(2), T.plusSeconds(1));
    assertThat(Simpler.toward(T.minusMillis(400), T)).containsExactly(T);
    assertThat(Simpler.toward(T, T)).isEmpty();
  }

  @Test
  void everySimplerValueIsStrictlyNearerItsBound() {
    for (int value = -40; value <= 40; value++) {
      List<Integer> nearer = Simpler.toward(value, 3);
      int distance = Math.abs(value - 3);
      assertThat(nearer).doesNotHaveDuplicates().allMatch(n -> Math.abs(n - 3) < distance);
      assertThat(nearer).hasSizeLessThanOrEqualTo(8);
    }
    for (long millis = -5000; millis <= 5000; millis += 250) {
      Instant value = T.plusMillis(millis);
      long distance = Math.abs(millis);
      assertThat(Simpler.toward(value, T))
          .doesNotHaveDuplicates()
          .allMatch(i -> Math.abs(Duration.between(T, i).toMillis()) < distance);
    }
  }
}
