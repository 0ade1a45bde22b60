package org.shangliang.deliberation.outcome;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyId;

/**
 * One act of supervision of the carrying-out: its phase, the supervisor, when, and a note.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13) (两代表一委员, resident representatives, stakeholders;
 * discipline inspection, finance and audit where money is spent); Haidian 2025 (人民日报, 2025-09-10)
 * (督); docs/domain.md "Duties and supervision".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Supervision {
  Supervision() {}

  /** @return the phase */
  @Value.Parameter
  public abstract SupervisionPhase phase();

  /** @return the supervising party */
  @Value.Parameter
  public abstract PartyId supervisor();

  /** @return when; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant at();

  /** @return what was found, not blank (no personal data) */
  @Value.Parameter
  public abstract String note();

  /**
   * Creates a record.
   *
   * @param phase the phase
   * @param supervisor who supervised
   * @param at when
   * @param note what was found, not blank
   * @return the record
   */
  public static Supervision of(SupervisionPhase phase, PartyId supervisor, Instant at, String note) {
    return ImmutableSupervision.of(phase, supervisor, at, note);
  }

  @Value.Check
  void check() {
    Checks.instant("at", at());
    Checks.notBlank("note", note());
  }
}
