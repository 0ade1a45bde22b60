package org.shangliang.examples.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rows of the job's tables, and what one input line comes to ({@link Line}). Every row is an
 * immutable, serializable record; the lists they hold are unmodifiable. "No district", "no catalogue
 * entry" and "no level" are the empty string, never {@code null}.
 */
public final class Rows {
  private Rows() {}

  /** What one input line comes to: a judged record, a bad line or a blank line. */
  public sealed interface Line extends Serializable permits Judged, BadLine, BlankLine {
    /**
     * The file the line is in, as Hadoop names it ({@code file:/data/records.jsonl}, {@code
     * hdfs://…}).
     *
     * @return the file
     */
    String file();

    /**
     * The byte offset in the file at which the line starts (0 for the first line, a byte order mark
     * included).
     *
     * @return the offset
     */
    long offset();
  }

  /**
   * A blank line (nothing but white space): counted, never judged.
   *
   * @param file the file
   * @param offset the line's byte offset
   */
  public record BlankLine(String file, long offset) implements Line {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A line that is not a record: its location and what is wrong, from {@link
   * org.shangliang.deliberation.json.DeliberationJsonException} (for personal data the fault, never
   * the value).
   *
   * @param file the file
   * @param offset the line's byte offset
   * @param column the column in the line (1 for the first character), or 0 if unknown
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param fault the fault
   */
  public record BadLine(String file, long offset, long column, String pointer, String fault)
      implements Line {
    private static final long serialVersionUID = 1L;

    /** Orders bad lines by file, then offset. */
    public static final Comparator<BadLine> ORDER =
        Comparator.comparing(BadLine::file).thenComparingLong(BadLine::offset);
  }

  /**
   * One record's result, a row of the {@code records} table.
   *
   * @param file the file the record's line is in
   * @param offset the line's byte offset
   * @param record the record's id
   * @param unit the deliberating unit's id
   * @param district the id of the district the deliberating unit is in (itself, if it is a
   *     district); empty if it is in none: above the district level, in a tree without one, or not
   *     in the tree
   * @param month the month the topic was raised in the profile's zone, {@code 2026-11}
   * @param compliant whether the report has no error (warnings may remain)
   * @param codes the code of each violation (errors and warnings), in the report's order; a code
   *     broken at two places is listed twice
   */
  public record RecordResult(
      String file,
      long offset,
      String record,
      String unit,
      String district,
      String month,
      boolean compliant,
      List<String> codes)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Orders results by file, then offset. */
    public static final Comparator<RecordResult> ORDER =
        Comparator.comparing(RecordResult::file).thenComparingLong(RecordResult::offset);

    /**
     * Copies the codes.
     *
     * @param file the file
     * @param offset the line's byte offset
     * @param record the record's id
     * @param unit the deliberating unit
     * @param district the district
     * @param month the month
     * @param compliant whether the report has no error
     * @param codes the violations' codes
     */
    public RecordResult {
      codes = List.copyOf(codes);
    }
  }

  /**
   * A judged record: its result and the facts the summaries need.
   *
   * @param result the record's result
   * @param overdueCodes the rule code of each obligation overdue at the instant
   * @param outcomeKind the kind its outcome's facts classify to ({@code immediate}, {@code shelved},
   *     {@code committed}, {@code recommendation}), or {@code none} without an outcome
   * @param classKeys the recurring classes its topic counts in, with the topic's id
   */
  public record Judged(
      RecordResult result, List<String> overdueCodes, String outcomeKind, List<ClassKey> classKeys)
      implements Line {
    private static final long serialVersionUID = 1L;

    /**
     * Copies the lists.
     *
     * @param result the result
     * @param overdueCodes the overdue codes
     * @param outcomeKind the outcome kind
     * @param classKeys the class keys
     */
    public Judged {
      Objects.requireNonNull(result, "result");
      overdueCodes = List.copyOf(overdueCodes);
      classKeys = List.copyOf(classKeys);
    }

    @Override
    public String file() {
      return result.file();
    }

    @Override
    public long offset() {
      return result.offset();
    }
  }

