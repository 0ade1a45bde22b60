package org.shangliang.deliberation.rules.internal;

import java.util.Arrays;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.rules.TimeOrder;

/**
 * The violations a rule finds while it walks a list in time order, reported in the order of the
 * list's positions as given, as a report promises (rule by rule, then by position in the record).
 * Where the list is in time order as given, each violation is reported at once; otherwise they are
 * held, and {@link #flush()} reports them sorted by position (stable). Nothing is held on a record
 * without violations.
 *
 * <p>One per rule call; not thread-safe.
 */
final class ByPosition {
  private final RuleContext context;
  private final boolean direct;
  private int count;
  private int[] positions;
  private Path[] paths;
  private Object[][] args;

  ByPosition(RuleContext context, TimeOrder order) {
    this.context = context;
    this.direct = order.isAsGiven();
  }

  /** Reports, or holds, a violation of the element at a position as given. */
  void report(int position, Path path, Object... arguments) {
    if (direct) {
      context.report(path, arguments);
      return;
    }
    if (positions == null) {
      positions = new int[4];
      paths = new Path[4];
      args = new Object[4][];
    } else if (count == positions.length) {
      positions = Arrays.copyOf(positions, count * 2);
      paths = Arrays.copyOf(paths, count * 2);
      args = Arrays.copyOf(args, count * 2);
    }
    positions[count] = position;
    paths[count] = path;
    args[count] = arguments;
    count++;
  }

  /** Reports the held violations by position. */
  void flush() {
    if (count == 0) {
      return;
    }
    Integer[] held = new Integer[count];
    for (int i = 0; i < count; i++) {
      held[i] = i;
    }
    Arrays.sort(held, (a, b) -> Integer.compare(positions[a], positions[b])); // stable
    for (Integer i : held) {
      context.report(paths[i], args[i]);
    }
    count = 0;
  }
}
