package org.shangliang.deliberation.query;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Finds the classes of cases that recur (每月一题: from solving one case to solving a class of cases,
 * 梳理共性): the topics raised in a period, from every source alike (12345 hotline cases, resident
 * proposals, grid inspections …), grouped by catalogue entry — or by category, for topics without an
 * entry — and by the unit their affected units roll up to at a chosen level; the classes of at least a
 * minimum size are returned, largest first.
 *
 * <p><b>Grouping.</b> Two topics are in the same class when they have the same category and the same
 * catalogue entry (both without one, or the same entry id) and one of the units each affects rolls up
 * to the same unit. A topic filed under a category only is never merged with topics of an entry of
 * that category. A topic whose affected units roll up to several units counts once in the class of
 * each; two of its units that roll up to the same unit count once.
 *
 * <p><b>Roll-up</b> of an affected unit to the level of the {@linkplain RecurringSettings#level()
 * settings}, in the jurisdiction given:
 *
 * <ul>
 *   <li>a unit at that level or above it stays itself (a topic affecting a whole sub-district is not
 *       pushed down to a community);
 *   <li>a unit below it becomes its lowest ancestor at that level, or, where the jurisdiction skips
 *       the level, its lowest ancestor above it (as escalation does);
 *   <li>a unit whose ancestors all lie below the level becomes the root of its tree, the highest unit
 *       containing it;
 *   <li>a unit not in the jurisdiction stays itself, and its class has no {@linkplain
 *       RecurringClass#unitLevel() level}: it is counted, never dropped, and never makes the search
 *       throw.
 * </ul>
 *
 * <p><b>Order.</b> Classes are ranked by size, largest first; ties are broken by category id, then
 * catalogue entry id (the class without an entry first), then the rolled-up unit's id, each compared
 * as strings ({@link String#compareTo}). The topics of a class are listed in the order they were
 * raised, then by id. The result does not depend on the order of the input.
 *
 * <p><b>Cost.</b> Linear in the number of topics and affected units, plus sorting (n log n); each
 * roll-up climbs at most one unit per {@link TierLevel}.
 *
 * <p>Source: Beijing 2021 (光明日报, 2021-10-25), 每月一题; docs/domain.md "Recurring classes of cases".
 *
 * <p>Immutable and thread-safe.
 */
public final class RecurringIssues {
  private static final Comparator<RecurringClass> RANK =
      Comparator.comparingInt(RecurringClass::count)
          .reversed()
          .thenComparing(RecurringClass::category)
          .thenComparing(c -> c.catalogueEntry().orElse(""))
          .thenComparing(RecurringClass::unit);

  private static final Comparator<Topic> RAISED =
      Comparator.comparing(Topic::raisedAt).thenComparing(Topic::id);

  private final Jurisdiction jurisdiction;
  private final RecurringSettings settings;

  private RecurringIssues(Jurisdiction jurisdiction, RecurringSettings settings) {
    this.jurisdiction = jurisdiction;
    this.settings = settings;
  }

  /**
   * A search over a jurisdiction with the default settings ({@link RecurringSettings#defaults()}).
   *
   * @param jurisdiction the units affected units are rolled up in
   * @return the search
   * @throws InvalidModelException if the jurisdiction is {@code null}
   */
  public static RecurringIssues of(Jurisdiction jurisdiction) {
    return of(jurisdiction, RecurringSettings.defaults());
  }

  /**
   * A search over a jurisdiction.
   *
   * @param jurisdiction the units affected units are rolled up in
   * @param settings the level to roll up to and the smallest class returned
   * @return the search
   * @throws InvalidModelException if an argument is {@code null}, naming it
   */
  public static RecurringIssues of(Jurisdiction jurisdiction, RecurringSettings settings) {
    return new RecurringIssues(
        Checks.notNull("jurisdiction", jurisdiction), Checks.notNull("settings", settings));
  }

  /**
   * The jurisdiction units are rolled up in.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public RecurringSettings settings() {
    return settings;
  }

  /**
   * The recurring classes among topics raised in {@code [from, until)}.
   *
   * @param topics the topics, in any order, from any source
   * @param from the start of the period, inclusive
   * @param until the end of the period, exclusive
   * @return the classes, ranked as the class documentation says; unmodifiable
   * @throws InvalidModelException if {@code until} is before {@code from} (path {@code until}), a
   *     topic is {@code null} (path {@code topics[i]}) or two topics share an id (path {@code
   *     topics[i].id})
   */
  public List<RecurringClass> find(Collection<Topic> topics, Instant from, Instant until) {
    List<Topic> checked = checkTopics(topics);
    checkPeriod(from, until);
    return group(checked, from, until);
  }

  /**
   * The recurring classes among topics raised in a calendar month (每月一题), counted in a zone.
   *
   * @param topics the topics, in any order, from any source
   * @param month the month
   * @param zone the zone the month is counted in: the profile's ({@code Profile.zone()})
   * @return the classes, as {@link #find(Collection, Instant, Instant)}; none for a month outside the
   *     years 1 to 9999, in which no topic can be raised (any month is accepted, and none makes this
   *     throw)
   * @throws InvalidModelException as for {@link #find(Collection, Instant, Instant)}, or if the
   *     month or zone is {@code null}
   */
  public List<RecurringClass> find(Collection<Topic> topics, YearMonth month, ZoneId zone) {
    List<Topic> checked = checkTopics(topics);
    Optional<Instant[]> period = period(month, zone);
    return period.isEmpty() ? List.of() : group(checked, period.get()[0], period.get()[1]);
  }

  /**
   * The recurring classes among the topics of records ({@link Deliberation#topic()}) raised in
   * {@code [from, until)}. A topic held by several records counts once.
   *
   * @param records the records, in any order
   * @param from the start of the period, inclusive
   * @param until the end of the period, exclusive
   * @return the classes, as {@link #find(Collection, Instant, Instant)}
   * @throws InvalidModelException if {@code until} is before {@code from} (path {@code until}), a
   *     record is {@code null} (path {@code records[i]}), two records share an id (path {@code
   *     records[i].id}) or hold different topics under one id (path {@code records[i].topic.id})
   */
  public List<RecurringClass> findInRecords(
      Collection<Deliberation> records, Instant from, Instant until) {
    List<Topic> topics = topicsOf(records);
    checkPeriod(from, until);
    return group(topics, from, until);
  }

  /**
   * The recurring classes among the topics of records raised in a calendar month, counted in a zone.
   *
   * @param records the records, in any order
   * @param month the month
   * @param zone the zone the month is counted in: the profile's ({@code Profile.zone()})
   * @return the classes, as {@link #find(Collection, YearMonth, ZoneId)}
   * @throws InvalidModelException as for {@link #findInRecords(Collection, Instant, Instant)}, or if
   *     the month or zone is {@code null}
   */
  public List<RecurringClass> findInRecords(
      Collection<Deliberation> records, YearMonth month, ZoneId zone) {
    List<Topic> topics = topicsOf(records);
    Optional<Instant[]> period = period(month, zone);
    return period.isEmpty() ? List.of() : group(topics, period.get()[0], period.get()[1]);
  }

  /**
   * The unit an affected unit rolls up to at the settings' level (see the class documentation).
   *
   * @param unit the affected unit
   * @return the unit it rolls up to: itself if it is at or above the level or not in the
   *     jurisdiction
   * @throws InvalidModelException if the unit is {@code null}
   */
  public UnitId rollUp(UnitId unit) {
    Optional<AdministrativeUnit> found = jurisdiction.unit(Checks.notNull("unit", unit));
    return found.isEmpty() ? unit : rollUp(found.get()).id();
  }

  /**
   * The units a topic is counted at: its affected units rolled up ({@link #rollUp(UnitId)}), each
   * once, in the order of its affected units. The topic belongs to one class for each of them: the
   * class of its category, its catalogue entry (or none) and that unit. This is the per-topic half
   * of {@link #find(Collection, Instant, Instant)}, for a search spread over many machines: key each
   * topic raised in the period by (category, catalogue entry, unit) for each unit returned here,
   * count the distinct topic ids of each key, and keep the keys counted at least {@link
   * RecurringSettings#minCount()} times; that gives the classes and counts {@code find} returns.
   *
   * @param topic the topic
   * @return the units, each once; unmodifiable
   * @throws InvalidModelException if the topic is {@code null}
   */
  public List<UnitId> classUnits(Topic topic) {
    Checks.notNull("topic", topic);
    Set<UnitId> units = new LinkedHashSet<>();
    for (UnitId unit : topic.affectedUnits()) {
      units.add(rollUp(unit));
    }
    return List.copyOf(units);
  }

  private AdministrativeUnit rollUp(AdministrativeUnit unit) {
    AdministrativeUnit current = unit;
    while (settings.level().isHigherThan(current.level()) && current.parent().isPresent()) {
      current = jurisdiction.unit(current.parent().get()).get();
    }
    return current;
  }

  private List<RecurringClass> group(List<Topic> topics, Instant from, Instant until) {
    List<Topic> inPeriod = new ArrayList<>();
    for (Topic topic : topics) {
      if (!topic.raisedAt().isBefore(from) && topic.raisedAt().isBefore(until)) {
        inPeriod.add(topic);
      }
    }
    inPeriod.sort(RAISED);
    Map<Key, Group> groups = new LinkedHashMap<>();
    for (Topic topic : inPeriod) {
      for (UnitId target : classUnits(topic)) {
        Key key = new Key(topic.category(), topic.catalogueEntry().orElse(""), target);
        groups
            .computeIfAbsent(
                key, k -> new Group(jurisdiction.unit(target).map(AdministrativeUnit::level)))
            .add(topic);
      }
    }
    List<RecurringClass> classes = new ArrayList<>();
    for (Map.Entry<Key, Group> entry : groups.entrySet()) {
      Group group = entry.getValue();
      if (group.topics.size() < settings.minCount()) {
        continue;
      }
      Key key = entry.getKey();
      classes.add(
          new RecurringClass.Builder()
              .category(key.category)
              .catalogueEntry(key.entry.isEmpty() ? Optional.empty() : Optional.of(key.entry))
              .unit(key.unit)
              .unitLevel(group.level)
              .addAllTopics(group.topics)
              .addAllSources(group.sources)
              .build());
    }
    classes.sort(RANK);
    return Collections.unmodifiableList(classes);
  }

  private static List<Topic> checkTopics(Collection<Topic> topics) {
    List<Topic> copy = Checks.copyOfNonNull("topics", topics);
    Checks.unique("topics", "id", copy, Topic::id);
    return copy;
  }

  /**
   * The topics of records, each once, in the order of the records: checks that no record is {@code
   * null}, no two share an id, and no two hold different topics under one id.
   */
  static List<Topic> topicsOf(Collection<Deliberation> records) {
    List<Deliberation> copy = Checks.copyOfNonNull("records", records);
    Checks.unique("records", "id", copy, Deliberation::id);
    Map<TopicId, Topic> byId = new HashMap<>();
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < copy.size(); i++) {
      Topic topic = copy.get(i).topic();
      Topic earlier = byId.putIfAbsent(topic.id(), topic);
      if (earlier == null) {
        topics.add(topic);
      } else if (!earlier.equals(topic)) {
        throw new InvalidModelException(
            Path.of("records").index(i).child("topic").child("id"),
            "another record holds a different topic under this id, was " + topic.id());
      }
    }
    return topics;
  }

  private static void checkPeriod(Instant from, Instant until) {
    Checks.notNull("from", from);
    Checks.notNull("until", until);
    if (until.isBefore(from)) {
      throw new InvalidModelException(
          Path.of("until"), "must not be before from " + from + ", was " + until);
    }
  }

  /** The instants bounding a month in a zone; empty outside the years 1 to 9999. */
  private static Optional<Instant[]> period(YearMonth month, ZoneId zone) {
    Checks.notNull("month", month);
    Checks.notNull("zone", zone);
    int year = month.getYear();
    if (year < Checks.MIN_DATE.getYear() || year > Checks.MAX_DATE.getYear()) {
      return Optional.empty();
    }
    return Optional.of(
        new Instant[] {
          month.atDay(1).atStartOfDay(zone).toInstant(),
          month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()
        });
  }

  @Override
  public String toString() {
    return "RecurringIssues{level=" + settings.level() + ", minCount=" + settings.minCount()
        + ", " + jurisdiction + "}";
  }

  private record Key(String category, String entry, UnitId unit) {}

  private static final class Group {
    private final Optional<TierLevel> level;
    private final List<TopicId> topics = new ArrayList<>();
    private final Set<SourceKind> sources = EnumSet.noneOf(SourceKind.class);

    Group(Optional<TierLevel> level) {
      this.level = level;
    }

    void add(Topic topic) {
      topics.add(topic.id());
      sources.add(topic.source().kind());
    }
  }
}
