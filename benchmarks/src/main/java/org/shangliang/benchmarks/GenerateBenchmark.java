package org.shangliang.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Generation of valid scenarios (the testkit issue's target: at least 5,000 valid 20-party Jinan
 * scenarios per second on one core), against what a test author does without the testkit: build
 * the record by hand ({@link JinanRecords#compliant()}, the 20-party lift-installation record, about
 * 400 lines of builder calls with fixed data). One thread, so one core.
 *
 * <ul>
 *   <li>{@code validJinan20}: {@code Scenarios.valid(Profiles.jinan()).generate(seed, 20)}, a new
 *       seed each call: a generated unit tree and work calendar, a record of about 20 parties with
 *       whatever structure the seed draws (meetings, votes, outcome, follow-up), and its validator;
 *   <li>{@code validJinan20AndValidated}: the same, then validated — what a property test does with
 *       each scenario;
 *   <li>{@code handBuiltJinan20}: the hand-written record and its instant, built again each call.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class GenerateBenchmark {
  private final ScenarioGen valid = Scenarios.valid(Profiles.jinan());
  private long seed = 20_261_204L;

  /**
   * One valid 20-party Jinan scenario from a new seed.
   *
   * @return the scenario
   */
  @Benchmark
  public Scenario validJinan20() {
    return valid.generate(seed++, 20);
  }

  /**
   * One valid 20-party Jinan scenario from a new seed, validated.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validJinan20AndValidated() {
    return valid.generate(seed++, 20).validate();
  }

  /**
   * The hand-written 20-party record, built again.
   *
   * @return the record and its instant
   */
  @Benchmark
  public JinanRecords.Sample handBuiltJinan20() {
    return JinanRecords.compliant();
  }
}
