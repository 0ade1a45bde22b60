package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TimeOrderTest {
  private static final Instant T0 = Instant.parse("2026-12-11T01:00:00Z");

  private static Instant t(long seconds) {
    return T0.plusSeconds(seconds);
  }

  private static List<Integer> ranks(TimeOrder order) {
    List<Integer> indexes = new ArrayList<>();
    for (int rank = 0; rank < order.size(); rank++) {
      indexes.add(order.index(rank));
    }
    return indexes;
  }

  @Test
  void recognisesAListAlreadyInTimeOrder() {
    TimeOrder order = TimeOrder.of(List.of(t(0), t(0), t(5), t(9)), Function.identity());
    assertThat(order.isAsGiven()).isTrue();
    assertThat(order.size()).isEqualTo(4);
    assertThat(ranks(order)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void ranksAListOutOfTimeOrderByInstantAndNamesPositionsAsGiven() {
    TimeOrder order = TimeOrder.of(List.of(t(30), t(10), t(20), t(0)), Function.identity());
    assertThat(order.isAsGiven()).isFalse();
    assertThat(ranks(order)).containsExactly(3, 1, 2, 0);
  }

  @Test
  void keepsTheGivenOrderOfElementsAtTheSameInstant() {
    List<String> names = List.of("c@5", "a@0", "b@5", "d@0", "e@5");
    TimeOrder order = TimeOrder.of(names, n -> t(Long.parseLong(n.substring(2))));
    assertThat(ranks(order)).containsExactly(1, 3, 0, 2, 4);
  }

  @Test
  void agreesWithAStableSortOnGeneratedLists() {
    Random random = new Random(20261211L);
    for (int run = 0; run < 200; run++) {
      int n = random.nextInt(40);
      List<Instant> instants = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        instants.add(t(random.nextInt(8))); // few distinct instants: many ties
      }
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(i);
      }
      expected.sort(Comparator.comparing(instants::get)); // List.sort is stable
      assertThat(ranks(TimeOrder.of(instants, Function.identity()))).as("%s", instants).isEqualTo(expected);
    }
  }

  @Test
  void ordersAnEmptyList() {
    TimeOrder order = TimeOrder.of(Collections.<Instant>emptyList(), Function.identity());
    assertThat(order.size()).isZero();
    assertThat(order.isAsGiven()).isTrue();
  }

  @Test
  void refusesARankOutsideTheList() {
    TimeOrder order = TimeOrder.of(List.of(t(1), t(0)), Function.identity());
    assertThatThrownBy(() -> order.index(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> order.index(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void refusesAMissingInstant() {
    List<Instant> withNull = new ArrayList<>();
    withNull.add(t(1));
    withNull.add(null);
    assertThatThrownBy(() -> TimeOrder.of(withNull, Function.identity()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("values[1]");
    assertThatThrownBy(() -> TimeOrder.of(null, Function.<Instant>identity()))
        .isInstanceOf(NullPointerException.class);
  }
}
