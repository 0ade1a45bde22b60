package org.shangliang.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.testkit.Minimized;
import org.shangliang.deliberation.testkit.Minimizer;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Minimizing (the testkit issue's target: a 100-party failing scenario in under a second). The
 * scenario is {@code Scenarios.valid(Profiles.jinan()).generate(0L, 120)} (over 100 parties, a
 * community meeting, steps, events, an outcome …); the failing check validates it with a user's
 * rule that has a planted bug (it treats two listed resident units as public funds and asks for an
 * audit supervisor) and fails while that rule reports. The minimizer brings it down to the two
 * resident units the bug needs.
 *
 * <ul>
 *   <li>{@code minimizePlantedBug}: the whole minimization, every check a full validation;
 *   <li>{@code oneCheck}: one run of the check on the large scenario, the unit of the minimizer's
 *       cost (it runs the check a few hundred times, mostly on ever smaller records).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MinimizeBenchmark {
  private static final RuleCode CODE = RuleCode.of("acme.public-funds.audit-supervisor");

  /** The user's rule with its planted bug. */
  static final class AuditSupervisorRule implements Rule {
    @Override
    public RuleCode code() {
      return CODE;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String source() {
      return "the city's own procedure on public funds";
    }

    @Override
    public void check(RuleContext context) {
      Deliberation record = context.deliberation();
      boolean spendsPublicFunds =
          record.topic().publicFunds().isPresent()
              || record.parties().ofKind(PartyKind.RESIDENT_UNIT).size() >= 2; // the bug
      if (spendsPublicFunds
          && !record.parties().hasKindInRole(PartyKind.AUDIT, PartyRole.SUPERVISOR)) {
        context.report(Path.of("parties"), PartyKind.AUDIT);
      }
    }
  }

  private static final Predicate<Scenario> FAILS =
      s -> !s.validateWith(new AuditSupervisorRule()).violationsOf(CODE).isEmpty();

  private Scenario large;

  /** Generates the failing scenario and checks that it fails. */
  @Setup(Level.Trial)
  public void setUp() {
    large = Scenarios.valid(Profiles.jinan()).generate(0L, 120);
    if (large.record().parties().parties().size() < 100 || !FAILS.test(large)) {
      throw new IllegalStateException("the scenario must have 100 parties and fail: " + large);
    }
  }

  /**
   * Minimizes the failing scenario.
   *
   * @return the result
   */
  @Benchmark
  public Minimized minimizePlantedBug() {
    return Minimizer.minimize(large, FAILS);
  }

  /**
   * Runs the check once on the large scenario.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport oneCheck() {
    return large.validateWith(new AuditSupervisorRule());
  }
}
