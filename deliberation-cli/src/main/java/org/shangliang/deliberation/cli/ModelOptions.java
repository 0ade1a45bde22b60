package org.shangliang.deliberation.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLimits;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import picocli.CommandLine.Option;

/**
 * The options that say what records are judged against: the profile, the unit tree, the work calendar,
 * the household links and the instant. A picocli mixin shared by the commands that judge records.
 * Everything is read once, when first asked for; a file that is missing or cannot be read is a {@link
 * CliFailure} (usage exit code) naming the option, the file and the fault.
 */
final class ModelOptions {

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "PROFILE",
      defaultValue = "jinan",
      description =
          "A built-in profile (jinan, haidian, bishan, jinan-owners-example) or a profile file"
              + " (JSON). Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(
      names = {"-u", "--units", "--jurisdiction"},
      paramLabel = "FILE",
      description = "The unit tree (jurisdiction) the records' units belong to (JSON); required to judge records.")
  Path jurisdiction;

  @Option(
      names = {"-c", "--calendar"},
      paramLabel = "FILE",
      description =
          "The work calendar: holidays and make-up working days (JSON). Default: every Monday to Friday"
              + " is a working day.")
  Path calendar;

  @Option(
      names = "--household-links",
      paramLabel = "FILE",
      description = "Household links (党员联户) of the party members on the records' party lists (JSON).")
  Path householdLinks;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "The instant to judge at: 2026-12-05T10:00:00Z, 2026-12-05T18:00+08:00, a local date-time"
              + " or a date (its start) in the profile's zone. Default: now, read once.")
  String at;

  /**
   * The reader of the files that say what records are judged against (profile, unit tree, calendar,
   * links): files the operator chose, not the records, so with the default limits raised for a
   * province's unit tree — documents up to 1 GiB and 200,000,000 tokens (a unit takes about 10, and
   * the largest tree the testkit makes, 10,000,000 units, about 840 MB). Records are read with the
   * default limits ({@link #recordReader()}).
   */
  static final DeliberationJson MODEL_FILES =
      DeliberationJson.builder()
          .limits(JsonLimits.DEFAULT.withMaxDocumentLength(1L << 30).withMaxTokenCount(200_000_000L))
          .build();

  /** The calendar without {@code --calendar}: no holidays, no make-up working days. */
  private static final HolidayCalendar WEEKDAYS = HolidayCalendar.of(java.util.Set.of(), java.util.Set.of());

  private Profile resolvedProfile;
  private Optional<Jurisdiction> resolvedJurisdiction;
  private Optional<HolidayCalendar> resolvedCalendar;
  private Optional<HouseholdLinks> resolvedLinks;

  /** The built-in profiles by id. */
  static Map<String, Profile> builtInProfiles() {
    Map<String, Profile> profiles = new LinkedHashMap<>();
    for (Profile p :
        new Profile[] {
          Profiles.jinan(), Profiles.haidian(), Profiles.bishan(), Profiles.jinanOwnersExample()
        }) {
      profiles.put(p.id(), p);
    }
    return profiles;
  }

  /**
   * Resolves a profile argument: a built-in profile's id, else a profile file.
   *
   * @param option the option's name, for messages
   * @param value the argument
   * @return the profile
   * @throws CliFailure if it is neither a built-in id nor a readable, valid profile file
   */
  static Profile profile(String option, String value) {
    Map<String, Profile> builtIn = builtInProfiles();
    Profile known = builtIn.get(value);
    if (known != null) {
      return known;
    }
    Path file = Path.of(value);
    if (!Files.exists(file)) {
      throw new CliFailure(
          option
              + ": no built-in profile and no file named '"
              + value
              + "' (built-in: "
              + String.join(", ", builtIn.keySet())
              + ")");
    }
    return read(option, file, DocumentKind.PROFILE, MODEL_FILES);
  }

  /**
   * Reads a document from a file, turning every way it can fail into one line.
   *
   * @param option the option's name, for messages
   * @param file the file
   * @param kind the document kind
   * @param json the reader
   * @param <T> the document's value
   * @return the value
   * @throws CliFailure if the file is missing, unreadable or not a valid document of that kind
   */
  static <T> T read(String option, Path file, DocumentKind<T> kind, DeliberationJson json) {
    try {
      return json.read(kind, file);
    } catch (DeliberationJsonException e) {
      throw new CliFailure(option + ": " + file + " is not a valid " + kind.name() + ": " + located(e), e);
    } catch (UncheckedIOException e) {
      String fault =
          e.getCause() instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getCause().getMessage());
      throw new CliFailure(option + ": cannot read " + file + ": " + fault, e);
    } catch (InvalidModelException e) {
      throw new CliFailure(option + ": " + file + " is not a valid " + kind.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where a JSON fault is and what it is, in one line: {@code line 3, column 7, at /topic/id: fault}.
   *
   * @param e the exception
   * @return the location and the fault
   */
  static String located(DeliberationJsonException e) {
    StringBuilder out = new StringBuilder();
    if (e.line() > 0) {
      out.append("line ").append(e.line());
      if (e.column() > 0) {
        out.append(", column ").append(e.column());
      }
      out.append(", ");
    }
    out.append("at ").append(e.pointer().isEmpty() ? "/" : e.pointer()).append(": ").append(e.fault());
    return out.toString();
  }

  /**
   * The profile.
   *
   * @return the profile of {@code --profile}
   */
  Profile profile() {
    if (resolvedProfile == null) {
      resolvedProfile = profile("--profile", profile);
    }
    return resolvedProfile;
  }

  /**
   * The unit tree, if {@code --units} names one.
   *
   * @return the unit tree
   */
  Optional<Jurisdiction> jurisdiction() {
    if (resolvedJurisdiction == null) {
      resolvedJurisdiction =
          Optional.ofNullable(jurisdiction)
              .map(f -> read("--units", f, DocumentKind.JURISDICTION, MODEL_FILES));
    }
    return resolvedJurisdiction;
  }

  /**
   * The work calendar, if {@code --calendar} names one.
   *
   * @return the calendar
   */
  Optional<HolidayCalendar> calendar() {
    if (resolvedCalendar == null) {
      resolvedCalendar =
          Optional.ofNullable(calendar)
              .map(f -> read("--calendar", f, DocumentKind.CALENDAR, MODEL_FILES));
    }
    return resolvedCalendar;
  }

  /**
   * The household links, if {@code --household-links} names them.
   *
   * @return the links
   */
  Optional<HouseholdLinks> householdLinks() {
    if (resolvedLinks == null) {
      resolvedLinks =
          Optional.ofNullable(householdLinks)
              .map(f -> read("--household-links", f, DocumentKind.HOUSEHOLD_LINKS, MODEL_FILES));
    }
    return resolvedLinks;
  }

  /**
   * The reader of records: strict, with the profile's decision rules by name.
   *
   * @return the reader
   */
  DeliberationJson recordReader() {
    return DeliberationJson.builder().rulesOf(profile()).build();
  }

  /**
   * A validator of the profile with the unit tree, calendar and household links given; without {@code
   * --calendar}, every Monday to Friday is a working day.
   *
   * @return the validator
   * @throws CliFailure if no unit tree is given ({@code --units}), or the parts do not fit together
   */
  Validator validator() {
    Validator.Builder builder = Validator.builder(profile());
    builder.jurisdiction(
        jurisdiction()
            .orElseThrow(
                () ->
                    new CliFailure(
                        "--units: required to judge records: the unit tree (jurisdiction) their units"
                            + " belong to, a JSON file")));
    builder.calendar(calendar().orElse(WEEKDAYS));
    householdLinks().ifPresent(builder::householdLinks);
    try {
      return builder.build();
    } catch (InvalidModelException e) {
      throw new CliFailure("the profile, unit tree, calendar and links do not fit together: " + e.getMessage(), e);
    }
  }

  /**
   * The instant to judge at: {@code --at}, or the context's clock read once.
   *
   * @param context the context
   * @return the instant
   * @throws CliFailure if {@code --at} is not an instant, date-time or date
   */
  Instant at(CliContext context) {
    if (at == null) {
      return context.clock().instant();
    }
    return instant("--at", at, profile());
  }

  /**
   * Parses an instant: ISO-8601 with {@code Z} or an offset, else a local date-time or a date (its
   * start) in the profile's zone.
   *
   * @param option the option's name, for messages
   * @param text the text
   * @param profile the profile whose zone local times are in
   * @return the instant
   */
  static Instant instant(String option, String text, Profile profile) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException notOffset) {
      // next form
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException notInstant) {
      // next form
    }
    try {
      return LocalDateTime.parse(text).atZone(profile.zone()).toInstant();
    } catch (DateTimeException notLocal) {
      // next form
    }
    try {
      return LocalDate.parse(text).atStartOfDay(profile.zone()).toInstant();
    } catch (DateTimeException notDate) {
      throw new CliFailure(
          option
              + ": '"
              + text
              + "' is not an instant (2026-12-05T10:00:00Z), an offset date-time"
              + " (2026-12-05T18:00+08:00), a local date-time or a date",
          notDate);
    }
  }
}
