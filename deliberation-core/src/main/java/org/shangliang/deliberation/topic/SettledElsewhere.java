package org.shangliang.deliberation.topic;

import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The fact that a matter is already settled by law or by a higher party committee, with the reference
 * (the article or the decision). Such a topic is not admitted and is explained to residents.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Admission of a topic".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class SettledElsewhere {
  SettledElsewhere() {}

  /**
   * Who settled the matter.
   *
   * @return the authority
   */
  @Value.Parameter
  public abstract SettlingAuthority by();

  /**
   * The law's article or the decision that settles it.
   *
   * @return the reference, not blank
   */
  @Value.Parameter
  public abstract String reference();

  /**
   * Creates the fact.
   *
   * @param by who settled the matter
   * @param reference the article or decision, not blank
   * @return the fact
   * @throws org.shangliang.deliberation.InvalidModelException if the reference is blank
   */
  public static SettledElsewhere of(SettlingAuthority by, String reference) {
    return ImmutableSettledElsewhere.of(by, reference);
  }

  @Value.Check
  void check() {
    Checks.notBlank("reference", reference());
  }
}
