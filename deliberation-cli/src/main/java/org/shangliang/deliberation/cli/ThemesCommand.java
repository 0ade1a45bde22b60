package org.shangliang.deliberation.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shangliang themes}: the recurring classes of cases of a period (每月一题), from {@link
 * RecurringIssues}: the records' topics grouped by catalogue entry (or category) and by the unit their
 * affected units roll up to at a level of the unit tree, largest class first. The unit tree is
 * required.
 */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Find the recurring classes of cases (每月一题) raised in a month or a span of months.",
      "Rolled up to a level of the unit tree (--units, required); largest class first.",
      "Unreadable lines are listed on standard error and counted; they make the exit code 3."
    })
final class ThemesCommand implements Callable<Integer> {

  /** How many record ids a table row shows before it abbreviates. */
  static final int SHOWN_RECORDS = 3;

  @Mixin RecordSource source;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month (in the profile's zone). Default: the month of --at.")
  String month;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "The first month of a span.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "The last month of a span (included).")
  String to;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "community",
      converter = LevelConverter.class,
      description =
          "The level units are rolled up to: courtyard, grid, community, sub-district, district or"
              + " city. Default: ${DEFAULT-VALUE}.")
  TierLevel level;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "2",
      description = "The smallest class listed (at least 1). Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Mixin TableOrJson output;

  /** Reads a level as {@code sub-district}, {@code sub_district} or {@code SUB_DISTRICT}. */
  static final class LevelConverter implements ITypeConverter<TierLevel> {
    @Override
    public TierLevel convert(String value) {
      try {
        return TierLevel.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a level (courtyard, grid, community, sub-district, district, city)");
      }
    }
  }

  /** The period: months from, to (both included). */
  record Period(YearMonth first, YearMonth last) {
    Instant start(ZoneId zone) {
      return first.atDay(1).atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
      return last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
      return first.equals(last) ? first.toString() : first + ".." + last;
    }
  }

  @Override
  public Integer call() {
    CliContext context = source.context();
    Lang lang = source.lang();
    ModelOptions model = source.model();
    if (model.jurisdiction == null) {
      throw new CliFailure("--units: the unit tree is required (themes rolls units up in it)");
    }
    if (minCount < 1) {
      throw new CliFailure("--min-count: must be at least 1, was " + minCount);
    }
    Profile profile = model.profile();
    ZoneId zone = profile.zone();
    Period period = period(model.at(context), zone);
    Jurisdiction jurisdiction = model.jurisdiction().orElseThrow();
    BadLines read = source.read();
    List<RecurringClass> classes;
    try {
      classes =
          RecurringIssues.of(jurisdiction, RecurringSettings.of(level, minCount))
              .findInRecords(read.records(), period.start(zone), period.end(zone));
    } catch (InvalidModelException e) {
      throw new CliFailure("FILE: the records cannot be grouped: " + e.getMessage(), e);
    }
    Map<TopicId, List<String>> recordsOfTopic = new LinkedHashMap<>();
    for (Deliberation record : read.records()) {
      recordsOfTopic.computeIfAbsent(record.topic().id(), k -> new ArrayList<>()).add(record.id().value());
    }
    Naming naming = new Naming(profile, jurisdiction, lang.locale());
    context.out().print(
        output.json()
            ? json(classes, recordsOfTopic, naming, period)
            : table(classes, recordsOfTopic, naming, lang));
    context.out().flush();
    context.err().println(
        read.summary(
            lang,
            lang.pick(
                period + " 反复出现的问题 " + classes.size() + " 类",
                classes.size() + " recurring classes in " + period)));
    return read.exitCode();
  }

  private Period period(Instant at, ZoneId zone) {
    if (month != null && (from != null || to != null)) {
      throw new CliFailure("--month: give either --month or --from/--to, not both");
    }
    if (month != null) {
      YearMonth m = yearMonth("--month", month);
      return new Period(m, m);
    }
    if (from == null && to == null) {
      YearMonth m = YearMonth.from(at.atZone(zone));
      return new Period(m, m);
    }
    if (from == null || to == null) {
      throw new CliFailure(from == null ? "--from: required with --to" : "--to: required with --from");
    }
    YearMonth first = yearMonth("--from", from);
    YearMonth last = yearMonth("--to", to);
    if (last.isBefore(first)) {
      throw new CliFailure("--to: '" + to + "' is before --from '" + from + "'");
    }
    return new Period(first, last);
  }

