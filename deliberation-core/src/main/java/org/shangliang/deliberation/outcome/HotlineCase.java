package org.shangliang.deliberation.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * A 12345 hotline case (接诉即办): its ticket, when it came in, the first-contact party responsible for
 * it (首接负责), the departments it concerns, and when it was forwarded (one department: straight to
 * it), put before the coordination group (several departments: the group convenes them), replied to
 * and handled.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (the district's 12345 coordination group); Beijing 2021
 * (光明日报, 2021-10-25) (接诉即办); docs/domain.md "The 12345 hotline".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HotlineCase {
  HotlineCase() {}

  /**
   * The 12345 ticket's id.
   *
   * @return the id, in the alphabet of identifiers: 1 to 128 code points, each a letter, mark,
   *     number, punctuation or symbol (no space, control, format character, lone surrogate,
   *     private-use or unassigned code point)
   */
  public abstract String ticketId();

  /** @return when the case came in; in the years 1 to 9999 (UTC) */
  public abstract Instant receivedAt();

  /** @return the party responsible from first contact (首接负责) */
  public abstract PartyId firstContact();

  /** @return the departments the case concerns (parties on the list), at least one */
  public abstract List<PartyId> departments();

  /** @return when it was forwarded straight to its one department; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> forwardedAt();

  /** @return when the coordination group convened the departments; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> coordinationConvenedAt();

  /** @return when the caller got a reply (即时答复); in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> repliedAt();

  /** @return when the case was handled (限时办理); in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> handledAt();

  @Value.Check
  void check() {
    Checks.identifier("ticketId", ticketId());
    Checks.instant("receivedAt", receivedAt());
    Checks.notEmpty("departments", departments());
    Checks.unique("departments", "", departments(), d -> d);
    notBefore("forwardedAt", forwardedAt());
    notBefore("coordinationConvenedAt", coordinationConvenedAt());
    notBefore("repliedAt", repliedAt());
    notBefore("handledAt", handledAt());
  }

  private void notBefore(String field, Optional<Instant> instant) {
    if (instant.isPresent()) {
      Checks.instant(field, instant.get());
      if (instant.get().isBefore(receivedAt())) {
        throw new InvalidModelException(
            Path.of(field),
            "must not be before receivedAt " + receivedAt() + ", was " + instant.get());
      }
    }
  }

  /**
   * A builder of hotline cases; {@code ticketId}, {@code receivedAt}, {@code firstContact} and at
   * least one department are required.
   */
  public static final class Builder extends ImmutableHotlineCase.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
