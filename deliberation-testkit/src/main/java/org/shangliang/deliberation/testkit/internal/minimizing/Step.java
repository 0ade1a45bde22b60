package org.shangliang.deliberation.testkit.internal.minimizing;

import java.util.Objects;
import java.util.function.Supplier;
import org.shangliang.deliberation.process.Deliberation;

/**
 * One single reduction step of a record: drop one element of a list, drop an optional part, or
 * replace one text, number or instant by a simpler one. A record is locally minimal for a check
 * when every single step of it either makes a record the model refuses or one that passes.
 *
 * @param description what the step does, e.g. {@code remove parties[3]}; no value of the record
 * @param candidate builds the smaller record; throws {@link
 *     org.shangliang.deliberation.InvalidModelException} where the model refuses it
 */
public record Step(String description, Supplier<Deliberation> candidate) {
  /**
   * Checks that no part is {@code null}.
   *
   * @param description what the step does
   * @param candidate builds the smaller record
   */
  public Step {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(candidate, "candidate");
  }
}