  private static YearMonth yearMonth(String option, String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeException e) {
      throw new CliFailure(option + ": '" + text + "' is not a month (2026-11)", e);
    }
  }

  /** Names of classes and units, in a language. */
  record Naming(Profile profile, Jurisdiction jurisdiction, Locale locale) {

    /** The class in words: its catalogue entry's name, else its category's name, else the ids. */
    String of(RecurringClass c) {
      if (c.catalogueEntry().isPresent()) {
        String entry = c.catalogueEntry().get();
        return profile.catalogue().entry(entry).map(e -> e.name().in(locale)).orElse(entry);
      }
      return profile.catalogue().category(c.category()).map(x -> x.name().in(locale)).orElse(c.category());
    }

    /** The unit: its name and id, or its id alone when it is not in the tree. */
    String unit(UnitId id) {
      return jurisdiction.unit(id).map(u -> u.name() + " (" + id.value() + ")").orElse(id.value());
    }
  }

  private static List<String> recordIds(RecurringClass c, Map<TopicId, List<String>> recordsOfTopic) {
    TreeSet<String> ids = new TreeSet<>();
    for (TopicId topic : c.topics()) {
      ids.addAll(recordsOfTopic.getOrDefault(topic, List.of()));
    }
    return List.copyOf(ids);
  }

  private static String table(
      List<RecurringClass> classes, Map<TopicId, List<String>> recordsOfTopic, Naming naming, Lang lang) {
    TextTable table =
        TextTable.of(
                lang.pick("问题类别", "class"),
                lang.pick("单位", "unit"),
                lang.pick("件数", "count"),
                lang.pick("记录", "records"))
            .alignRight(2);
    for (RecurringClass c : classes) {
      List<String> ids = recordIds(c, recordsOfTopic);
      String shown = String.join(", ", ids.subList(0, Math.min(SHOWN_RECORDS, ids.size())));
      if (ids.size() > SHOWN_RECORDS) {
        int more = ids.size() - SHOWN_RECORDS;
        shown += lang.pick(" 等另 " + more + " 条", " and " + more + " more");
      }
      table.row(naming.of(c), naming.unit(c.unit()), c.count(), shown);
    }
    return table.render();
  }

  /**
   * The JSON output: {@code {"period": {"from", "to"}, "level", "classes": [{"category",
   * "catalogueEntry", "name": {"zh-CN", "en"}, "unit", "unitName", "count", "topics", "records"}]}}.
   */
  private String json(
      List<RecurringClass> classes, Map<TopicId, List<String>> recordsOfTopic, Naming naming, Period period) {
    Naming zh = new Naming(naming.profile(), naming.jurisdiction(), Locale.SIMPLIFIED_CHINESE);
    Naming en = new Naming(naming.profile(), naming.jurisdiction(), Locale.ENGLISH);
    return JsonText.of(
        g -> {
          g.writeStartObject();
          g.writeObjectFieldStart("period");
          g.writeStringField("from", period.first().toString());
          g.writeStringField("to", period.last().toString());
          g.writeEndObject();
          g.writeStringField("level", level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
          g.writeArrayFieldStart("classes");
          for (RecurringClass c : classes) {
            g.writeStartObject();
            g.writeStringField("category", c.category());
            g.writeStringField("catalogueEntry", c.catalogueEntry().orElse(null));
            g.writeObjectFieldStart("name");
            g.writeStringField("zh-CN", zh.of(c));
            g.writeStringField("en", en.of(c));
            g.writeEndObject();
            g.writeStringField("unit", c.unit().value());
            g.writeStringField(
                "unitName", naming.jurisdiction().unit(c.unit()).map(u -> u.name()).orElse(null));
            g.writeNumberField("count", c.count());
            g.writeArrayFieldStart("topics");
            for (TopicId topic : c.topics()) {
              g.writeString(topic.value());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("records");
            for (String id : recordIds(c, recordsOfTopic)) {
              g.writeString(id);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }
}
