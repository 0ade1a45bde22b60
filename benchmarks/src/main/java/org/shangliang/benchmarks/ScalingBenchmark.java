package org.shangliang.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -prof gc} (add {@code -p
 * owners=10,100,1000,10000} to leave out the largest vote).
 *
 * <p>How {@link Validator#validate} grows with the size of a record, beside the hand-written if-chain
 * of {@link ValidateBenchmark#handWrittenChecks} on the same record. Three dimensions, each from the
 * compliant 20-party record of {@link JinanRecords}:
 *
 * <ul>
 *   <li>{@code owners}: {@link JinanRecords#withOwners(int)}, one meeting whose owners' vote has N
 *       eligible owners (10 to 100,000), each invited and listed, about 97% signed in and 95% voting,
 *       floor areas and ballots drawn from a fixed seed. The hand-written chain does the vote checks a
 *       user would write — every voter and ballot listed, signed in, eligible, not conflicted, once;
 *       the tally by headcount and floor area and the owners' double-threshold decision — and the rest
 *       of the record's checks (quorum, invited and signed-in parties listed, the voter snapshot
 *       against the list, …), so both sides do the same work; its test shows they report the same.
 *   <li>{@code meetings}: {@link JinanRecords#withMeetings(int)}, N monthly full meetings (10 to
 *       1,000).
 *   <li>{@code events}: {@link JinanRecords#withEvents(int)}, an event history of N events (100 to
 *       10,000).
 * </ul>
 *
 * <p>The target is t(10N)/t(N) ≤ 12 for the validator: linear, with room for noise. Every record is
 * built once per trial in {@link Setup}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScalingBenchmark {
  /** Creates the benchmark. */
  public ScalingBenchmark() {}

  /** What every dimension shares: the validator and the caller's unit tree. */
  @State(Scope.Benchmark)
  public static class Shared {
    Validator validator;
    ValidateBenchmark.Units units;

    /** Creates the state; JMH calls {@link #setUp()} before measuring. */
    public Shared() {}

    /** Builds the validator and the unit tree. */
    @Setup
    public void setUp() {
      validator = JinanRecords.validator();
      units = ValidateBenchmark.Units.of(JinanRecords.units());
    }
  }

  /** The record whose one vote has {@link #owners} eligible owners. */
  @State(Scope.Benchmark)
  public static class Owners {
    /** The number of owners voting. */
    @Param({"10", "100", "1000", "10000", "100000"})
    public int owners;

    JinanRecords.Sample sample;

    /** Creates the state; JMH sets {@link #owners} and calls {@link #setUp()}. */
    public Owners() {}

    /** Builds the record from the fixed seed. */
    @Setup
    public void setUp() {
      sample = JinanRecords.withOwners(owners);
    }
  }

  /** The record with {@link #meetings} meetings. */
  @State(Scope.Benchmark)
  public static class Meetings {
    /** The number of meetings. */
    @Param({"10", "100", "1000"})
    public int meetings;

    JinanRecords.Sample sample;

    /** Creates the state; JMH sets {@link #meetings} and calls {@link #setUp()}. */
    public Meetings() {}

    /** Builds the record. */
    @Setup
    public void setUp() {
      sample = JinanRecords.withMeetings(meetings);
    }
  }

  /** The record with {@link #events} events. */
  @State(Scope.Benchmark)
  public static class Events {
    /** The number of events. */
    @Param({"100", "1000", "10000"})
    public int events;

    JinanRecords.Sample sample;

    /** Creates the state; JMH sets {@link #events} and calls {@link #setUp()}. */
    public Events() {}

    /** Builds the record. */
    @Setup
    public void setUp() {
      sample = JinanRecords.withEvents(events);
    }
  }

  /**
   * The validator on the N-owner vote.
   *
   * @param shared the validator
   * @param record the record
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport validateOwners(Shared shared, Owners record) {
    return shared.validator.validate(record.sample.record(), record.sample.now());
  }

  /**
   * The hand-written if-chain on the N-owner vote.
   *
   * @param shared the unit tree
   * @param record the record
   * @return the violations found (none)
   */
  @Benchmark
  public List<String> handWrittenOwners(Shared shared, Owners record) {
    return ValidateBenchmark.handWrittenChecks(record.sample.record(), record.sample.now(), shared.units);
  }

  /**
   * The validator on N meetings.
   *
   * @param shared the validator
   * @param record the record
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport validateMeetings(Shared shared, Meetings record) {
    return shared.validator.validate(record.sample.record(), record.sample.now());
  }

  /**
   * The hand-written if-chain on N meetings.
   *
   * @param shared the unit tree
   * @param record the record
   * @return the violations found (none)
   */
  @Benchmark
  public List<String> handWrittenMeetings(Shared shared, Meetings record) {
    return ValidateBenchmark.handWrittenChecks(record.sample.record(), record.sample.now(), shared.units);
  }

  /**
   * The validator on N events.
   *
   * @param shared the validator
   * @param record the record
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport validateEvents(Shared shared, Events record) {
    return shared.validator.validate(record.sample.record(), record.sample.now());
  }

  /**
   * The hand-written if-chain on N events.
   *
   * @param shared the unit tree
   * @param record the record
   * @return the violations found (none)
   */
  @Benchmark
  public List<String> handWrittenEvents(Shared shared, Events record) {
    return ValidateBenchmark.handWrittenChecks(record.sample.record(), record.sample.now(), shared.units);
  }
}
