package org.shangliang.deliberation.meeting;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;

/**
 * A publicity notice (公示): where it is posted and from when until when.
 *
 * <p>Source: Jinan 2018 (人民网, 2018-09-13), 七定 (publicise the result); docs/domain.md "Publicity,
 * revisits and appraisal".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Publicity {
  Publicity() {}

  /** @return the channel, e.g. 社区公示栏 or the community's WeChat group, not blank */
  @Value.Parameter
  public abstract String channel();

  /** @return when the notice went up; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant from();

  /** @return when it came down, not before {@link #from()}; in the years 1 to 9999 (UTC) */
  @Value.Parameter
  public abstract Instant until();

  /**
   * Creates a notice.
   *
   * @param channel where it is posted, not blank
   * @param from when it went up
   * @param until when it came down
   * @return the notice
   * @throws InvalidModelException if the channel is blank or {@code until} is before {@code from}
   */
  public static Publicity of(String channel, Instant from, Instant until) {
    return ImmutablePublicity.of(channel, from, until);
  }

  /**
   * How long the notice was up.
   *
   * @return {@code until - from}
   */
  public Duration length() {
    return Duration.between(from(), until());
  }

  @Value.Check
  void check() {
    Checks.notBlank("channel", channel());
    Checks.instant("from", from());
    Checks.instant("until", until());
    if (until().isBefore(from())) {
      throw new InvalidModelException(
          Path.of("until"), "must not be before from " + from() + ", was " + until());
    }
  }
}
