package org.shangliang.deliberation.meeting;

import java.time.Duration;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * One party's turn to speak and how long it lasted. Parties speak within the set time limit.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Procedure and chair".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class SpeakingTurn {
  SpeakingTurn() {}

  /** @return who spoke */
  @Value.Parameter
  public abstract PartyId party();

  /** @return how long: positive, at most 36,500 days */
  @Value.Parameter
  public abstract Duration duration();

  /**
   * Creates a turn.
   *
   * @param party who spoke
   * @param duration how long: positive, at most 36,500 days
   * @return the turn
   * @throws InvalidModelException if the duration is zero, negative or longer than 36,500 days
   */
  public static SpeakingTurn of(PartyId party, Duration duration) {
    return ImmutableSpeakingTurn.of(party, duration);
  }

  @Value.Check
  void check() {
    Checks.duration("duration", duration(), Duration.ofNanos(1));
  }
}
