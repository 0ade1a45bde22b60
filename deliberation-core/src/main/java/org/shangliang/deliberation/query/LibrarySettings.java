package org.shangliang.deliberation.query;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.party.PartyKind;

/**
 * The criteria of Haidian's four libraries ({@link Libraries}). The article names the libraries and
 * what each holds, not how to tell: every criterion is a setting, and every default is marked
 * "(default)".
 *
 * <ul>
 *   <li>商量库 (topics waiting to be deliberated): {@link #waitingIncludesPending()};
 *   <li>经验库 (finished cases with good appraisals): {@link #goodScoreAtLeast()}, {@link
 *       #minAppraisals()};
 *   <li>痛点库 (pain points): {@link #recurring()} and {@link #recurrenceWindow()} (problems that
 *       recur), {@link #overdueFor()} (duties that stay overdue), {@link #shelvedMoreThan()};
 *   <li>骨干库 (key people): {@link #keyPeopleLimit()}, {@link #keyPeopleKinds()}, {@link
 *       #tookPartWeight()}, {@link #chairedWeight()}, {@link #followedUpWeight()}.
 * </ul>
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10) (建立"商量库""经验库""痛点库""骨干库"4个库); docs/domain.md "The
 * four libraries".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LibrarySettings {
  /** The highest weight of a kind of activity in the key-people score. */
  public static final int MAX_WEIGHT = 1000;

  private static final LibrarySettings DEFAULTS = new Builder().build();

  LibrarySettings() {}

  /**
   * 商量库: whether a topic raised but not yet admitted (its admission pending) is waiting, besides the
   * admitted topics whose outcome is not yet classified. A refused topic never is.
   *
   * @return {@code true} (default) unless set
   */
  @Value.Default
  public boolean waitingIncludesPending() {
    return true;
  }

  /**
   * 经验库: the lowest mean score of a case's appraisals that is good.
   *
   * @return the score; empty (default) for the lowest score above the poor ones of the profile's
   *     {@code AppraisalScale} ({@code poorAtMost + 1}); with neither this setting nor a scale in the
   *     profile, no case is good
   */
  public abstract Optional<Integer> goodScoreAtLeast();

  /**
   * 经验库: how many appraisals (scores on the profile's scale) a finished case needs before its mean
   * counts.
   *
   * @return the count, at least 1; 1 (default) unless set
   */
  @Value.Default
  public int minAppraisals() {
    return 1;
  }

  /**
   * 痛点库: how topics are grouped into classes of cases that recur (the level units are rolled up to,
   * the smallest class).
   *
   * @return the settings; {@link RecurringSettings#defaults()} (default: by community, at least 2)
   *     unless set
   */
  @Value.Default
  public RecurringSettings recurring() {
    return RecurringSettings.defaults();
  }

  /**
   * 痛点库: how far back from the instant the libraries are judged at topics count towards a recurring
   * class: topics raised in {@code [at - window, at]}.
   *
   * @return the window, from 1 second to 36,500 days; 90 days (default) unless set
   */
  @Value.Default
  public Duration recurrenceWindow() {
    return Duration.ofDays(90);
  }

  /**
   * 痛点库: how long past its due instant an obligation (an open duty, a missing follow-up, a late
   * reply … as {@code Obligations} lists them) must be to make the record a pain point: overdue by
   * more than this.
   *
   * @return the duration, from zero to 36,500 days; zero (default: any overdue obligation) unless set
   */
  @Value.Default
  public Duration overdueFor() {
    return Duration.ZERO;
  }

  /**
   * 痛点库: a record shelved more than this many times (搁置件) is a pain point.
   *
   * @return the count, at least 0; 1 (default: shelved more than once) unless set
   */
  @Value.Default
  public int shelvedMoreThan() {
    return 1;
  }

  /**
   * 骨干库: how many key people are listed at most.
   *
   * @return the count, at least 1; 10 (default) unless set
   */
  @Value.Default
  public int keyPeopleLimit() {
    return 10;
  }

  /**
   * 骨干库: the kinds of party that can be key people, as the party list of each record gives them.
   *
   * @return the kinds; empty (default) for every kind
   */
  public abstract Set<PartyKind> keyPeopleKinds();

  /**
   * 骨干库: the weight of each meeting a party took part in (signed in at).
   *
   * @return the weight, 0 to {@value #MAX_WEIGHT}; 1 (default) unless set
   */
  @Value.Default
  public int tookPartWeight() {
    return 1;
  }

  /**
   * 骨干库: the weight of each meeting a party chaired.
   *
   * @return the weight, 0 to {@value #MAX_WEIGHT}; 1 (default) unless set
   */
  @Value.Default
  public int chairedWeight() {
    return 1;
  }

  /**
   * 骨干库: the weight of each follow-up of an escalated matter by its named follower (专人跟进).
   *
   * @return the weight, 0 to {@value #MAX_WEIGHT}; 1 (default) unless set
   */
  @Value.Default
  public int followedUpWeight() {
    return 1;
  }

  /**
   * The default settings.
   *
   * @return the settings
   */
  public static LibrarySettings defaults() {
    return DEFAULTS;
  }

  @Value.Check
  void check() {
    atLeast("minAppraisals", minAppraisals(), 1);
    atLeast("shelvedMoreThan", shelvedMoreThan(), 0);
    atLeast("keyPeopleLimit", keyPeopleLimit(), 1);
    weight("tookPartWeight", tookPartWeight());
    weight("chairedWeight", chairedWeight());
    weight("followedUpWeight", followedUpWeight());
    Checks.duration("recurrenceWindow", recurrenceWindow(), Duration.ofSeconds(1));
    if (overdueFor().isNegative() || overdueFor().compareTo(Checks.MAX_DURATION) > 0) {
      throw new InvalidModelException(
          Path.of("overdueFor"),
          "must be from zero to " + Checks.MAX_DURATION.toDays() + " days, was " + overdueFor());
    }
  }

  private static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw new InvalidModelException(Path.of(field), "must be at least " + min + ", was " + value);
    }
  }

  private static void weight(String field, int value) {
    if (value < 0 || value > MAX_WEIGHT) {
      throw new InvalidModelException(
          Path.of(field), "must be from 0 to " + MAX_WEIGHT + ", was " + value);
    }
  }

  /** A builder of settings; every field has a default. */
  public static final class Builder extends ImmutableLibrarySettings.Builder {
    /** Creates a builder of the default settings. */
    public Builder() {}
  }
}
