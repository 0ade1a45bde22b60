package org.shangliang.deliberation.profile;

import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;

/**
 * One line of a negative list (负面清单): the roles a kind of participant must not take in a record,
 * e.g. a property company never chairs, records or votes on a matter about its own service. Chengdu's
 * "五小" list names five kinds of conduct forbidden to state-enterprise staff; the library ships no
 * list (a city writes its own).
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), Chengdu's "五小" negative list; docs/domain.md
 * "Household links and duty lists".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ForbiddenRoles {
  ForbiddenRoles() {}

  /**
   * The kind of participant.
   *
   * @return the kind
   */
  public abstract PartyKind kind();

  /**
   * The roles forbidden to it.
   *
   * @return at least one role, in the declaration order of the enum
   */
  public abstract Set<RecordRole> roles();

  /**
   * Creates a line.
   *
   * @param kind the kind of participant
   * @param roles the roles forbidden to it, at least one
   * @return the line
   * @throws org.shangliang.deliberation.InvalidModelException if no role is given
   */
  public static ForbiddenRoles of(PartyKind kind, RecordRole... roles) {
    return new Builder().kind(kind).addRoles(roles).build();
  }

  @Value.Check
  void check() {
    Checks.notEmpty("roles", roles());
  }

  /** A builder of negative-list lines; {@code kind} and at least one role are required. */
  public static final class Builder extends ImmutableForbiddenRoles.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
