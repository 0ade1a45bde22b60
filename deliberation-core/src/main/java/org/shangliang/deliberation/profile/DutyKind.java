package org.shangliang.deliberation.profile;

import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;

/**
 * One kind of duty on a list of powers and duties (权责清单), and the kinds of body that carry it. An
 * agreed item ({@link org.shangliang.deliberation.outcome.Duty}) names its duty kind by {@link #id()};
 * its responsible party must be of a kind in {@link #carriers()}. Shanghai Changning's list names 156
 * duties over 9 kinds of body; the library ships no list (a city writes its own).
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 《基层治理权责清单》 (Shanghai Changning);
 * docs/domain.md "Household links and duty lists".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DutyKind {
  DutyKind() {}

  /**
   * The duty kind's stable id, e.g. {@code greening-upkeep}.
   *
   * @return the id, in the alphabet of identifiers (1 to 128 letters, marks, numbers, punctuation
   *     and symbols)
   */
  public abstract String id();

  /**
   * The duty kind's name, e.g. 绿化养护 / upkeep of green space.
   *
   * @return the name
   */
  public abstract LocalizedText label();

  /**
   * The kinds of body that carry this duty.
   *
   * @return at least one kind, in the declaration order of the enum
   */
  public abstract Set<PartyKind> carriers();

  /**
   * Whether a kind of body carries this duty.
   *
   * @param kind the kind
   * @return {@code true} if it does
   */
  public boolean carriedBy(PartyKind kind) {
    return carriers().contains(kind);
  }

  /**
   * Creates a duty kind.
   *
   * @param id the id
   * @param label the name
   * @param carriers the kinds that carry it, at least one
   * @return the duty kind
   * @throws org.shangliang.deliberation.InvalidModelException if the id is not an identifier or no
   *     kind carries it
   */
  public static DutyKind of(String id, LocalizedText label, PartyKind... carriers) {
    return new Builder().id(id).label(label).addCarriers(carriers).build();
  }

  @Value.Check
  void check() {
    Checks.identifier("id", id());
    Checks.notEmpty("carriers", carriers());
  }

  /** A builder of duty kinds; {@code id}, {@code label} and at least one carrier are required. */
  public static final class Builder extends ImmutableDutyKind.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
