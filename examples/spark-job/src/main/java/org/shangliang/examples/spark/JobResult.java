package org.shangliang.examples.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.ClassKey;
import org.shangliang.examples.spark.Rows.Judged;
import org.shangliang.examples.spark.Rows.Line;
import org.shangliang.examples.spark.Rows.LineCounts;
import org.shangliang.examples.spark.Rows.OutcomeCount;
import org.shangliang.examples.spark.Rows.OverdueCount;
import org.shangliang.examples.spark.Rows.RecordResult;
import org.shangliang.examples.spark.Rows.RecurringCount;
import org.shangliang.examples.spark.Rows.ViolationCount;
import scala.Tuple2;

/**
 * The judged lines of a run and the tables made from them. Each table is a Spark computation over
 * the cached lines; the summaries aggregate per-record keys with {@code reduceByKey} (combined on
 * each executor before the shuffle), so only one row per key crosses the network.
 */
public final class JobResult {
  private final SparkSession spark;
  private final JavaRDD<Line> lines;
  private final Broadcast<Model> model;

  JobResult(SparkSession spark, JavaRDD<Line> lines, Broadcast<Model> model) {
    this.spark = spark;
    this.lines = lines;
    this.model = model;
  }

  /**
   * Every input line's outcome: judged, bad or blank.
   *
   * @return the lines
   */
  public JavaRDD<Line> lines() {
    return lines;
  }

  /**
   * The judged records.
   *
   * @return one per record line
   */
  public JavaRDD<Judged> judged() {
    return lines.filter(line -> line instanceof Judged).map(line -> (Judged) line);
  }

  /**
   * The {@code records} table.
   *
   * @return one result per record line
   */
  public JavaRDD<RecordResult> records() {
    return judged().map(Judged::result);
  }

  /**
   * The {@code bad-lines} table.
   *
   * @return one row per bad line
   */
  public JavaRDD<BadLine> badLines() {
    return lines.filter(line -> line instanceof BadLine).map(line -> (BadLine) line);
  }

  /**
   * The {@code summary} table's counts.
   *
   * @return the counts of every line
   */
  public LineCounts counts() {
    return lines.map(LineCounts::of).fold(LineCounts.NONE, LineCounts::plus);
  }

