package org.shangliang.deliberation.meeting;

import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.internal.Checks;

/**
 * The record of one stage of a meeting: when it started and what happened.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class StageRecord {
  StageRecord() {}

  /** @return the stage */
  @Value.Parameter
  public abstract MeetingStage stage();

  /** @return when the stage started; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant startedAt();

  /** @return what happened, not blank (no personal data) */
  @Value.Parameter
  public abstract String summary();

  /**
   * Creates a stage record.
   *
   * @param stage the stage
   * @param startedAt when it started
   * @param summary what happened, not blank
   * @return the record
   * @throws org.shangliang.deliberation.InvalidModelException if the summary is blank
   */
  public static StageRecord of(MeetingStage stage, Instant startedAt, String summary) {
    return ImmutableStageRecord.of(stage, startedAt, summary);
  }

  @Value.Check
  void check() {
    Checks.instant("startedAt", startedAt());
    Checks.notBlank("summary", summary());
  }
}
