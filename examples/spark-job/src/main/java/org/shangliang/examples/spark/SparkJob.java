package org.shangliang.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.shangliang.examples.spark.Rows.LineCounts;
import org.shangliang.examples.spark.Rows.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The Spark job: validates and summarises records read as JSON Lines from any path Spark reads (see
 * the module's README for spark-submit and for what each table holds).
 *
 * <p>The profile, unit tree, calendar and links are read on the driver as JSON text ({@link Model})
 * and broadcast; each executor builds its {@link Judge} (and so its validator) once ({@link
 * Judge#of}). Lines are read with Hadoop's {@link TextInputFormat}, which gives each line's byte
 * offset in its file; with the file of the input split, that is where a bad line is. Every line ends
 * in exactly one {@link Line}: a judged record, a bad line or a blank line.
 */
public final class SparkJob {
  private static final Logger LOG = LoggerFactory.getLogger(SparkJob.class);

  private SparkJob() {}

  /**
   * Runs the job: {@code spark-submit --class org.shangliang.examples.spark.SparkJob spark-job.jar
   * --records … --out …} (see {@link JobOptions}). The Spark master and settings come from
   * spark-submit. Exits with status 2 on a usage error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("shangliang-audit").getOrCreate();
    try {
      JobResult result = run(spark, options);
      result.write(options.out(), options.format());
      LineCounts counts = result.counts();
      LOG.info(
          "{} lines: {} records ({} compliant), {} bad, {} blank; tables under {}",
          counts.lines(),
          counts.records(),
          counts.compliant(),
          counts.bad(),
          counts.blank(),
          options.out());
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads the model of the options on the driver (its files through Hadoop's file systems) and
   * judges the records.
   *
   * @param spark the session
   * @param options the options
   * @return the result, its lines cached
   */
  public static JobResult run(SparkSession spark, JobOptions options) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Model model = Model.read(options, file -> readText(conf, file));
    return run(spark, model, options.records());
  }

  /**
   * Judges the records of a path against a model. Nothing runs until a table of the result is
   * asked for; the judged lines are then cached, serialized, in memory and then on disk, for the
   * other tables (serialized: a few hundred bytes a record, and Spark need not estimate the size
   * of every cached object graph, which cost a fifth of a task's time when cached as objects).
   *
   * @param spark the session
   * @param model the model, broadcast to the executors
   * @param records the records' path: a file, a directory, a glob or a comma-separated list
   * @return the result
   */
  public static JobResult run(SparkSession spark, Model model, String records) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Model> broadcast = sc.broadcast(model);
    long id = broadcast.id();
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> input =
        (JavaNewHadoopRDD<LongWritable, Text>)
            sc.newAPIHadoopFile(
                records,
                TextInputFormat.class,
                LongWritable.class,
                Text.class,
                new Configuration(sc.hadoopConfiguration()));
    JavaRDD<Line> lines =
        input
            .mapPartitionsWithInputSplit(
                (split, tuples) -> judge(Judge.of(id, broadcast::value), file(split), tuples), false)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    return new JobResult(spark, lines, broadcast);
  }

  private static String file(InputSplit split) {
    return ((FileSplit) split).getPath().toString();
  }

  /** Judges the lines of one split as they are read; Hadoop reuses its Text, so each is decoded at once. */
  private static Iterator<Line> judge(
      Judge judge, String file, Iterator<Tuple2<LongWritable, Text>> tuples) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return tuples.hasNext();
      }

      @Override
      public Line next() {
        Tuple2<LongWritable, Text> tuple = tuples.next();
        Text text = tuple._2();
        // as Text.toString() (malformed bytes become U+FFFD), but through String's own UTF-8
        // decoder, several times faster on Chinese text than Text's CharsetDecoder
        String line = new String(text.getBytes(), 0, text.getLength(), StandardCharsets.UTF_8);
        return judge.judge(file, tuple._1().get(), line);
      }
    };
  }

  /**
   * Reads a small file's text (a profile, tree, calendar or links) through Hadoop's file systems.
   *
   * @param conf Hadoop's configuration
   * @param file the file's path or URI
   * @return the text, UTF-8
   * @throws UncheckedIOException naming the file if it cannot be read
   */
  static String readText(Configuration conf, String file) {
    Path path = new Path(file);
    try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
