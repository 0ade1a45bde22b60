package org.shangliang.deliberation.rules;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The time order of a list of a record: for each rank (0 for the earliest), the element's position in
 * the list as given. Lists arrive in whatever order the caller's store returns them; the record keeps
 * that order, and rules that need time order walk the list through this view, so violation paths still
 * name each element's position as given.
 *
 * <p>The order is stable: elements at the same instant keep the order they were given in. A list that
 * is already in time order is recognised in one pass and needs no index array.
 *
 * <pre>{@code
 * TimeOrder order = context.stepsInTimeOrder();
 * for (int rank = 0; rank < order.size(); rank++) {
 *   int k = order.index(rank);                 // position as given
 *   StepEvent step = context.deliberation().steps().get(k);
 *   // … context.report(Path.of("steps").index(k), …) on a violation
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeOrder {
  private final int size;
  /** The positions by rank, or {@code null} when the list is in time order as given. */
  private final int[] indexes;

  private TimeOrder(int size, int[] indexes) {
    this.size = size;
    this.indexes = indexes;
  }

  /**
   * The time order of a list: a stable sort of its positions by the instant of each element. Linear
   * for a list already in time order; {@code O(n log n)} otherwise.
   *
   * @param values the list, in the order given
   * @param at the instant of an element, e.g. {@code Meeting::startedAt}; must not return {@code null}
   * @param <T> the element type
   * @return the order
   * @throws NullPointerException if an argument is {@code null} or {@code at} returns {@code null}
   */
  public static <T> TimeOrder of(List<T> values, Function<? super T, Instant> at) {
    if (values == null || at == null) {
      throw new NullPointerException(values == null ? "values" : "at");
    }
    int n = values.size();
    Instant previous = null;
    int k = 0;
    for (; k < n; k++) {
      Instant current = at.apply(values.get(k));
      if (current == null) {
        throw new NullPointerException("at(values[" + k + "])");
      }
      if (previous != null && current.isBefore(previous)) {
        break;
      }
      previous = current;
    }
    if (k == n) {
      return new TimeOrder(n, null);
    }
    Instant[] keys = new Instant[n];
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = at.apply(values.get(i));
      if (keys[i] == null) {
        throw new NullPointerException("at(values[" + i + "])");
      }
      positions[i] = i;
    }
    mergeSort(positions, new int[n], keys);
    return new TimeOrder(n, positions);
  }

  /** A stable bottom-up merge sort of positions by their keys. */
  private static void mergeSort(int[] positions, int[] buffer, Instant[] keys) {
    int n = positions.length;
    int[] from = positions;
    int[] to = buffer;
    for (int width = 1; width < n; width *= 2) {
      for (int low = 0; low < n; low += 2 * width) {
        int middle = Math.min(low + width, n);
        int high = Math.min(low + 2 * width, n);
        int i = low;
        int j = middle;
        int out = low;
        while (i < middle && j < high) {
          // take from the right run only when strictly earlier: equal instants keep their order
          to[out++] = keys[from[j]].isBefore(keys[from[i]]) ? from[j++] : from[i++];
        }
        while (i < middle) {
          to[out++] = from[i++];
        }
        while (j < high) {
          to[out++] = from[j++];
        }
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != positions) {
      System.arraycopy(from, 0, positions, 0, n);
    }
  }

  /**
   * How many elements the list has.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The position, in the list as given, of the element at a rank in time order.
   *
   * @param rank 0 for the earliest element, {@code size() - 1} for the latest
   * @return the element's index in the list as given
   * @throws IndexOutOfBoundsException if the rank is negative or not less than {@link #size()}
   */
  public int index(int rank) {
    if (rank < 0 || rank >= size) {
      throw new IndexOutOfBoundsException("rank " + rank + " out of 0.." + (size - 1));
    }
    return indexes == null ? rank : indexes[rank];
  }

  /**
   * Whether the list was given in time order, so that rank and position agree.
   *
   * @return {@code true} if no element is earlier than the one before it
   */
  public boolean isAsGiven() {
    return indexes == null;
  }

  @Override
  public String toString() {
    if (indexes == null) {
      return "TimeOrder{as given, " + size + " elements}";
    }
    StringBuilder text = new StringBuilder("TimeOrder{");
    for (int rank = 0; rank < size && rank < 20; rank++) {
      text.append(rank == 0 ? "" : ", ").append(indexes[rank]);
    }
    return text.append(size > 20 ? ", …}" : "}").toString();
  }
}
