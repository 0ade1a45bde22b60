package org.shangliang.examples.spark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.LineCounts;
import org.shangliang.examples.spark.Rows.OutcomeCount;
import org.shangliang.examples.spark.Rows.OverdueCount;
import org.shangliang.examples.spark.Rows.RecordResult;
import org.shangliang.examples.spark.Rows.RecurringCount;
import org.shangliang.examples.spark.Rows.ViolationCount;

/**
 * Every table of a run, each sorted by its row type's order, so that two runs over the same lines
 * are equal whatever order they produced rows in: the job's ({@link JobResult#summaries()}) and the
 * plain loop's ({@link PlainJob#run}).
 *
 * @param counts the line counts
 * @param records one result per record
 * @param badLines one row per bad line
 * @param violations violations by rule code, district and month
 * @param overdue overdue obligations by unit and rule code
 * @param recurring recurring classes by month
 * @param outcomes outcome kinds by district
 */
public record Summaries(
    LineCounts counts,
    List<RecordResult> records,
    List<BadLine> badLines,
    List<ViolationCount> violations,
    List<OverdueCount> overdue,
    List<RecurringCount> recurring,
    List<OutcomeCount> outcomes) {

  /**
   * Sorts and copies the tables.
   *
   * @param counts the counts
   * @param records the records
   * @param badLines the bad lines
   * @param violations the violations
   * @param overdue the overdue
   * @param recurring the recurring
   * @param outcomes the outcomes
   */
  public Summaries {
    Objects.requireNonNull(counts, "counts");
    records = sorted(records, RecordResult.ORDER);
    badLines = sorted(badLines, BadLine.ORDER);
    violations = sorted(violations, ViolationCount.ORDER);
    overdue = sorted(overdue, OverdueCount.ORDER);
    recurring = sorted(recurring, RecurringCount.ORDER);
    outcomes = sorted(outcomes, OutcomeCount.ORDER);
  }

  private static <T> List<T> sorted(Collection<T> rows, Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(rows);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
