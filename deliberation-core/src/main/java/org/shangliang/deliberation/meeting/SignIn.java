package org.shangliang.deliberation.meeting;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A party's sign-in at a meeting, with offline evidence where there is any (e.g. the reference of a
 * paper sign-in sheet).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class SignIn {
  SignIn() {}

  /** @return who signed in */
  @Value.Parameter
  public abstract PartyId party();

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return the reference of offline evidence, e.g. a paper sign-in sheet; empty if none */
  @Value.Parameter
  public abstract Optional<String> evidence();

  /**
   * A sign-in without offline evidence.
   *
   * @param party who signed in
   * @param at when
   * @return the sign-in
   */
  public static SignIn of(PartyId party, Instant at) {
    return ImmutableSignIn.of(party, at, Optional.empty());
  }

  /**
   * A sign-in recorded on paper or by other offline evidence.
   *
   * @param party who signed in
   * @param at when
   * @param evidence the evidence's reference, not blank
   * @return the sign-in
   * @throws org.shangliang.deliberation.InvalidModelException if the evidence is blank
   */
  public static SignIn withEvidence(PartyId party, Instant at, String evidence) {
    return ImmutableSignIn.of(party, at, Optional.of(Checks.notNull("evidence", evidence)));
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    evidence().ifPresent(e -> Checks.notBlank("evidence", e));
  }
}
