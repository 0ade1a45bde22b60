package org.shangliang.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

/**
 * {@link Checks#unique}: short lists (compared pairwise) and long ones (hashed) name the same
 * element — the first whose key repeats an earlier one.
 */
class UniqueKeysTest {

  /** The index of the first element whose key repeats an earlier one, or -1. */
  private static int firstRepeat(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.subList(0, i).contains(keys.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void listsOfEveryLengthAreRefusedAtTheFirstRepeatedKeyAndOnlyThen() {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    for (int size = 0; size <= 24; size++) {
      for (int round = 0; round < 200; round++) {
        List<String> keys = new ArrayList<>();
        int alphabet = size + 1 + random.nextInt(size + 2);
        for (int i = 0; i < size; i++) {
          keys.add("k" + random.nextInt(alphabet));
        }
        List<List<String>> values = new ArrayList<>();
        for (String key : keys) {
          values.add(List.of(key, "payload"));
        }
        int repeat = firstRepeat(keys);
        if (repeat < 0) {
          assertThatCode(() -> Checks.unique("items", "id", values, v -> v.get(0)))
              .as("%s", keys)
              .doesNotThrowAnyException();
        } else {
          assertThatThrownBy(() -> Checks.unique("items", "id", values, v -> v.get(0)))
              .as("%s", keys)
              .isInstanceOf(InvalidModelException.class)
              .hasMessage("items[" + repeat + "].id: duplicate, was " + keys.get(repeat));
        }
      }
    }
  }

  @Test
  void anIterableThatIsNotACollectionIsCheckedToo() {
    Iterable<String> keys = () -> List.of("a", "b", "a").iterator();
    assertThatThrownBy(() -> Checks.unique("items", "", keys, k -> k))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("items[2]: duplicate, was a");
  }
}
