package org.shangliang.deliberation.testkit;

import org.shangliang.deliberation.process.Deliberation;

/**
 * What {@link Minimizer} made of a failing scenario: the smaller scenario that still fails, the
 * scenario it started from, and what it took (steps kept, checks run, candidates made).
 *
 * <p>Immutable and thread-safe.
 */
public final class Minimized {
  private final Scenario original;
  private final Scenario scenario;
  private final int steps;
  private final int checks;
  private final int candidates;
  private final int refused;
  private final boolean locallyMinimal;

  Minimized(
      Scenario original,
      Scenario scenario,
      int steps,
      int checks,
      int candidates,
      int refused,
      boolean locallyMinimal) {
    this.original = original;
    this.scenario = scenario;
    this.steps = steps;
    this.checks = checks;
    this.candidates = candidates;
    this.refused = refused;
    this.locallyMinimal = locallyMinimal;
  }

  /**
   * The minimized scenario: derived from the original ({@link Scenario#withRecord}) with the
   * smaller record, so it keeps the original's profile, jurisdiction, calendar, instant, expected
   * codes, seed and origin, and its {@link Scenario#snippet()} says it was derived. The check fails
   * on it.
   *
   * @return the minimized scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The scenario the minimizer started from.
   *
   * @return the original scenario
   */
  public Scenario original() {
    return original;
  }

  /**
   * The reduction steps kept: each dropped some list elements or an optional part, or made a text,
   * a number or an instant simpler, and the check still failed after it.
   *
   * @return the steps kept, zero if the original could not be made smaller
   */
  public int steps() {
    return steps;
  }

  /**
   * How many times the check ran, the first run on the original included; never more than the bound
   * the minimizer was given.
   *
   * @return the checks run
   */
  public int checks() {
    return checks;
  }

  /**
   * How many candidate records the minimizer made, those the model refused to build included.
   *
   * @return the candidates made
   */
  public int candidates() {
    return candidates;
  }

  /**
   * How many candidates the model refused to build (an {@link
   * org.shangliang.deliberation.InvalidModelException}, e.g. a meeting's end moved before a
   * sign-in): they were skipped and cost no check.
   *
   * @return the candidates refused
   */
  public int refused() {
    return refused;
  }

  /**
   * Whether the minimized scenario is locally minimal: no single step the minimizer knows (dropping
   * one element of a list or one optional part, shortening one text, moving one number or instant
   * toward its bound) gives a record the model builds and the check still fails on. {@code false}
   * where the bound on checks was reached first: the scenario then still fails, but may not be as
   * small as it can be made.
   *
   * @return {@code true} if locally minimal
   */
  public boolean locallyMinimal() {
    return locallyMinimal;
  }

  /**
   * The minimization in one line: the scenario's snippet, how the record's main lists shrank, and
   * what it took; no personal data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    Deliberation before = original.record();
    Deliberation after = scenario.record();
    return "Minimized["
        + scenario.snippet()
        + ": parties "
        + before.parties().parties().size()
        + " -> "
        + after.parties().parties().size()
        + ", meetings "
        + before.meetings().size()
        + " -> "
        + after.meetings().size()
        + ", steps "
        + before.steps().size()
        + " -> "
        + after.steps().size()
        + ", events "
        + before.events().size()
        + " -> "
        + after.events().size()
        + "; "
        + steps
        + " steps kept, "
        + checks
        + " checks, "
        + candidates
        + " candidates ("
        + refused
        + " refused by the model), "
        + (locallyMinimal ? "locally minimal" : "bound on checks reached")
        + "]";
  }
}
