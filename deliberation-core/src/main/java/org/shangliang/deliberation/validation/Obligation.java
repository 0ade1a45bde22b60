package org.shangliang.deliberation.validation;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.Path;

/**
 * Something a record still owes by a time limit: which rule sets it, where in the record, and when it
 * is due. It is overdue once the instant it is judged at is after {@link #dueAt()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation {
  Obligation() {}

  /** @return the rule that sets the time limit */
  public abstract RuleCode code();

  /** @return where in the record the duty lies */
  public abstract Path path();

  /** @return when it is due */
  public abstract Instant dueAt();

  /** @return whether it was already overdue at the instant the record was judged at */
  public abstract boolean overdue();

  @Override
  public String toString() {
    return (overdue() ? "OVERDUE " : "DUE ") + code() + " at " + path() + " by " + dueAt();
  }

  /** A builder of obligations; every field is required. */
  public static final class Builder extends ImmutableObligation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
