package org.shangliang.deliberation.meeting;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * A problem residents raised at a meeting (e.g. a Bishan courtyard meeting, 院坝会): solved on the spot,
 * or given a proposed solution within the profile's time limit (Bishan: 24 hours).
 *
 * <p>Source: Bishan 2024 (seminar report, undated); docs/domain.md "Matter sizes and timing".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RaisedProblem {
  RaisedProblem() {}

  /** @return a short description, not blank (no personal data) */
  public abstract String description();

  /** @return when it was raised; in the years 1 to 9999 (UTC) */
  public abstract Instant raisedAt();

  /** @return whether it was solved on the spot */
  public abstract boolean solvedOnTheSpot();

  /** @return when a solution was proposed; empty if none was (yet); in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> solutionProposedAt();

  /**
   * A problem solved on the spot.
   *
   * @param description what it was
   * @param raisedAt when it was raised
   * @return the problem
   */
  public static RaisedProblem solvedOnTheSpot(String description, Instant raisedAt) {
    return new Builder().description(description).raisedAt(raisedAt).solvedOnTheSpot(true).build();
  }

  /**
   * A problem not solved on the spot.
   *
   * @param description what it was
   * @param raisedAt when it was raised
   * @param solutionProposedAt when a solution was proposed, or empty if none was yet
   * @return the problem
   */
  public static RaisedProblem pending(
      String description, Instant raisedAt, Optional<Instant> solutionProposedAt) {
    return new Builder()
        .description(description)
        .raisedAt(raisedAt)
        .solvedOnTheSpot(false)
        .solutionProposedAt(solutionProposedAt)
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank("description", description());
    Checks.instant("raisedAt", raisedAt());
    solutionProposedAt().ifPresent(at -> Checks.instant("solutionProposedAt", at));
    if (solvedOnTheSpot() && solutionProposedAt().isPresent()) {
      throw new InvalidModelException(
          Path.of("solutionProposedAt"),
          "a problem solved on the spot needs no proposed solution, was "
              + solutionProposedAt().get());
    }
    if (solutionProposedAt().isPresent() && solutionProposedAt().get().isBefore(raisedAt())) {
      throw new InvalidModelException(
          Path.of("solutionProposedAt"),
          "must not be before raisedAt " + raisedAt() + ", was " + solutionProposedAt().get());
    }
  }

  /** A builder of problems; every field but {@code solutionProposedAt} is required. */
  public static final class Builder extends ImmutableRaisedProblem.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
