package org.shangliang.examples.spark;

import java.util.ArrayList;
import java.util.Iterator;
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
import org.apache.spark.storage.StorageLevel;
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
 * The judged lines of a run and the tables made from them. The judged lines are cached; the records
 * and bad lines are read from them, and every summary from one set of sums made in one more pass
 * over them ({@code reduceByKey}, combined on each executor before the shuffle, so only one row per
 * key and partition crosses the network). Not thread-safe: use a result from one thread.
 */
public final class JobResult {
  private final SparkSession spark;
  private final JavaRDD<Line> lines;
  private final Broadcast<Model> model;
  private JavaPairRDD<String, long[]> sums;

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
   * The sums behind every summary, made in one pass over the judged lines and cached: each line
   * gives its contributions to each table under a key of the table's tag and its columns (one
   * string, the parts separated by U+001F, which no identifier, code or month holds), and {@code
   * reduceByKey} adds them up, on each executor before the shuffle. The recurring classes' keys
   * hold the topic's id too, so that adding them up counts each topic once per class.
   *
   * @return the sums by key
   */
  private JavaPairRDD<String, long[]> sums() {
    if (sums == null) {
      sums =
          lines
              .flatMapToPair(JobResult::contributions)
              .reduceByKey(JobResult::plus, summaryPartitions())
              .persist(StorageLevel.MEMORY_AND_DISK());
    }
    return sums;
  }

  /**
   * How many partitions the sums are spread over: one for every 8 input partitions, at least one.
   * The sums are small beside the records, and each partition of a summary table is a file.
   */
  private int summaryPartitions() {
    return Math.max(1, lines.getNumPartitions() / 8);
  }

  private static final String SEP = "\u001f";
  private static final String COUNTS = "L";
  private static final String VIOLATIONS = "V";
  private static final String OVERDUE = "O";
  private static final String OUTCOMES = "K";
  private static final String TOPICS = "T";

  private static String key(String tag, String... columns) {
    return tag + SEP + String.join(SEP, columns);
  }

  /** The columns of a key, without its tag. */
  private static String[] columns(String key) {
    String[] parts = key.split(SEP, -1);
    return java.util.Arrays.copyOfRange(parts, 1, parts.length);
  }

  private static long[] plus(long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = a[i] + b[i];
    }
    return sum;
  }

  private static Iterator<Tuple2<String, long[]>> contributions(Line line) {
    List<Tuple2<String, long[]>> out = new ArrayList<>();
    LineCounts c = LineCounts.of(line);
    out.add(new Tuple2<>(COUNTS, new long[] {c.lines(), c.blank(), c.records(), c.bad(), c.compliant()}));
    if (line instanceof Judged judged) {
      RecordResult r = judged.result();
      java.util.Map<String, Long> perCode = new java.util.TreeMap<>();
      for (String code : r.codes()) {
        perCode.merge(code, 1L, Long::sum);
      }
      perCode.forEach(
          (code, n) -> out.add(new Tuple2<>(key(VIOLATIONS, code, r.district(), r.month()), new long[] {1, n})));
      for (String code : judged.overdueCodes()) {
        out.add(new Tuple2<>(key(OVERDUE, r.unit(), code), new long[] {1}));
      }
      out.add(new Tuple2<>(key(OUTCOMES, r.district(), judged.outcomeKind()), new long[] {1}));
      for (ClassKey k : judged.classKeys()) {
        out.add(
            new Tuple2<>(
                key(TOPICS, k.month(), k.category(), k.entry(), k.unit(), k.unitLevel(), k.topic()),
                new long[] {1}));
      }
    }
    return out.iterator();
  }

  private JavaRDD<Tuple2<String[], long[]>> table(String tag) {
    String prefix = tag + SEP;
    return sums().filter(t -> t._1().startsWith(prefix)).map(t -> new Tuple2<>(columns(t._1()), t._2()));
  }

  /**
   * The {@code summary} table's counts.
   *
   * @return the counts of every line
   */
  public LineCounts counts() {
    List<long[]> counts = sums().filter(t -> t._1().equals(COUNTS)).values().collect();
    if (counts.isEmpty()) {
      return LineCounts.NONE;
    }
    long[] n = counts.get(0);
    return new LineCounts(n[0], n[1], n[2], n[3], n[4]);
  }

  /**
   * The {@code violations} table: per rule code, district and month, the records that break the
   * rule and their violations of it.
   *
   * @return the rows
   */
  public JavaRDD<ViolationCount> violations() {
    return table(VIOLATIONS).map(t -> new ViolationCount(t._1()[0], t._1()[1], t._1()[2], t._2()[0], t._2()[1]));
  }

  /**
   * The {@code overdue} table: per deliberating unit and rule code, the obligations overdue at the
   * instant.
   *
   * @return the rows
   */
  public JavaRDD<OverdueCount> overdue() {
    return table(OVERDUE).map(t -> new OverdueCount(t._1()[0], t._1()[1], t._2()[0]));
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
    return table(TOPICS)
        .mapToPair(t -> new Tuple2<>(key(TOPICS, java.util.Arrays.copyOf(t._1(), 5)), 1L))
        .reduceByKey(Long::sum)
        .filter(t -> t._2() >= minCount)
        .map(
            t -> {
              String[] c = columns(t._1());
              return new RecurringCount(c[0], c[1], c[2], c[3], c[4], t._2());
            });
  }

  /**
   * The {@code outcomes} table: per district, the records whose outcome classifies to each kind.
   *
   * @return the rows
   */
  public JavaRDD<OutcomeCount> outcomes() {
    return table(OUTCOMES).map(t -> new OutcomeCount(t._1()[0], t._1()[1], t._2()[0]));
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
    Row row =
        RowFactory.create(
            c.lines(), c.blank(), c.records(), c.bad(), c.compliant(), model.value().at().toString());
    spark
        .createDataFrame(List.of(row), summary)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .format(format)
        .save(out + "/summary");
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
    if (sums != null) {
      sums.unpersist(false);
    }
    model.unpersist(false);
    Judge.forget(model.id());
  }
}
