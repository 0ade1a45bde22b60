package org.shangliang.deliberation.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.TopicId;

/**
 * An entry of the 经验库: a finished case whose appraisals are good — experience to reuse on cases of
 * the same catalogue entry or category.
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10), 经验库 and 怎么样由群众公开评; docs/domain.md "The four
 * libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperienceCase {
  ExperienceCase() {}

  /** @return the record */
  public abstract DeliberationId record();

  /** @return the topic */
  public abstract TopicId topic();

  /** @return the topic's category */
  public abstract String category();

  /** @return the topic's catalogue entry, if it has one */
  public abstract Optional<String> catalogueEntry();

  /** @return the outcome's kind */
  public abstract OutcomeKind kind();

  /**
   * When the case was finished: its last agreed item completed, or, for a recommendation, the higher
   * tier solved it.
   *
   * @return the instant
   */
  public abstract Instant finishedAt();

  /** @return how many appraisals on the scale were counted, at least 1 */
  public abstract int appraisals();

  /** @return the sum of their scores */
  public abstract long scoreTotal();

  /**
   * The mean score, rounded half-up to two decimals, for display; ranking and the threshold use the
   * exact fraction {@link #scoreTotal()} / {@link #appraisals()}.
   *
   * @return the mean
   */
  public BigDecimal meanScore() {
    return BigDecimal.valueOf(scoreTotal())
        .divide(BigDecimal.valueOf(appraisals()), 2, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    if (appraisals() < 1) {
      throw new org.shangliang.deliberation.InvalidModelException(
          org.shangliang.deliberation.Path.of("appraisals"), "must be at least 1, was " + appraisals());
    }
  }

  /** A builder of entries; every field but {@code catalogueEntry} is required. */
  public static final class Builder extends ImmutableExperienceCase.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
