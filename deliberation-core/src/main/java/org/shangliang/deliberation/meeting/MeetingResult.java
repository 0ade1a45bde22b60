package org.shangliang.deliberation.meeting;

import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.internal.Checks;

/**
 * The result a meeting formed (形成结果): its text and, where a vote was held, the outcome recorded.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class MeetingResult {
  MeetingResult() {}

  /** @return the result's text, not blank */
  @Value.Parameter
  public abstract String text();

  /** @return the outcome recorded for the vote; empty if no vote was held */
  @Value.Parameter
  public abstract Optional<Outcome> outcome();

  /**
   * A result without a vote (e.g. agreement by consultation).
   *
   * @param text the text, not blank
   * @return the result
   */
  public static MeetingResult of(String text) {
    return ImmutableMeetingResult.of(text, Optional.empty());
  }

  /**
   * A result with the vote's recorded outcome.
   *
   * @param text the text, not blank
   * @param outcome the outcome recorded
   * @return the result
   */
  public static MeetingResult of(String text, Outcome outcome) {
    return ImmutableMeetingResult.of(text, Optional.of(Checks.notNull("outcome", outcome)));
  }

  @Value.Check
  void check() {
    Checks.notBlank("text", text());
  }
}
