package org.shangliang.deliberation.outcome;

import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;

/**
 * The scale appraisals use: scores from a minimum to a maximum, and the score at or below which an
 * appraisal is poor (不满意). The articles give no scale; profiles set it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class AppraisalScale {
  AppraisalScale() {}

  /** @return the lowest score */
  @Value.Parameter
  public abstract int min();

  /** @return the highest score */
  @Value.Parameter
  public abstract int max();

  /** @return the highest score that is still poor */
  @Value.Parameter
  public abstract int poorAtMost();

  /**
   * Creates a scale.
   *
   * @param min the lowest score
   * @param max the highest score, above {@code min}
   * @param poorAtMost the highest poor score, from {@code min} to below {@code max}
   * @return the scale
   * @throws InvalidModelException if the bounds do not nest
   */
  public static AppraisalScale of(int min, int max, int poorAtMost) {
    return ImmutableAppraisalScale.of(min, max, poorAtMost);
  }

  /**
   * Whether a score is on the scale.
   *
   * @param score the score
   * @return {@code true} if it is from {@link #min()} to {@link #max()}
   */
  public boolean contains(int score) {
    return score >= min() && score <= max();
  }

  /**
   * Whether a score is poor.
   *
   * @param score the score
   * @return {@code true} if it is on the scale and at most {@link #poorAtMost()}
   */
  public boolean isPoor(int score) {
    return contains(score) && score <= poorAtMost();
  }

  @Value.Check
  void check() {
    if (max() <= min() || poorAtMost() < min() || poorAtMost() >= max()) {
      throw new InvalidModelException(
          Path.of(max() <= min() ? "max" : "poorAtMost"),
          "must have min < max and min <= poorAtMost < max, was " + min() + ".." + max()
              + ", poor at most " + poorAtMost());
    }
  }
}
