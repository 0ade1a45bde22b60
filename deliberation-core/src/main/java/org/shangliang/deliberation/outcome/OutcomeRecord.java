package org.shangliang.deliberation.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.meeting.Publicity;

/**
 * The outcome of a deliberation as recorded: its kind, the facts it was classified from, when, and
 * what the kind brings — the agreed items (duties), progress reports of a committed item, the notice to
 * residents (a shelved item's explanation; a recommendation's solution), the date to take a shelved
 * item up again, and a recommendation's proposed solution and the instant the higher tier solved it.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Outcome kinds" and "Duties and
 * supervision".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeRecord {
  OutcomeRecord() {}

  /** @return the recorded kind */
  public abstract OutcomeKind kind();

  /** @return the facts it was classified from */
  public abstract OutcomeFacts facts();

  /** @return when it was classified; in the years 1 to 9999 (UTC) */
  public abstract Instant classifiedAt();

  /** @return the agreed items, ids unique */
  public abstract List<Duty> duties();

  /** @return progress reports published (承诺件: at every interval until done) */
  public abstract List<Publicity> progressReports();

  /** @return the notice to residents: a shelved item's explanation, or a solved recommendation's news */
  public abstract Optional<Publicity> residentsNotice();

  /** @return for a shelved item, the date to take it up again, if set; in the years 1 to 9999 */
  public abstract Optional<LocalDate> takeUpAgainOn();

  /** @return for a recommendation, the solution proposed to the higher tier */
  public abstract Optional<String> proposedSolution();

  /** @return for a recommendation, when the higher tier solved it; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> solvedAt();

  /**
   * Whether every agreed item is finished (and there is at least one).
   *
   * @return {@code true} if all duties are completed
   */
  public boolean isCompleted() {
    if (duties().isEmpty()) {
      return false;
    }
    for (Duty duty : duties()) {
      if (!duty.isCompleted()) {
        return false;
      }
    }
    return true;
  }

  /**
   * When the last item was finished.
   *
   * @return the instant, or empty unless {@link #isCompleted()}
   */
  public Optional<Instant> completedAt() {
    if (!isCompleted()) {
      return Optional.empty();
    }
    Instant last = null;
    for (Duty duty : duties()) {
      Instant at = duty.completedAt().get();
      last = last == null || at.isAfter(last) ? at : last;
    }
    return Optional.of(last);
  }

  @Value.Check
  void check() {
    Checks.unique("duties", "id", duties(), Duty::id);
    Checks.instant("classifiedAt", classifiedAt());
    takeUpAgainOn().ifPresent(d -> Checks.date("takeUpAgainOn", d));
    solvedAt().ifPresent(at -> Checks.instant("solvedAt", at));
    proposedSolution().ifPresent(s -> Checks.notBlank("proposedSolution", s));
    if (kind() != OutcomeKind.SHELVED && takeUpAgainOn().isPresent()) {
      throw new InvalidModelException(
          Path.of("takeUpAgainOn"),
          "only for a SHELVED outcome, was " + takeUpAgainOn().get() + " on " + kind());
    }
    if (kind() != OutcomeKind.RECOMMENDATION && proposedSolution().isPresent()) {
      throw new InvalidModelException(
          Path.of("proposedSolution"), "only for a RECOMMENDATION, was set on " + kind());
    }
    if (kind() != OutcomeKind.RECOMMENDATION && solvedAt().isPresent()) {
      throw new InvalidModelException(
          Path.of("solvedAt"),
          "only for a RECOMMENDATION, was " + solvedAt().get() + " on " + kind());
    }
  }

  /** A builder of outcome records; {@code kind}, {@code facts} and {@code classifiedAt} are required. */
  public static final class Builder extends ImmutableOutcomeRecord.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
