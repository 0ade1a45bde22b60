package org.shangliang.deliberation.testkit.internal.minimizing;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;

/**
 * The minimizer's search: from a record that fails a check, it takes reduction steps ({@link
 * Sites}) and keeps each after which the record still fails, round after round, until a whole round
 * keeps none (the record is then locally minimal: no single step of it still fails) or the checks
 * allowed are spent. A candidate the model refuses to build ({@link InvalidModelException}) is
 * skipped and costs no check.
 *
 * <p>Deterministic: the same record, profile and check (if the check is deterministic) take the
 * same steps. Not thread-safe: one search runs in one thread.
 */
public final class Search {
  private final Profile profile;
  private final Predicate<Deliberation> fails;
  private final int maxChecks;
  private Deliberation current;
  private int checks;
  private int steps;
  private int candidates;
  private int refused;
  private boolean cutShort;

  private Search(
      Profile profile,
      Deliberation failing,
      Predicate<Deliberation> fails,
      int maxChecks,
      int spent) {
    this.profile = profile;
    this.current = failing;
    this.fails = fails;
    this.maxChecks = maxChecks;
    this.checks = spent;
  }

  /**
   * What a search ended with.
   *
   * @param record the smallest failing record found
   * @param steps the steps kept
   * @param checks the checks run, those spent before the search included
   * @param candidates the candidate records made (those the model refused included)
   * @param refused the candidates the model refused to build
   * @param locallyMinimal whether a whole round kept no step: no single step of the record still
   *     fails; {@code false} where the checks allowed ran out first
   */
  public record Result(
      Deliberation record,
      int steps,
      int checks,
      int candidates,
      int refused,
      boolean locallyMinimal) {}

  /**
   * Reduces a failing record.
   *
   * @param profile the profile the record is judged by (it bounds appraisal scores)
   * @param failing a record the check fails on
   * @param fails the check: {@code true} while the record still fails; it must not throw
   * @param maxChecks the most checks to run in all
   * @param spent the checks already run (at least the one that found {@code failing} to fail)
   * @return the result
   */
  public static Result minimize(
      Profile profile,
      Deliberation failing,
      Predicate<Deliberation> fails,
      int maxChecks,
      int spent) {
    Search search =
        new Search(
            Objects.requireNonNull(profile, "profile"),
            Objects.requireNonNull(failing, "failing"),
            Objects.requireNonNull(fails, "fails"),
            maxChecks,
            spent);
    return search.run();
  }

  private Result run() {
    boolean minimal = false;
    while (!minimal && checks < maxChecks) {
      boolean kept = false;
      cutShort = false;
      List<Site> sites = Sites.of(profile, current);
      for (Site site : sites) {
        if (exhausted()) {
          break;
        }
        kept |= site.reduce(this);
      }
      minimal = !kept && !cutShort;
    }
    return new Result(current, steps, checks, candidates, refused, minimal);
  }

  /**
   * The smallest failing record so far.
   *
   * @return the record
   */
  Deliberation current() {
    return current;
  }

  /**
   * Whether the checks allowed are spent. Once it says so, the round is cut short: it may have left
   * steps untried, so it cannot show the record locally minimal.
   *
   * @return {@code true} if no check may run any more
   */
  boolean exhausted() {
    if (checks >= maxChecks) {
      cutShort = true;
      return true;
    }
    return false;
  }

  /**
   * Tries one candidate: builds it and, if the model accepts it, checks it; keeps it if it still
   * fails.
   *
   * @param candidate builds the candidate from the current record
   * @return whether the candidate was kept (it is then the current record)
   */
  boolean attempt(Supplier<Deliberation> candidate) {
    if (exhausted()) {
      return false;
    }
    candidates++;
    Deliberation record;
    try {
      record = candidate.get();
    } catch (InvalidModelException refusedByModel) {
      refused++;
      return false;
    }
    checks++;
    if (fails.test(record)) {
      current = record;
      steps++;
      return true;
    }
    return false;
  }
}
