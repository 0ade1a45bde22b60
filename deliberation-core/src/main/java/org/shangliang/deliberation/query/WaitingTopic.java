package org.shangliang.deliberation.query;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.TopicId;

/**
 * An entry of the 商量库: a topic waiting to be deliberated to its outcome, at the instant the
 * libraries were judged at.
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10), 商量库; docs/domain.md "The four libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingTopic {
  WaitingTopic() {}

  /** @return the record */
  public abstract DeliberationId record();

  /** @return the topic */
  public abstract TopicId topic();

  /** @return when the topic was raised */
  public abstract Instant raisedAt();

  /** @return when it was admitted; empty while its admission is pending */
  public abstract Optional<Instant> admittedAt();

  /** @return how many meetings on it had started by then */
  public abstract int meetingsHeld();

  /** A builder of entries; every field but {@code admittedAt} is required. */
  public static final class Builder extends ImmutableWaitingTopic.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
