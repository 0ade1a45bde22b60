package org.shangliang.deliberation.validation;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.shangliang.deliberation.Path;

/**
 * Something a record still owes by a time limit: which rule sets it, where in the record, when it is
 * due, and the arguments its message needs. It is overdue once the instant it is judged at is after
 * {@link #dueAt()}. An obligation holds no text: render it with {@link Messages#render(Obligation,
 * java.util.Locale, java.time.ZoneId)} in the profile's zone.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation {
  Obligation() {}

  /**
   * What is owed, named by the code of the rule that reports it once it is missed; its message is
   * keyed {@code obligation.} and this code in the message bundles.
   *
   * @return the code
   */
  public abstract RuleCode code();

  /** @return where in the record the duty lies */
  public abstract Path path();

  /** @return when it is due */
  public abstract Instant dueAt();

  /** @return whether it was already overdue at the instant the record was judged at */
  public abstract boolean overdue();

  /**
   * The message arguments, {@code {0}}, {@code {1}}, … in the obligation's messages; never personal
   * data. The same types as a violation's are allowed, and collections and arrays are copied the
   * same way (see {@link Violation#args()}).
   *
   * @return the arguments, immutable
   */
  public abstract List<Object> args();

  /** Copies mutable arguments (collections, arrays) into immutable lists. */
  @Value.Check
  Obligation normalize() {
    List<Object> args = Arguments.copy(args());
    if (args == args()) {
      return this;
    }
    return new Builder()
        .code(code())
        .path(path())
        .dueAt(dueAt())
        .overdue(overdue())
        .addAllArgs(args)
        .build();
  }

  @Override
  public String toString() {
    return (overdue() ? "OVERDUE " : "DUE ") + code() + " at " + path() + " by " + dueAt();
  }

  /**
   * A builder of obligations; every field but {@code args} is required. Arguments are checked and
   * copied when the obligation is built.
   */
  public static final class Builder extends ImmutableObligation.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
