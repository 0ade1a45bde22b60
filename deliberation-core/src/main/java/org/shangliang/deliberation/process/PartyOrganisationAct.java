package org.shangliang.deliberation.process;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * One act of a party organisation at a gate of a deliberation (把关定向): what it did ({@link
 * PartyActKind}), who did it and when, and for {@link PartyActKind#NAMED_ORGANISER} whom it named.
 *
 * <p>Which unit's party organisation acted is the actor's {@link
 * org.shangliang.deliberation.party.Party#unit() unit} on the party list, not a field of the act, so the
 * two can never disagree. The acts are a list of their own on the record ({@link
 * Deliberation#partyActs()}) rather than fields of {@link Admission}: only the review belongs to the
 * admission decision; setting the procedure and naming the organiser prepare the meeting, and a
 * reopened deliberation may repeat any of them.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 在议题选择上，强化把关定向 and 在议事流程上，强化组织引领;
 * docs/domain.md "Procedure and chair".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyOrganisationAct {
  PartyOrganisationAct() {}

  /**
   * What the party organisation did.
   *
   * @return the kind of act
   */
  public abstract PartyActKind kind();

  /**
   * The party organisation that acted: a party on the list of kind {@link
   * org.shangliang.deliberation.party.PartyKind#PARTY_ORGANISATION}, belonging to the unit whose
   * party organisation it is.
   *
   * @return the actor's id
   */
  public abstract PartyId actor();

  /**
   * When it acted.
   *
   * @return the instant; in the years 1 to 9999 (UTC)
   */
  public abstract Instant at();

  /**
   * For {@link PartyActKind#NAMED_ORGANISER}, the person named to draft the plan and invite the
   * parties; empty for every other kind.
   *
   * @return the named party's id
   */
  public abstract Optional<PartyId> named();

  /**
   * An act without a named person (a review or the setting of the procedure).
   *
   * @param kind the kind, not {@link PartyActKind#NAMED_ORGANISER}
   * @param actor the party organisation that acted
   * @param at when
   * @return the act
   * @throws InvalidModelException for {@link PartyActKind#NAMED_ORGANISER}, which needs the named
   *     person
   */
  public static PartyOrganisationAct of(PartyActKind kind, PartyId actor, Instant at) {
    return new Builder().kind(kind).actor(actor).at(at).build();
  }

  /**
   * The naming of the organiser.
   *
   * @param actor the party organisation that named them
   * @param at when
   * @param named the person named to draft the plan and invite the parties
   * @return the act
   */
  public static PartyOrganisationAct namedOrganiser(PartyId actor, Instant at, PartyId named) {
    return new Builder().kind(PartyActKind.NAMED_ORGANISER).actor(actor).at(at).named(named).build();
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    boolean naming = kind() == PartyActKind.NAMED_ORGANISER;
    if (naming && named().isEmpty()) {
      throw new InvalidModelException(Path.of("named"), "required for NAMED_ORGANISER, was empty");
    }
    if (!naming && named().isPresent()) {
      throw new InvalidModelException(
          Path.of("named"), "only for NAMED_ORGANISER, was " + named().get() + " on " + kind());
    }
  }

  /** A builder of acts; {@code kind}, {@code actor} and {@code at} are required. */
  public static final class Builder extends ImmutablePartyOrganisationAct.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