  /**
   * The {@code violations} table: per rule code, district and month, the records that break the
   * rule and their violations of it.
   *
   * @return the rows
   */
  public JavaRDD<ViolationCount> violations() {
    return judged()
        .flatMapToPair(
            judged -> {
              RecordResult r = judged.result();
              java.util.Map<String, Long> perCode = new java.util.TreeMap<>();
              for (String code : r.codes()) {
                perCode.merge(code, 1L, Long::sum);
              }
              List<Tuple2<List<String>, long[]>> out = new ArrayList<>();
              perCode.forEach(
                  (code, n) ->
                      out.add(new Tuple2<>(List.of(code, r.district(), r.month()), new long[] {1, n})));
              return out.iterator();
            })
        .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})
        .map(t -> new ViolationCount(t._1().get(0), t._1().get(1), t._1().get(2), t._2()[0], t._2()[1]));
  }

  /**
   * The {@code overdue} table: per deliberating unit and rule code, the obligations overdue at the
   * instant.
   *
   * @return the rows
   */
  public JavaRDD<OverdueCount> overdue() {
    return count(
            judged()
                .flatMap(
                    judged ->
                        judged.overdueCodes().stream()
                            .map(code -> List.of(judged.result().unit(), code))
                            .iterator()))
        .map(t -> new OverdueCount(t._1().get(0), t._1().get(1), t._2()));
  }

  /**
   * The {@code recurring} table: the recurring classes of each month across the input (每月一题),
   * each topic (by id) counted once per class, classes of fewer than the model's minimum count
   * left out.
   *
   * @return the rows
   */
  public JavaRDD<RecurringCount> recurring() {
    int minCount = model.value().minCount();
    JavaRDD<ClassKey> keys = judged().flatMap(judged -> judged.classKeys().iterator()).distinct();
    return keys.mapToPair(key -> new Tuple2<>(key.count(0), 1L))
        .reduceByKey(Long::sum)
        .filter(t -> t._2() >= minCount)
        .map(t -> withTopics(t._1(), t._2()));
  }

  private static RecurringCount withTopics(RecurringCount row, long topics) {
    return new RecurringCount(row.month(), row.category(), row.entry(), row.unit(), row.unitLevel(), topics);
  }

  /**
   * The {@code outcomes} table: per district, the records whose outcome classifies to each kind.
   *
   * @return the rows
   */
  public JavaRDD<OutcomeCount> outcomes() {
    return count(judged().map(judged -> List.of(judged.result().district(), judged.outcomeKind())))
        .map(t -> new OutcomeCount(t._1().get(0), t._1().get(1), t._2()));
  }

  private static JavaPairRDD<List<String>, Long> count(JavaRDD<List<String>> keys) {
    return keys.mapToPair(key -> new Tuple2<>(key, 1L)).reduceByKey(Long::sum);
  }

  /**
   * Every table, collected to the driver: for tests and small inputs (the records table holds a
   * row per record).
   *
   * @return the tables
   */
  public Summaries summaries() {
    return new Summaries(
        counts(),
        records().collect(),
        badLines().collect(),
        violations().collect(),
        overdue().collect(),
        recurring().collect(),
        outcomes().collect());
  }

  /**
   * Writes every table under a directory, one sub-directory each: {@code records}, {@code
   * bad-lines}, {@code violations}, {@code overdue}, {@code recurring}, {@code outcomes} and {@code
   * summary}; a table already there is replaced.
   *
   * @param out the directory (any path Spark writes)
   * @param format {@code parquet} or {@code json}
   */
  public void write(String out, String format) {
    StructType records =
        new StructType()
            .add("file", DataTypes.StringType, false)
            .add("offset", DataTypes.LongType, false)
            .add("record", DataTypes.StringType, false)
            .add("unit", DataTypes.StringType, false)
            .add("district", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("compliant", DataTypes.BooleanType, false)
            .add("codes", DataTypes.createArrayType(DataTypes.StringType, false), false);
    write(
        out + "/records",
        format,
        records,
        records()
            .map(
                r ->
                    RowFactory.create(
                        r.file(),
                        r.offset(),
                        r.record(),
                        r.unit(),
                        r.district(),
                        r.month(),
                        r.compliant(),
                        r.codes().toArray(new String[0]))));
    write(
        out + "/bad-lines",
        format,
        strings("file").add("offset", DataTypes.LongType, false).add("column", DataTypes.LongType, false)
            .add("pointer", DataTypes.StringType, false).add("fault", DataTypes.StringType, false),
        badLines().map(b -> RowFactory.create(b.file(), b.offset(), b.column(), b.pointer(), b.fault())));
    write(
        out + "/violations",
        format,
        strings("code", "district", "month")
            .add("records", DataTypes.LongType, false)
            .add("violations", DataTypes.LongType, false),
        violations()
            .map(v -> RowFactory.create(v.code(), v.district(), v.month(), v.records(), v.violations())));
    write(
        out + "/overdue",
        format,
        strings("unit", "code").add("obligations", DataTypes.LongType, false),
        overdue().map(o -> RowFactory.create(o.unit(), o.code(), o.obligations())));
    write(
        out + "/recurring",
        format,
        strings("month", "category", "entry", "unit", "unitLevel").add("topics", DataTypes.LongType, false),
        recurring()
            .map(c -> RowFactory.create(c.month(), c.category(), c.entry(), c.unit(), c.unitLevel(), c.topics())));
    write(
        out + "/outcomes",
        format,
        strings("district", "kind").add("records", DataTypes.LongType, false),
        outcomes().map(o -> RowFactory.create(o.district(), o.kind(), o.records())));
    LineCounts c = counts();
    StructType summary = new StructType();
    for (String name : new String[] {"lines", "blank", "records", "bad", "compliant"}) {
      summary = summary.add(name, DataTypes.LongType, false);
    }
    summary = summary.add("at", DataTypes.StringType, false);
    Row row = RowFactory.create(c.lines(), c.blank(), c.records(), c.bad(), c.compliant(), model.value().at().toString());
    spark.createDataFrame(List.of(row), summary).coalesce(1).write().mode(SaveMode.Overwrite).format(format).save(out + "/summary");
  }

  private static StructType strings(String... names) {
    StructType type = new StructType();
    for (String name : names) {
      type = type.add(name, DataTypes.StringType, false);
    }
    return type;
  }

  private void write(String path, String format, StructType schema, JavaRDD<Row> rows) {
    Dataset<Row> table = spark.createDataFrame(rows, schema);
    table.write().mode(SaveMode.Overwrite).format(format).save(path);
  }

  /**
   * Drops the cached lines and the broadcast model from the executors, and the driver's judge of it
   * (in local mode, the driver is the executor; a cluster's executors end with the application).
   */
  public void release() {
    lines.unpersist(false);
    model.unpersist(false);
    Judge.forget(model.id());
  }
}
