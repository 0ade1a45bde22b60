package org.shangliang.deliberation.process;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The approval of a party-organisation meeting (党组织会议) for deliberating a two-party dispute: when it
 * was given and the minutes that record it.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Approval {
  Approval() {}

  /**
   * When the meeting approved.
   *
   * @return the instant; in the years 1 to 9999 (UTC)
   */
  @Value.Parameter
  public abstract Instant approvedAt();

  /**
   * The minutes or decision number that record the approval.
   *
   * @return the reference, not blank
   */
  @Value.Parameter
  public abstract String reference();

  /**
   * Creates an approval.
   *
   * @param approvedAt when the meeting approved
   * @param reference the minutes or decision number, not blank
   * @return the approval
   * @throws org.shangliang.deliberation.InvalidModelException if the reference is blank
   */
  public static Approval of(Instant approvedAt, String reference) {
    return ImmutableApproval.of(approvedAt, reference);
  }

  @Value.Check
  void check() {
    Checks.instant("approvedAt", approvedAt());
    Checks.notBlank("reference", reference());
  }
}
