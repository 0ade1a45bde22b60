package org.shangliang.deliberation.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A mutable copy of an escalation ({@link Escalation}): every field of the value as a public field,
 * to change and build again. The core's builders are strict (a field is set once) and have no copy
 * methods, so a mutation or a minimizer rebuilds a value through its draft: {@code
 * EscalationDraft.edit(value, d -> ...)}, or {@code EscalationDraft.of(value)}, change, {@link
 * #build()}.
 *
 * <p>Optional fields are {@link Optional}s; list fields mutable {@link ArrayList}s in the value's
 * order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class EscalationDraft {
  /** The value's {@link Escalation#fromUnit()}. */
  public UnitId fromUnit;

  /** The value's {@link Escalation#toUnit()}. */
  public UnitId toUnit;

  /** The value's {@link Escalation#reason()}. */
  public String reason;

  /** The value's {@link Escalation#escalatedAt()}. */
  public Instant escalatedAt;

  /** The value's {@link Escalation#deadline()}. */
  public Instant deadline;

  /** The value's {@link Escalation#follower()} (empty if absent). */
  public Optional<PartyId> follower;

  /** The value's {@link Escalation#followUps()}, a mutable list. */
  public List<FollowUp> followUps;

  /** The value's {@link Escalation#resolvedAt()} (empty if absent). */
  public Optional<Instant> resolvedAt;

  private EscalationDraft(Escalation value) {
    this.fromUnit = value.fromUnit();
    this.toUnit = value.toUnit();
    this.reason = value.reason();
    this.escalatedAt = value.escalatedAt();
    this.deadline = value.deadline();
    this.follower = value.follower();
    this.followUps = new ArrayList<>(value.followUps());
    this.resolvedAt = value.resolvedAt();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static EscalationDraft of(Escalation value) {
    return new EscalationDraft(Objects.requireNonNull(value, "value"));
  }

  /**
   * A copy of a value with a change made to its draft.
   *
   * @param value the value to copy
   * @param change what to change on the draft
   * @return the value the changed draft builds
   * @throws org.shangliang.deliberation.InvalidModelException if the changed fields do not make a
   *     well-formed value
   * @throws NullPointerException if an argument is null
   */
  public static Escalation edit(Escalation value, Consumer<? super EscalationDraft> change) {
    EscalationDraft draft = of(value);
    Objects.requireNonNull(change, "change").accept(draft);
    return draft.build();
  }

  /**
   * Builds the value the fields describe.
   *
   * @return the value
   * @throws org.shangliang.deliberation.InvalidModelException if the fields do not make a
   *     well-formed value (a field null, a required part missing, a check of the value failing)
   */
  public Escalation build() {
    return new Escalation.Builder()
        .fromUnit(fromUnit)
        .toUnit(toUnit)
        .reason(reason)
        .escalatedAt(escalatedAt)
        .deadline(deadline)
        .follower(follower)
        .addAllFollowUps(followUps)
        .resolvedAt(resolvedAt)
        .build();
  }
}
