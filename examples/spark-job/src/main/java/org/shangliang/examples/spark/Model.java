package org.shangliang.examples.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * What every record is judged against, as JSON text: the profile, the unit tree, the work calendar
 * and the household links (deliberation-json documents), the instant, and the recurring classes'
 * level and smallest count. It is read once on the driver and broadcast; each executor reads the
 * documents back once ({@link Judge#of}). Text, not model objects, crosses the wire: the model's
 * classes are not {@link Serializable}, and the JSON form is the library's stable format.
 *
 * <p>Immutable and thread-safe.
 */
public final class Model implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String profileJson;
  private final String jurisdictionJson;
  private final String calendarJson;
  private final String householdLinksJson;
  private final Instant at;
  private final TierLevel level;
  private final int minCount;

  /**
   * A model.
   *
   * @param profileJson the profile document
   * @param jurisdictionJson the unit tree document
   * @param calendarJson the work calendar document; empty: every Monday to Friday is a working day
   * @param householdLinksJson the household links document, if any
   * @param at the instant records are judged at
   * @param level the level recurring classes are rolled up to
   * @param minCount the smallest recurring class kept, at least 1
   */
  public Model(
      String profileJson,
      String jurisdictionJson,
      Optional<String> calendarJson,
      Optional<String> householdLinksJson,
      Instant at,
      TierLevel level,
      int minCount) {
    this.profileJson = Objects.requireNonNull(profileJson, "profileJson");
    this.jurisdictionJson = Objects.requireNonNull(jurisdictionJson, "jurisdictionJson");
    this.calendarJson = calendarJson.orElse(null);
    this.householdLinksJson = householdLinksJson.orElse(null);
    this.at = Objects.requireNonNull(at, "at");
    this.level = Objects.requireNonNull(level, "level");
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount: must be at least 1, was " + minCount);
    }
    this.minCount = minCount;
  }

  /**
   * The instant records are judged at.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * The level recurring classes are rolled up to.
   *
   * @return the level
   */
  public TierLevel level() {
    return level;
  }

  /**
   * The smallest recurring class kept.
   *
   * @return the count, at least 1
   */
  public int minCount() {
    return minCount;
  }

  /**
   * A built-in profile by its id: {@code jinan}, {@code haidian}, {@code bishan} or {@code
   * jinan-owners-example}.
   *
   * @param id the id
   * @return the profile; empty for any other id
   */
  public static Optional<Profile> builtIn(String id) {
    return switch (id) {
      case "jinan" -> Optional.of(Profiles.jinan());
      case "haidian" -> Optional.of(Profiles.haidian());
      case "bishan" -> Optional.of(Profiles.bishan());
      case "jinan-owners-example" -> Optional.of(Profiles.jinanOwnersExample());
      default -> Optional.empty();
    };
  }

  /**
   * Reads the model of a command line: a built-in profile is written as its JSON document, the
   * files are read as text by {@code readText} (on a cluster, through Hadoop's file systems) and
   * checked by reading them as the documents they must be, so a bad file fails the job on the
   * driver, before any record is read.
   *
   * @param options the options
   * @param readText reads a file's text by its path
   * @return the model
   * @throws org.shangliang.deliberation.json.DeliberationJsonException if a file is not a valid
   *     document of its kind
   * @throws org.shangliang.deliberation.InvalidModelException if the profile, tree, calendar and
   *     links do not fit together
   */
  public static Model read(JobOptions options, UnaryOperator<String> readText) {
    DeliberationJson json = DeliberationJson.create();
    String profile =
        builtIn(options.profile())
            .map(p -> json.write(DocumentKind.PROFILE, p))
            .orElseGet(() -> readText.apply(options.profile()));
    Model model =
        new Model(
            profile,
            readText.apply(options.jurisdiction()),
            options.calendar().map(readText),
            options.householdLinks().map(readText),
            options.at(),
            options.level(),
            options.minCount());
    model.validator();
    return model;
  }

  /**
   * The profile.
   *
   * @return the profile read from its document
   */
  public Profile profile() {
    return DeliberationJson.create().read(DocumentKind.PROFILE, profileJson);
  }

  /**
   * The unit tree.
   *
   * @return the tree read from its document
   */
  public Jurisdiction jurisdiction() {
    return DeliberationJson.create().read(DocumentKind.JURISDICTION, jurisdictionJson);
  }

  /**
   * A validator of the profile with the tree, calendar and links.
   *
   * @return a new validator
   */
  public Validator validator() {
    DeliberationJson json = DeliberationJson.create();
    WorkCalendar calendar =
        Optional.ofNullable(calendarJson)
            .<WorkCalendar>map(text -> json.read(DocumentKind.CALENDAR, text))
            .orElse(WEEKDAYS);
    Validator.Builder builder =
        Validator.builder(profile()).jurisdiction(jurisdiction()).calendar(calendar);
    Optional.ofNullable(householdLinksJson)
        .map(text -> json.read(DocumentKind.HOUSEHOLD_LINKS, text))
        .ifPresent((HouseholdLinks links) -> builder.householdLinks(links));
    return builder.build();
  }

  /** The calendar without {@code --calendar}: no holidays, no make-up working days. */
  private static final HolidayCalendar WEEKDAYS =
      HolidayCalendar.of(java.util.Set.of(), java.util.Set.of());
}
