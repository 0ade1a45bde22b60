package org.shangliang.deliberation.outcome;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Finds the classes of topics that recur (每月一题: from solving one case to solving a class of cases):
 * topics raised in a period are grouped by catalogue entry (or category, for topics without an entry)
 * and by affected unit — a topic affecting two units counts in both — and the groups of at least a
 * minimum size are returned, largest first.
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25), 每月一题; docs/domain.md "Recurring classes of cases".
 *
 * <p>Stateless and thread-safe.
 */
public final class RecurringIssues {
  private static final Comparator<RecurringClass> RANK =
      Comparator.comparingInt(RecurringClass::count)
          .reversed()
          .thenComparing(RecurringClass::category)
          .thenComparing(c -> c.catalogueEntry().orElse(""))
          .thenComparing(RecurringClass::unit);

  private RecurringIssues() {}

  /**
   * The recurring classes among topics raised in {@code [from, until)}.
   *
   * @param topics the topics, in any order
   * @param from the start of the period, inclusive
   * @param until the end of the period, exclusive
   * @param minCount the smallest class returned, at least 1
   * @return the classes, largest first, then by category, entry and unit; topics in each class in the
   *     order they were raised (then by id)
   * @throws InvalidModelException if {@code minCount} is below 1 (path {@code minCount}), {@code
   *     until} is before {@code from} (path {@code until}) or two topics share an id (path {@code
   *     topics[i].id})
   */
  public static List<RecurringClass> find(
      Collection<Topic> topics, Instant from, Instant until, int minCount) {
    checkArguments(topics, minCount);
    if (until.isBefore(from)) {
      throw new InvalidModelException(
          Path.of("until"), "must not be before from " + from + ", was " + until);
    }
    List<Topic> inPeriod = new ArrayList<>();
    for (Topic topic : topics) {
      if (!topic.raisedAt().isBefore(from) && topic.raisedAt().isBefore(until)) {
        inPeriod.add(topic);
      }
    }
    inPeriod.sort(Comparator.comparing(Topic::raisedAt).thenComparing(Topic::id));
    Map<List<Object>, List<TopicId>> groups = new LinkedHashMap<>();
    for (Topic topic : inPeriod) {
      for (UnitId unit : topic.affectedUnits()) {
        List<Object> key = List.of(topic.category(), topic.catalogueEntry().orElse(""), unit);
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(topic.id());
      }
    }
    List<RecurringClass> classes = new ArrayList<>();
    for (Map.Entry<List<Object>, List<TopicId>> group : groups.entrySet()) {
      if (group.getValue().size() < minCount) {
        continue;
      }
      String entry = (String) group.getKey().get(1);
      classes.add(
          new RecurringClass.Builder()
              .category((String) group.getKey().get(0))
              .catalogueEntry(entry.isEmpty() ? Optional.empty() : Optional.of(entry))
              .unit((UnitId) group.getKey().get(2))
              .addAllTopics(group.getValue())
              .build());
    }
    classes.sort(RANK);
    return Collections.unmodifiableList(classes);
  }

  /**
   * The recurring classes among topics raised in a calendar month (每月一题).
   *
   * @param topics the topics
   * @param month the month
   * @param zone the zone the month is counted in (the profile's)
   * @param minCount the smallest class returned, at least 1
   * @return the classes, as {@link #find(Collection, Instant, Instant, int)}; none for a month
   *     outside the years 1 to 9999, in which no topic can be raised (any month is accepted, and
   *     none makes this throw)
   * @throws InvalidModelException as for {@link #find(Collection, Instant, Instant, int)}
   */
  public static List<RecurringClass> find(
      Collection<Topic> topics, YearMonth month, ZoneId zone, int minCount) {
    int year = month.getYear();
    if (year < Checks.MIN_DATE.getYear() || year > Checks.MAX_DATE.getYear()) {
      checkArguments(topics, minCount);
      return List.of();
    }
    return find(
        topics,
        month.atDay(1).atStartOfDay(zone).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
        minCount);
  }

  private static void checkArguments(Collection<Topic> topics, int minCount) {
    if (minCount < 1) {
      throw new InvalidModelException(Path.of("minCount"), "must be at least 1, was " + minCount);
    }
    Checks.unique("topics", "id", topics, Topic::id);
  }
}
