package org.shangliang.deliberation.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A matter sent up to a higher tier (上报): from which unit to which, why, by when it should be
 * answered, the named follower (专人跟进), the follow-ups, and when it was resolved.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (建议件; items sent up get a named person to follow them);
 * docs/domain.md "Escalation".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Escalation {
  Escalation() {}

  /** @return the unit sending it up */
  public abstract UnitId fromUnit();

  /** @return the unit whose body receives it */
  public abstract UnitId toUnit();

  /** @return why, not blank */
  public abstract String reason();

  /** @return when it was sent; in the years 1 to 9999 (UTC) */
  public abstract Instant escalatedAt();

  /** @return when the higher tier should have answered; in the years 1 to 9999 (UTC) */
  public abstract Instant deadline();

  /** @return the named follower, if one is named */
  public abstract Optional<PartyId> follower();

  /** @return the follow-ups, in time order (checked) */
  public abstract List<FollowUp> followUps();

  /** @return when the higher tier resolved it; empty while open; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> resolvedAt();

  @Value.Check
  void check() {
    Checks.notBlank("reason", reason());
    Checks.instant("escalatedAt", escalatedAt());
    Checks.instant("deadline", deadline());
    resolvedAt().ifPresent(at -> Checks.instant("resolvedAt", at));
    for (int i = 0; i < followUps().size(); i++) {
      if (i > 0 && followUps().get(i).at().isBefore(followUps().get(i - 1).at())) {
        throw new InvalidModelException(
            "escalations.followUps[" + i + "].at: must not be before the previous follow-up "
                + followUps().get(i - 1).at() + ", was " + followUps().get(i).at());
      }
      if (followUps().get(i).at().isBefore(escalatedAt())) {
        throw new InvalidModelException(
            Path.of("followUps").index(i).child("at"),
            "must not be before escalatedAt " + escalatedAt() + ", was " + followUps().get(i).at());
      }
    }
    if (resolvedAt().isPresent() && resolvedAt().get().isBefore(escalatedAt())) {
      throw new InvalidModelException(
          Path.of("resolvedAt"),
          "must not be before escalatedAt " + escalatedAt() + ", was " + resolvedAt().get());
    }
    if (deadline().isBefore(escalatedAt())) {
      throw new InvalidModelException(
          Path.of("deadline"),
          "must not be before escalatedAt " + escalatedAt() + ", was " + deadline());
    }
  }

  /**
   * A builder of escalations; every field but {@code follower}, {@code followUps} and {@code
   * resolvedAt} is required.
   */
  public static final class Builder extends ImmutableEscalation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
