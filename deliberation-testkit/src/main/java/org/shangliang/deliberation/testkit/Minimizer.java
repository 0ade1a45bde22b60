package org.shangliang.deliberation.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.testkit.internal.minimizing.Search;

/**
 * Makes a failing scenario small: given a scenario and a check that fails on it, finds a smaller
 * scenario the check still fails on, one from which no single step of reduction still fails (it is
 * <em>locally minimal</em>). A failure found on a generated record of a hundred parties, two
 * meetings and a vote of hundreds of ballots usually comes down to a handful of parties and nothing
 * else, which is what a failure message should show.
 *
 * <pre>{@code
 * // the check: valid scenarios get no violation of the city's own rule
 * Consumer<Scenario> noViolationOfMyRule = s -> {
 *   Validator validator = Validator.builder(s.profile())
 *       .jurisdiction(s.jurisdiction()).calendar(s.calendar())
 *       .addRule(new MyRule())
 *       .build();
 *   assertThat(validator.validate(s.record(), s.at()).violations())
 *       .extracting(Violation::code).doesNotContain(MyRule.CODE);
 * };
 * Scenario big = Scenarios.valid(Profiles.jinan()).generate(42L, 120); // fails: 120 parties
 * Minimized small = Minimizer.minimizeFailure(big, noViolationOfMyRule);
 * small.scenario().record(); // fails too: two parties, no meetings, a one-letter title
 * small.scenario().snippet(); // the big one's generator, seed and size, then "derived"
 *
 * // or a predicate that is true while the scenario still fails
 * Minimized small2 = Minimizer.minimize(big, s -> s.record().parties().ofKind(EXPERT).size() > 2);
 * }</pre>
 *
 * <h2>The steps</h2>
 *
 * <p>The minimizer makes candidate records from the current one through the testkit's drafts and
 * keeps each candidate the check still fails on:
 *
 * <ul>
 *   <li>it drops elements of lists: the record's meetings, escalations, supervision, revisits,
 *       appraisals, reopenings, steps, events, parties and affected units; each meeting's
 *       invitations, sign-ins, stages, speaking turns, conflicts of interest, raised problems, and
 *       its vote's ballots and eligible voters; an outcome's duties, progress reports and blocking
 *       factors; an escalation's follow-ups; a hotline case's departments; a party's roles;
 *   <li>it drops optional parts: the outcome, the hotline case, the admission, the planned date, a
 *       meeting's vote, result and publicity, a topic's public funds, catalogue entry, settlement
 *       elsewhere and dispute, a party's weight and display name, a duty's details, an escalation's
 *       follower and resolution, a step's completion …;
 *   <li>it shortens free text (titles, summaries, notes, reasons, descriptions, channels) to a
 *       prefix, as short as one character; identifiers are never changed, as other values refer to
 *       them;
 *   <li>it moves numbers toward their bounds: weights (shares, floor areas) and public funds toward
 *       zero, appraisal scores toward the profile's lowest, rounds held toward one, hands raised
 *       toward zero, speaking times toward one second;
 *   <li>it moves instants toward the one the model measures them from: a meeting's end, sign-ins,
 *       stages and vote toward its start, a step's completion toward its entry, a notice's end
 *       toward its start, an escalation's deadline, resolution and follow-ups toward the
 *       escalation, a proposed solution toward its problem, a hotline case's instants toward its
 *       receipt.
 * </ul>
 *
 * <p>A list is reduced as in delta debugging: the minimizer tries to drop the whole list, then each
 * half, each quarter, … and single elements last, so that a failure that needs two parties out of a
 * hundred is found in a few dozen checks, not thousands. It goes round all the places of the record
 * again until a whole round keeps nothing: then no single step (dropping one element or one
 * optional part, or making one text, number or instant simpler) still fails, and {@link
 * Minimized#locallyMinimal()} is {@code true}.
 *
 * <p>A candidate the model refuses to build (an {@link
 * org.shangliang.deliberation.InvalidModelException}: say a meeting's end moved before one of its
 * sign-ins, or a topic's last affected unit dropped) is skipped and costs no check. Every record
 * the minimizer returns the model accepted; it need not be valid for the profile's rules (dropping
 * parties breaks the rules that require them): the check decides what matters.
 *
 * <h2>The check</h2>
 *
 * <p>Two forms: a {@link Predicate} that is {@code true} while the scenario still fails ({@link
 * #minimize(Scenario, Predicate)}), or a check that throws an {@link AssertionError} while it
 * fails, such as an AssertJ assertion ({@link #minimizeFailure(Scenario, Consumer)}).
 *
 * <p><b>Any other exception is not the same failure.</b> If the check throws an {@link Exception}
 * (a {@link NullPointerException} in the code under test, say) on a candidate, that candidate
 * counts as not failing, and so does an {@link AssertionError} thrown by a predicate: the minimizer
 * never turns one bug into another, and what it returns fails the way the original did. Errors
 * other than {@link AssertionError} ({@link OutOfMemoryError}, {@link StackOverflowError} …) are
 * not caught: they end the minimization.
 *
 * <p>The candidates are the original scenario with another record ({@link Scenario#withRecord}):
 * the same profile, jurisdiction, calendar, instant, seed and origin, and the original's expected
 * codes, so a check that compares a report with {@link Scenario#expectedCodes()} keeps its meaning.
 *
 * <h2>Cost and bound</h2>
 *
 * <p>The check runs at most {@link #DEFAULT_MAX_CHECKS} times (the run on the original included)
 * unless another bound is given: the minimizer always ends, and where the bound is reached it
 * returns the smallest failing scenario found so far, with {@link Minimized#locallyMinimal()}
 * {@code false}. Most of the time goes into the check, as each candidate costs a rebuild of the
 * values it changes and one run of the check: with a cheap check, minimizing a scenario of a
 * hundred parties takes a few dozen checks and a few milliseconds; with a check that validates the
 * record, a few hundred checks and well under a second.
 *
 * <p><b>Deterministic.</b> The same scenario and a deterministic check give the same minimized
 * scenario, in the same number of steps and checks: the minimizer draws no random numbers and reads
 * no clock.
 *
 * <p>Thread-safe: each call works on its own; the check is called from the calling thread only.
 */
