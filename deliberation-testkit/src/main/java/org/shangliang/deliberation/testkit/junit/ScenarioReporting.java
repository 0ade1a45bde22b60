package org.shangliang.deliberation.testkit.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;
import org.shangliang.deliberation.testkit.Scenario;

/**
 * A JUnit 5 extension that makes a failing scenario reproducible: when a test invocation whose
 * arguments include a {@link Scenario} fails, it adds to the failure, as a suppressed {@link
 * Reproduction}, each scenario's seed and the one line of Java that rebuilds it ({@link
 * Scenario#snippet()}), and publishes them as report entries ({@code scenario.seed}, {@code
 * scenario.snippet}; numbered {@code scenario1.seed} … when an invocation has several scenarios).
 * The failure itself is rethrown unchanged (same type, message, expected and actual values), so IDEs
 * still show their diff; a test aborted by an assumption is left alone.
 *
 * <p>{@link ValidScenarios}, {@link BreakingScenarios} and {@link EachRuleCode} apply it. Register
 * it yourself for scenarios from other sources:
 *
 * <pre>{@code
 * @ExtendWith(ScenarioReporting.class)
 * class MyTest {
 *   static Stream<Scenario> scenarios() { return Scenarios.valid(Profiles.bishan()).scenarios(1L, 50); }
 *
 *   @ParameterizedTest
 *   @MethodSource("scenarios")
 *   void clean(Scenario scenario) { … }
 * }
 * }</pre>
 *
 * <p>A failure then ends with, for instance:
 *
 * <pre>
 * Suppressed: org.shangliang.deliberation.testkit.junit.ScenarioReporting$Reproduction: scenario of
 *   seed 20260101 (size 20); rebuild it with: Scenarios.valid(Profiles.jinan()).generate(20260101L, 20)
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioReporting implements InvocationInterceptor {
  /** Creates the extension; JUnit does. */
  public ScenarioReporting() {}

  /**
   * Runs a parameterized test's invocation, adding its scenarios' seeds and snippets to a failure.
   *
   * @param invocation the invocation
   * @param invocationContext its arguments
   * @param extensionContext where to publish the report entries
   * @throws Throwable the invocation's failure, with a {@link Reproduction} suppressed in it
   */
  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceed(invocation, invocationContext, extensionContext);
  }

  /**
   * Runs a test method, adding the seeds and snippets of scenarios resolved as its parameters to a
   * failure.
   *
   * @param invocation the invocation
   * @param invocationContext its arguments
   * @param extensionContext where to publish the report entries
   * @throws Throwable the invocation's failure, with a {@link Reproduction} suppressed in it
   */
  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceed(invocation, invocationContext, extensionContext);
  }

  private static void proceed(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException | VirtualMachineError untouched) {
      throw untouched;
    } catch (Throwable failure) {
      List<Scenario> scenarios = new ArrayList<>();
      for (Object argument : invocationContext.getArguments()) {
        if (argument instanceof Scenario) {
          scenarios.add((Scenario) argument);
        }
      }
      Map<String, String> entries = new LinkedHashMap<>();
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        String key = scenarios.size() == 1 ? "scenario" : "scenario" + (i + 1);
        entries.put(key + ".seed", Long.toString(scenario.seed()));
        entries.put(key + ".snippet", scenario.snippet());
        failure.addSuppressed(new Reproduction(scenario));
      }
      if (!entries.isEmpty()) {
        extensionContext.publishReportEntry(entries);
      }
      throw failure;
    }
  }

  /**
   * What reproduces a failed scenario: its seed, its size and the line that rebuilds it, suppressed
   * in the failure of the invocation that received it. It has no stack trace of its own.
   */
  public static final class Reproduction extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The scenario's seed. */
    private final long seed;

    /** The line that rebuilds the scenario. */
    private final String snippet;

    Reproduction(Scenario scenario) {
      super(
          "scenario of seed " + scenario.seed() + " (size " + scenario.size()
              + "); rebuild it with: " + scenario.snippet(),
          null,
          false,
          false);
      this.seed = scenario.seed();
      this.snippet = scenario.snippet();
    }

    /**
     * The scenario's seed.
     *
     * @return the seed
     */
    public long seed() {
      return seed;
    }

    /**
     * The one line of Java that rebuilds the scenario ({@link Scenario#snippet()}).
     *
     * @return the snippet
     */
    public String snippet() {
      return snippet;
    }
  }
}