  /**
   * One recurring class a topic counts in ({@link
   * org.shangliang.deliberation.query.RecurringIssues#classUnits}), with the topic.
   *
   * @param month the month the topic was raised in the profile's zone
   * @param category the topic's category
   * @param entry the topic's catalogue entry, or empty
   * @param unit the unit its affected units roll up to
   * @param unitLevel that unit's level ({@code community} …), or empty if it is not in the tree
   * @param topic the topic's id
   */
  public record ClassKey(
      String month, String category, String entry, String unit, String unitLevel, String topic)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A row of the {@code violations} table: one rule code in one district and month.
   *
   * @param code the rule code
   * @param district the district (see {@link RecordResult#district()})
   * @param month the month the topics were raised
   * @param records how many records break the rule
   * @param violations how many violations of the rule they hold
   */
  public record ViolationCount(String code, String district, String month, long records, long violations)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Orders rows by code, district, month. */
    public static final Comparator<ViolationCount> ORDER =
        Comparator.comparing(ViolationCount::code)
            .thenComparing(ViolationCount::district)
            .thenComparing(ViolationCount::month);
  }

  /**
   * A row of the {@code overdue} table: the obligations of one rule overdue at the instant in the
   * records deliberated at one unit.
   *
   * @param unit the deliberating unit
   * @param code the obligation's rule code
   * @param obligations how many are overdue
   */
  public record OverdueCount(String unit, String code, long obligations) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Orders rows by unit, code. */
    public static final Comparator<OverdueCount> ORDER =
        Comparator.comparing(OverdueCount::unit).thenComparing(OverdueCount::code);
  }

  /**
   * A row of the {@code recurring} table: a recurring class of a month (每月一题), as {@link
   * org.shangliang.deliberation.query.RecurringIssues} finds it over the province's records.
   *
   * @param month the month the topics were raised
   * @param category the category
   * @param entry the catalogue entry, or empty
   * @param unit the unit the topics' affected units roll up to
   * @param unitLevel the unit's level, or empty if it is not in the tree
   * @param topics how many distinct topics (by id) are in the class
   */
  public record RecurringCount(
      String month, String category, String entry, String unit, String unitLevel, long topics)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Orders rows by month, then largest first, then category, entry, unit. */
    public static final Comparator<RecurringCount> ORDER =
        Comparator.comparing(RecurringCount::month)
            .thenComparing(Comparator.comparingLong(RecurringCount::topics).reversed())
            .thenComparing(RecurringCount::category)
            .thenComparing(RecurringCount::entry)
            .thenComparing(RecurringCount::unit);
  }

  /**
   * A row of the {@code outcomes} table: the records of one district whose outcome classifies to
   * one kind.
   *
   * @param district the district (see {@link RecordResult#district()})
   * @param kind the kind, or {@code none}
   * @param records how many records
   */
  public record OutcomeCount(String district, String kind, long records) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Orders rows by district, kind. */
    public static final Comparator<OutcomeCount> ORDER =
        Comparator.comparing(OutcomeCount::district).thenComparing(OutcomeCount::kind);
  }

  /**
   * The {@code summary} table's one row: how many lines the input had and what they came to.
   * {@code lines == blank + records + bad}.
   *
   * @param lines the lines read
   * @param blank the blank lines
   * @param records the records judged
   * @param bad the bad lines
   * @param compliant the records without an error
   */
  public record LineCounts(long lines, long blank, long records, long bad, long compliant)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No lines. */
    public static final LineCounts NONE = new LineCounts(0, 0, 0, 0, 0);

    /**
     * The counts of one line.
     *
     * @param line the line
     * @return its counts
     */
    public static LineCounts of(Line line) {
      if (line instanceof Judged judged) {
        return new LineCounts(1, 0, 1, 0, judged.result().compliant() ? 1 : 0);
      }
      return line instanceof BadLine ? new LineCounts(1, 0, 0, 1, 0) : new LineCounts(1, 1, 0, 0, 0);
    }

    /**
     * The sum of two counts.
     *
     * @param other the other counts
     * @return the sum
     */
    public LineCounts plus(LineCounts other) {
      return new LineCounts(
          lines + other.lines,
          blank + other.blank,
          records + other.records,
          bad + other.bad,
          compliant + other.compliant);
    }
  }
}
