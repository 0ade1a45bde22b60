package org.shangliang.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;

/**
 * Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark -prof gc}.
 *
 * <p>deliberation-json against Jackson databind into plain mutable beans of the same shape ({@link
 * RecordBeans}), the JSON issue's target: reading records at least as fast as databind reads the
 * beans, writing at least 0.9× as fast. The documents are {@value #DOCUMENTS} generated 20-party
 * Jinan records ({@code Scenarios.valid(Profiles.jinan()).generate(seed, 20)}, seeds {@value
 * #FIRST_SEED} on, 2 to 14 KB each), as compact UTF-8 bytes built once in {@link #setUp()}; each
 * benchmark cycles through them, one document a call.
 *
 * <ul>
 *   <li>{@code readOurs}: {@code DeliberationJson.read(RECORD, bytes)}: strict reading and the
 *       core's builders (every value checked and built immutable);
 *   <li>{@code readDatabindBeans}: {@code ObjectMapper.readValue(bytes, RecordBean.class)} with the
 *       strictest configuration databind offers ({@link RecordBeans#mapper()});
 *   <li>{@code writeOurs}: {@code DeliberationJson.writeBytes(RECORD, record)} of the records read
 *       once in {@link #setUp()};
 *   <li>{@code writeDatabindBeans}: {@code ObjectMapper.writeValueAsBytes(bean)} of the beans read
 *       once in {@link #setUp()}.
 * </ul>
 *
 * <p>{@code JsonBenchmarkTest} checks that every document read into the beans and written back is
 * the same JSON as our writer writes, so both sides carry the same data.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {
  /** How many documents the benchmarks cycle through (a power of two). */
  static final int DOCUMENTS = 64;

  /** The seed of the first document. */
  static final long FIRST_SEED = 20_261_205L;

  private DeliberationJson json;
  private ObjectMapper mapper;
  private byte[][] documents;
  private Deliberation[] records;
  private RecordBeans.RecordBean[] beans;
  private int next;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public JsonBenchmark() {}

  /**
   * The documents: {@value #DOCUMENTS} generated 20-party Jinan records as compact JSON bytes.
   *
   * @param json the writer
   * @return the documents
   */
  static List<byte[]> documents(DeliberationJson json) {
    ScenarioGen valid = Scenarios.valid(Profiles.jinan());
    List<byte[]> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(json.writeBytes(DocumentKind.RECORD, valid.generate(FIRST_SEED + i, 20).record()));
    }
    return documents;
  }

  /**
   * Writes the documents and reads each once as a record and as beans.
   *
   * @throws IOException never: the beans read every document
   */
  @Setup
  public void setUp() throws IOException {
    json = DeliberationJson.create();
    mapper = RecordBeans.mapper();
    documents = documents(json).toArray(new byte[0][]);
    records = new Deliberation[DOCUMENTS];
    beans = new RecordBeans.RecordBean[DOCUMENTS];
    for (int i = 0; i < DOCUMENTS; i++) {
      records[i] = json.read(DocumentKind.RECORD, documents[i]);
      beans[i] = mapper.readValue(documents[i], RecordBeans.RecordBean.class);
    }
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (DOCUMENTS - 1);
    return i;
  }

  /**
   * Ours reads the next document.
   *
   * @return the record
   */
  @Benchmark
  public Deliberation readOurs() {
    return json.read(DocumentKind.RECORD, documents[nextIndex()]);
  }

  /**
   * Databind reads the next document into beans.
   *
   * @return the beans
   * @throws IOException never: the documents are valid
   */
  @Benchmark
  public RecordBeans.RecordBean readDatabindBeans() throws IOException {
    return mapper.readValue(documents[nextIndex()], RecordBeans.RecordBean.class);
  }

  /**
   * Ours writes the next record.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] writeOurs() {
    return json.writeBytes(DocumentKind.RECORD, records[nextIndex()]);
  }

  /**
   * Databind writes the next beans.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeDatabindBeans() throws IOException {
    return mapper.writeValueAsBytes(beans[nextIndex()]);
  }
}
