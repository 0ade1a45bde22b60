package org.shangliang.deliberation.topic;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * The fact that a topic is an individual conflict or a dispute between two parties. Such a matter goes
 * to a designated mediator; it is deliberated only if really needed and after a party-organisation
 * meeting approves (the approval is recorded on the admission).
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class TwoPartyDispute {
  TwoPartyDispute() {}

  /**
   * The party designated to mediate; it should be on the deliberation's party list.
   *
   * @return the mediator's id, or empty if none is designated yet
   */
  @Value.Parameter
  public abstract Optional<PartyId> mediator();

  /**
   * A dispute with a designated mediator.
   *
   * @param mediator the mediator's party id
   * @return the fact
   * @throws org.shangliang.deliberation.InvalidModelException if the mediator is {@code null}
   */
  public static TwoPartyDispute mediatedBy(PartyId mediator) {
    return ImmutableTwoPartyDispute.of(Optional.of(Checks.notNull("mediator", mediator)));
  }

  /**
   * A dispute with no mediator designated yet.
   *
   * @return the fact
   */
  public static TwoPartyDispute withoutMediator() {
    return ImmutableTwoPartyDispute.of(Optional.empty());
  }
}
