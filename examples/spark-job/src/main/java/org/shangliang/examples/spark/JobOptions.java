package org.shangliang.examples.spark;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * The command line of {@link SparkJob#main}:
 *
 * <pre>
 * --records PATH --profile NAME|FILE --jurisdiction FILE [--calendar FILE] [--household-links FILE]
 * --at INSTANT --out DIR [--level LEVEL] [--min-count N] [--format parquet|json]
 * </pre>
 *
 * <p>{@code --records} is any path Spark's Hadoop input reads: a file, a directory, a glob or a
 * comma-separated list of them, on a local disk, HDFS or object storage. The other files are read
 * once, on the driver. Without {@code --calendar} every Monday to Friday is a working day. {@code
 * --at} is an ISO-8601 instant with {@code Z} or an offset ({@code 2026-12-05T10:00:00Z}, {@code
 * 2026-12-05T18:00+08:00}): the job reads no clock. {@code --level} is the level the recurring
 * classes' units are rolled up to (default {@code community}), {@code --min-count} the smallest class
 * kept (default 2), {@code --format} the format of the output tables (default {@code parquet}).
 *
 * @param records the records' path (JSON Lines)
 * @param profile a built-in profile's id or a profile file
 * @param jurisdiction the unit tree's file
 * @param calendar the work calendar's file, if any
 * @param householdLinks the household links' file, if any
 * @param at the instant records are judged at
 * @param out the directory the tables are written under
 * @param level the level recurring classes are rolled up to
 * @param minCount the smallest recurring class kept, at least 1
 * @param format {@code parquet} or {@code json}
 */
public record JobOptions(
    String records,
    String profile,
    String jurisdiction,
    Optional<String> calendar,
    Optional<String> householdLinks,
    Instant at,
    String out,
    TierLevel level,
    int minCount,
    String format) {

  /** The usage line, printed with a usage error. */
  public static final String USAGE =
      "usage: SparkJob --records PATH --profile NAME|FILE --jurisdiction FILE [--calendar FILE]"
          + " [--household-links FILE] --at INSTANT --out DIR [--level LEVEL] [--min-count N]"
          + " [--format parquet|json]";

  /**
   * Checks the options.
   *
   * @param records the records' path
   * @param profile a built-in profile's id or a profile file
   * @param jurisdiction the unit tree's file
   * @param calendar the work calendar's file, if any
   * @param householdLinks the household links' file, if any
   * @param at the instant records are judged at
   * @param out the output directory
   * @param level the level recurring classes are rolled up to
   * @param minCount the smallest recurring class kept
   * @param format {@code parquet} or {@code json}
   * @throws IllegalArgumentException if {@code minCount} is below 1 or {@code format} is neither
   *     {@code parquet} nor {@code json}, naming the option and the value
   */
  public JobOptions {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(householdLinks, "householdLinks");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(format, "format");
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count: must be at least 1, was " + minCount);
    }
    if (!format.equals("parquet") && !format.equals("json")) {
      throw new IllegalArgumentException("--format: must be parquet or json, was " + format);
    }
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments, each option followed by its value
   * @return the options
   * @throws IllegalArgumentException on an unknown option, an option without a value or given
   *     twice, a missing required option, or a value that is not of its option's form; the message
   *     names the option and the value
   */
  public static JobOptions parse(String... args) {
    java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!KNOWN.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + ": needs a value");
      }
      if (given.put(name, args[i + 1]) != null) {
        throw new IllegalArgumentException(name + ": given twice");
      }
    }
    return new JobOptions(
        required(given, "--records"),
        required(given, "--profile"),
        required(given, "--jurisdiction"),
        Optional.ofNullable(given.get("--calendar")),
        Optional.ofNullable(given.get("--household-links")),
        instant(required(given, "--at")),
        required(given, "--out"),
        level(given.getOrDefault("--level", "community")),
        count(given.getOrDefault("--min-count", String.valueOf(RecurringSettings.DEFAULT_MIN_COUNT))),
        given.getOrDefault("--format", "parquet"));
  }

  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "--records",
          "--profile",
          "--jurisdiction",
          "--calendar",
          "--household-links",
          "--at",
          "--out",
          "--level",
          "--min-count",
          "--format");

  private static String required(java.util.Map<String, String> given, String name) {
    String value = given.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + ": required");
    }
    return value;
  }

  /**
   * Parses {@code --at}: an ISO-8601 instant with {@code Z} or an offset.
   *
   * @param text the text
   * @return the instant
   * @throws IllegalArgumentException if it is neither
   */
  static Instant instant(String text) {
    try {
      // ISO_OFFSET_DATE_TIME: an offset or Z
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--at: must be an instant with Z or an offset (2026-12-05T10:00:00Z), was " + text, e);
    }
  }

  /**
   * Parses {@code --level}: {@code sub-district}, {@code sub_district} or {@code SUB_DISTRICT}.
   *
   * @param text the text
   * @return the level
   * @throws IllegalArgumentException if it names no level
   */
  static TierLevel level(String text) {
    try {
      return TierLevel.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--level: must be courtyard, grid, community, sub-district, district or city, was " + text, e);
    }
  }

  private static int count(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--min-count: must be a whole number, was " + text, e);
    }
  }
}