public final class Minimizer {
  /**
   * The most checks a minimization runs unless told otherwise, the run on the original included:
   * {@value}. Enough for a scenario of several hundred parties with a vote; with a check that
   * validates the record (about a millisecond), at most ten seconds or so.
   */
  public static final int DEFAULT_MAX_CHECKS = 10_000;

  private Minimizer() {}

  /**
   * Minimizes a scenario on which a predicate holds ("still fails"), running the predicate at most
   * {@link #DEFAULT_MAX_CHECKS} times.
   *
   * @param scenario a scenario the predicate is {@code true} of
   * @param fails the check: {@code true} while a scenario still fails; if it throws (any {@link
   *     Exception} or {@link AssertionError}), the scenario counts as not failing
   * @return the minimized scenario and what it took
   * @throws IllegalArgumentException if the predicate is not {@code true} of the scenario given (it
   *     is {@code false} or throws)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Minimized minimize(Scenario scenario, Predicate<? super Scenario> fails) {
    return minimize(scenario, fails, DEFAULT_MAX_CHECKS);
  }

  /**
   * Minimizes a scenario on which a predicate holds ("still fails"), running the predicate at most
   * {@code maxChecks} times.
   *
   * @param scenario a scenario the predicate is {@code true} of
   * @param fails the check: {@code true} while a scenario still fails; if it throws (any {@link
   *     Exception} or {@link AssertionError}), the scenario counts as not failing
   * @param maxChecks the most times to run the predicate, the run on the original included; at
   *     least 1 (with 1, the original is only checked and returned as it is)
   * @return the minimized scenario and what it took
   * @throws IllegalArgumentException if {@code maxChecks} is less than 1, or the predicate is not
   *     {@code true} of the scenario given (it is {@code false} or throws)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Minimized minimize(
      Scenario scenario, Predicate<? super Scenario> fails, int maxChecks) {
    Objects.requireNonNull(fails, "fails");
    return run(scenario, fails::test, maxChecks, "the predicate is false of it");
  }

  /**
   * Minimizes a scenario on which a check fails with an {@link AssertionError} (an AssertJ or JUnit
   * assertion, say), running the check at most {@link #DEFAULT_MAX_CHECKS} times.
   *
   * @param scenario a scenario the check fails on
   * @param check the check: a scenario still fails while it throws an {@link AssertionError};
   *     returning normally or throwing any {@link Exception} is not failing
   * @return the minimized scenario and what it took; the check throws an {@link AssertionError} on
   *     its scenario
   * @throws IllegalArgumentException if the check does not throw an {@link AssertionError} on the
   *     scenario given (it passes or throws another exception)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Minimized minimizeFailure(Scenario scenario, Consumer<? super Scenario> check) {
    return minimizeFailure(scenario, check, DEFAULT_MAX_CHECKS);
  }

  /**
   * Minimizes a scenario on which a check fails with an {@link AssertionError} (an AssertJ or JUnit
   * assertion, say), running the check at most {@code maxChecks} times.
   *
   * @param scenario a scenario the check fails on
   * @param check the check: a scenario still fails while it throws an {@link AssertionError};
   *     returning normally or throwing any {@link Exception} is not failing
   * @param maxChecks the most times to run the check, the run on the original included; at least 1
   * @return the minimized scenario and what it took; the check throws an {@link AssertionError} on
   *     its scenario
   * @throws IllegalArgumentException if {@code maxChecks} is less than 1, or the check does not
   *     throw an {@link AssertionError} on the scenario given (it passes or throws another
   *     exception)
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Minimized minimizeFailure(
      Scenario scenario, Consumer<? super Scenario> check, int maxChecks) {
    Objects.requireNonNull(check, "check");
    return run(scenario, s -> throwsAssertion(check, s), maxChecks, "the check passes on it");
  }

  private static Minimized run(
      Scenario scenario, Predicate<Scenario> fails, int maxChecks, String passes) {
    Objects.requireNonNull(scenario, "scenario");
    if (maxChecks < 1) {
      throw new IllegalArgumentException("maxChecks: must be at least 1, was " + maxChecks);
    }
    boolean failing;
    try {
      failing = fails.test(scenario);
    } catch (Exception | AssertionError other) {
      throw new IllegalArgumentException(
          "scenario: nothing to minimize, the check throws "
              + other.getClass().getName()
              + " on it, not the failure: "
              + scenario.snippet(),
          other);
    }
    if (!failing) {
      throw new IllegalArgumentException(
          "scenario: nothing to minimize, " + passes + ": " + scenario.snippet());
    }
    Predicate<Deliberation> recordFails = record -> stillFails(fails, derive(scenario, record));
    Search.Result result =
        Search.minimize(scenario.profile(), scenario.record(), recordFails, maxChecks, 1);
    return new Minimized(
        scenario,
        derive(scenario, result.record()),
        result.steps(),
        result.checks(),
        result.candidates(),
        result.refused(),
        result.locallyMinimal());
  }

  private static Scenario derive(Scenario scenario, Deliberation record) {
    return scenario.withRecord(record, scenario.expectedCodes());
  }

  private static boolean throwsAssertion(Consumer<? super Scenario> check, Scenario scenario) {
    try {
      check.accept(scenario);
      return false;
    } catch (AssertionError failure) {
      return true;
    }
  }

  // a candidate that makes the check throw anything else fails another way: it is not kept
  private static boolean stillFails(Predicate<Scenario> fails, Scenario candidate) {
    try {
      return fails.test(candidate);
    } catch (Exception | AssertionError other) {
      return false;
    }
  }
}
