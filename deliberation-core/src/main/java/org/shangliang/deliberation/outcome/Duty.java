package org.shangliang.deliberation.outcome;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * An agreed item to carry out. Every agreed item has a responsible party (责任主体), measures (工作措施)
 * and a deadline (完成时限); a record may hold an item before they are settled, and the validator reports
 * what is missing. A finished item has its completion instant and record.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Duties and supervision".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Duty {
  Duty() {}

  /**
   * The item's id within the outcome, e.g. {@code lift-1}.
   *
   * @return the id, in the alphabet of identifiers: 1 to 128 code points, each a letter, mark,
   *     number, punctuation or symbol (no space, control, format character, lone surrogate,
   *     private-use or unassigned code point)
   */
  public abstract String id();

  /** @return what is to be done, not blank */
  public abstract String description();

  /** @return the responsible party (责任主体), if settled */
  public abstract Optional<PartyId> responsible();

  /** @return the measures (工作措施), if settled */
  public abstract Optional<String> measures();

  /** @return the deadline (完成时限), if settled; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> deadline();

  /** @return when the item was finished; empty while it is open; in the years 1 to 9999 (UTC) */
  public abstract Optional<Instant> completedAt();

  /** @return the completion record (e.g. the acceptance report's number), if any */
  public abstract Optional<String> completionRecord();

  /**
   * The kind of duty on the profile's list of powers and duties (权责清单), by the duty kind's id
   * ({@link org.shangliang.deliberation.profile.DutyKind#id()}); the responsible party must be of a
   * kind that carries it. An item without a kind is not checked against the list.
   *
   * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 《基层治理权责清单》 (Shanghai Changning);
   * docs/domain.md "Household links and duty lists".
   *
   * @return the duty kind's id, in the alphabet of identifiers, or empty
   */
  public abstract Optional<String> kind();

  /**
   * Whether the item is finished.
   *
   * @return {@code true} if it has a completion instant
   */
  public boolean isCompleted() {
    return completedAt().isPresent();
  }

  @Value.Check
  void check() {
    Checks.identifier("id", id());
    kind().ifPresent(k -> Checks.identifier("kind", k));
    deadline().ifPresent(d -> Checks.instant("deadline", d));
    completedAt().ifPresent(d -> Checks.instant("completedAt", d));
    Checks.notBlank("description", description());
    measures().ifPresent(m -> Checks.notBlank("measures", m));
    completionRecord().ifPresent(r -> Checks.notBlank("completionRecord", r));
    if (completionRecord().isPresent() && completedAt().isEmpty()) {
      throw new InvalidModelException(
          Path.of("completionRecord"),
          "only for a completed item, was " + Checks.quote(completionRecord().get()));
    }
  }

  /** A builder of duties; {@code id} and {@code description} are required. */
  public static final class Builder extends ImmutableDuty.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
