package org.shangliang.deliberation.testkit.internal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A mutable copy of a party ({@link Party}): every field of the value as a public field, to change
 * and build again. The core's builders are strict (a field is set once) and have no copy methods,
 * so a mutation or a minimizer rebuilds a value through its draft: {@code PartyDraft.edit(value, d
 * -> ...)}, or {@code PartyDraft.of(value)}, change, {@link #build()}.
 *
 * <p>Optional fields are {@link Optional}s; set fields mutable {@link LinkedHashSet}s in the
 * value's order.
 *
 * <p>A draft of a value, unchanged, builds a value equal to it.
 *
 * <p>Not thread-safe: a draft is scratch space for one thread; the values it builds are immutable.
 */
public final class PartyDraft {
  /** The value's {@link Party#id()}. */
  public PartyId id;

  /** The value's {@link Party#kind()}. */
  public PartyKind kind;

  /** The value's {@link Party#otherLabel()} (empty if absent). */
  public Optional<String> otherLabel;

  /** The value's {@link Party#unit()}. */
  public UnitId unit;

  /** The value's {@link Party#roles()}, a mutable set. */
  public Set<PartyRole> roles;

  /** The value's {@link Party#weight()} (empty if absent). */
  public Optional<BigDecimal> weight;

  /** The value's {@link Party#displayName()} (empty if absent). */
  public Optional<String> displayName;

  private PartyDraft(Party value) {
    this.id = value.id();
    this.kind = value.kind();
    this.otherLabel = value.otherLabel();
    this.unit = value.unit();
    this.roles = new LinkedHashSet<>(value.roles());
    this.weight = value.weight();
    this.displayName = value.displayName();
  }

  /**
   * A draft holding every field of a value.
   *
   * @param value the value to copy
   * @return a new draft; {@link #build()} on it unchanged gives a value equal to {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static PartyDraft of(Party value) {
    return new PartyDraft(Objects.requireNonNull(value, "value"));
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
  public static Party edit(Party value, Consumer<? super PartyDraft> change) {
    PartyDraft draft = of(value);
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
  public Party build() {
    return new Party.Builder()
        .id(id)
        .kind(kind)
        .otherLabel(otherLabel)
        .unit(unit)
        .addAllRoles(roles)
        .weight(weight)
        .displayName(displayName)
        .build();
  }
}
