package org.shangliang.deliberation.query;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.validation.Obligation;

/**
 * An entry of the 痛点库: a record whose problem recurs, stays overdue, or was shelved more than once,
 * with the evidence for each reason.
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10), 痛点库; docs/domain.md "The four libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PainPoint {
  PainPoint() {}

  /** @return the record */
  public abstract DeliberationId record();

  /** @return the topic */
  public abstract TopicId topic();

  /** @return when the topic was raised */
  public abstract Instant raisedAt();

  /** @return why it is a pain point, in the declaration order of {@link PainReason}; at least one */
  public abstract Set<PainReason> reasons();

  /** @return the recurring classes its topic is in (reason {@link PainReason#RECURRING}), ranked */
  public abstract List<RecurringClass> recurringClasses();

  /**
   * The obligations overdue long enough (reason {@link PainReason#OVERDUE}), in the order {@code
   * Obligations} lists them.
   *
   * @return the obligations
   */
  public abstract List<Obligation> overdue();

  /** @return how many times it was shelved by then */
  public abstract int timesShelved();

  @Value.Check
  void check() {
    Checks.notEmpty("reasons", reasons());
  }

  /** A builder of entries; {@code record}, {@code topic}, {@code raisedAt}, {@code timesShelved} and a reason are required. */
  public static final class Builder extends ImmutablePainPoint.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
