package org.shangliang.deliberation.json;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.json.internal.CalendarCodecs;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.HouseholdLinkCodecs;
import org.shangliang.deliberation.json.internal.ProfileCodecs;
import org.shangliang.deliberation.json.internal.RecordCodecs;
import org.shangliang.deliberation.json.internal.ReportCodecs;
import org.shangliang.deliberation.json.internal.UnitCodecs;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * A kind of document {@link DeliberationJson} reads and writes, with the Java type of its value.
 * Every document is a JSON object with a {@code schemaVersion} property ({@code "1.0"}); its other
 * properties are those of its value. Immutable and thread-safe.
 *
 * @param <T> the document's value
 */
public final class DocumentKind<T> {
  /**
   * A deliberation record: {@code {"schemaVersion": "1.0", "id", "topic", "parties": [...],
   * "deliberatingUnit", …}}, the record's properties under the model's names; a violation's path is
   * a JSON Pointer into it. A vote's rule is tagged, or the name of a rule of the record's profile
   * ({@code "rule": "major"}, {@code "rule": "entry:lift-installation"}) when the reader is given
   * that profile ({@link DeliberationJson.Builder#rulesOf}).
   */
  public static final DocumentKind<Deliberation> RECORD =
      new DocumentKind<>("record", Deliberation.class, RecordCodecs.RECORD);

  /**
   * A unit tree: {@code {"schemaVersion": "1.0", "units": [{"id", "level", "name", "parent"?}]}},
   * units in any order, each parent among them.
   */
  public static final DocumentKind<Jurisdiction> JURISDICTION =
      new DocumentKind<>("jurisdiction", Jurisdiction.class, UnitCodecs.JURISDICTION);

  /**
   * A work calendar: {@code {"schemaVersion": "1.0", "holidays": ["2026-10-01", …],
   * "makeUpWorkingDays": ["2026-09-27", …]}}, dates in ISO-8601, written ascending and read in any
   * order, no date twice in a list; an empty list is left out.
   */
  public static final DocumentKind<HolidayCalendar> CALENDAR =
      new DocumentKind<>("calendar", HolidayCalendar.class, CalendarCodecs.CALENDAR);

  /**
   * A validation report: {@code {"schemaVersion": "1.0", "violations": [{"code", "severity", "path",
   * "args"?, "source"}]}}, the path a JSON Pointer into the record ({@code
   * /meetings/0/attendance}), each argument a tagged value ({@code {"type": "instant", "value":
   * "2026-11-20T11:40:00Z"}}) that reads back as the same Java value; a clean report has no {@code
   * violations}. A {@code "message": {"zh-CN", "en"}} on a violation is accepted and ignored.
   */
  public static final DocumentKind<ValidationReport> REPORT =
      new DocumentKind<>("report", ValidationReport.class, ReportCodecs.REPORT);

  /**
   * What a deliberation still owes: {@code {"schemaVersion": "1.0", "obligations": [{"code",
   * "path", "dueAt", "overdue", "args"?}]}}, paths and arguments as in {@link #REPORT}; none owed,
   * no {@code obligations}. A {@code "message": {"zh-CN", "en"}} on an obligation is accepted and
   * ignored.
   */
  @SuppressWarnings("unchecked") // the type of a list of obligations is List.class
  public static final DocumentKind<List<Obligation>> OBLIGATIONS =
      new DocumentKind<>(
          "obligations", (Class<List<Obligation>>) (Class<?>) List.class, ReportCodecs.OBLIGATIONS);

  /**
   * The report document, written with each violation's message rendered in the languages asked
   * for ({@code "message": {"zh-CN": …, "en": …}}, last), instants shown in a zone (the
   * profile's) and units named from a jurisdiction. It reads like {@link #REPORT}, the messages
   * ignored.
   *
   * <pre>{@code
   * DocumentKind<ValidationReport> kind = DocumentKind.reportWithMessages(
   *     Messages.builtIn(), profile.zone(), jurisdiction, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
   * json.write(kind, report, Path.of("report.json"));
   * }</pre>
   *
   * @param messages the messages, such as {@link Messages#builtIn()}
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree units are named from
   * @param languages Chinese ({@code zh}, any country) and/or English, at least one
   * @return the kind
   * @throws IllegalArgumentException if no language or another language is given
   */
  public static DocumentKind<ValidationReport> reportWithMessages(
      Messages messages, ZoneId zone, Jurisdiction jurisdiction, Locale... languages) {
    return new DocumentKind<>(
        "report",
        ValidationReport.class,
        ReportCodecs.reportWithMessages(rendering(messages, zone, jurisdiction, languages)));
  }

  /**
   * The obligations document, written with each obligation's message rendered in the languages
   * asked for, as {@link #reportWithMessages}. It reads like {@link #OBLIGATIONS}.
   *
   * @param messages the messages, such as {@link Messages#builtIn()}
   * @param zone the zone instants are shown in
   * @param jurisdiction the unit tree units are named from
   * @param languages Chinese ({@code zh}, any country) and/or English, at least one
   * @return the kind
   * @throws IllegalArgumentException if no language or another language is given
   */
  @SuppressWarnings("unchecked") // the type of a list of obligations is List.class
  public static DocumentKind<List<Obligation>> obligationsWithMessages(
      Messages messages, ZoneId zone, Jurisdiction jurisdiction, Locale... languages) {
    return new DocumentKind<>(
        "obligations",
        (Class<List<Obligation>>) (Class<?>) List.class,
        ReportCodecs.obligationsWithMessages(rendering(messages, zone, jurisdiction, languages)));
  }

  private static ReportCodecs.Rendering rendering(
      Messages messages, ZoneId zone, Jurisdiction jurisdiction, Locale... languages) {
    Objects.requireNonNull(languages, "languages");
    boolean chinese = false;
    boolean english = false;
    for (Locale language : languages) {
      Objects.requireNonNull(language, "languages: null language");
      if (LocalizedText.isChinese(language)) {
        chinese = true;
      } else if (language.getLanguage().equals("en")) {
        english = true;
      } else {
        throw new IllegalArgumentException(
            "languages: messages are in zh-CN and en only, was " + language.toLanguageTag());
      }
    }
    if (!chinese && !english) {
      throw new IllegalArgumentException("languages: at least one of zh-CN and en, was none");
    }
    return ReportCodecs.Rendering.of(messages, zone, jurisdiction).in(chinese, english);
  }

  /**
   * A profile (规程), the whole of a city's procedure as data: {@code {"schemaVersion": "1.0",
   * "id", "name": {"zh", "en"}, "extends"?, "without"?, "rules"?, …}} followed by the properties
   * of {@link Profile}, each under its accessor's name: {@code zone}, {@code catalogue} ({@code
   * {"categories": [{"id", "name", "requiredPartyKinds"?}], "entries": [{"id", "category", "name",
   * "defaultMatterSize", "requiredPartyKinds"?}]}}), {@code tiers} ({@code [{"level", "body",
   * "convenerKind", "cadence", "matterSizes", "categories"?, "escalatesTo"?}]}, a cadence being
   * {@code {"kind": "on-demand"}}, {@code {"kind": "monthly", "dayOfMonth": 11, "onNonWorkingDay":
   * "next-working-day"}} or {@code {"kind": "weekly", "dayOfWeek": "wednesday", "onNonWorkingDay":
   * "keep"}}), {@code publicFundsSupervisorKinds}, {@code ruleSettings} ({@code [{"code",
   * "enabled": false}]} or {@code [{"code", "enabled": true, "severity": "warning"}]}), {@code
   * stepPlan} ({@code {"name", "steps": [{"id", "name", "role"}]}}), {@code meetingStages}, {@code
   * quorums} and {@code decisionRules} (objects keyed by matter size: {@code {"major": …, "minor":
   * …, "urgent": …}}), {@code entryDecisionRules} (keyed by catalogue entry id), the time windows
   * as ISO-8601 durations, whole days in days ({@code "speakingTimeLimit": "PT5M"}, {@code
   * "urgentWindow": "P2D"}, …), {@code onlineMaxAffectedUnits}, {@code supervisorKinds}, {@code
   * appraisalScale} ({@code {"min", "max", "poorAtMost"}}), {@code reopenOnPoorAppraisal}, {@code
   * minRoundsBeforeShelving}, {@code dutyKinds} ({@code [{"id", "label", "carriers"}]}), {@code
   * forbiddenRoles} ({@code [{"kind", "roles"}]}) and {@code linkedMembersRequired}.
   *
   * <p><b>Decision rules</b> are tagged objects ({@code {"type": "majority", …}}, see
   * docs/json.md), or the name of a rule the document defines in {@code "rules": {"owners-major":
   * {"type": "double-threshold", …}}}: {@code "entryDecisionRules": {"lift-installation":
   * "owners-major"}}. Names are the document's own: the profile read holds the rules themselves,
   * and the writer writes every rule where it is used, never in {@code rules}.
   *
   * <p><b>Extending.</b> {@code "extends"} names the profile this one starts from: a built-in id
   * ({@code jinan}, {@code haidian}, {@code bishan}, {@code jinan-owners-example}: the profiles of
   * {@link org.shangliang.deliberation.profile.Profiles} of the library reading the document) or
   * a name {@link DeliberationJson} resolves (a file next to a document read from a file, or what
   * the resolver given to {@link DeliberationJson.Builder#profiles} finds). Every property the
   * document gives <em>replaces</em> the base's whole property — a list, set or map is not merged,
   * so {@code "tiers": [...]} lists every tier and {@code "meetingStages": []} leaves none; every
   * property it does not give is the base's; {@code "without": ["hotlineReplyWindow", …]} leaves
   * out optional properties of the base (the step plan, the time windows, the appraisal scale).
   * {@code id} and {@code name} are always the document's own. A document that extends nothing
   * takes the core's defaults for properties it leaves out (zone {@code Asia/Shanghai}, one unit
   * online, no reopening, shelving after 2 rounds) and nothing for the others; it must give {@code
   * catalogue}.
   *
   * <p><b>Writing.</b> A profile that is not one of the built-in procedures {@code jinan}, {@code
   * haidian} and {@code bishan} but has the catalogue of one of them is written as {@code
   * "extends"} the one it shares most properties with, plus {@code without} and the properties
   * that differ; the owners' example is {@code {"id": "jinan-owners-example", "name": …,
   * "extends": "jinan", "entryDecisionRules": {"lift-installation": {"type": "double-threshold",
   * …}}}}. Any other profile is written in full.
   */
  public static final DocumentKind<Profile> PROFILE =
      new DocumentKind<>("profile", Profile.class, ProfileCodecs.PROFILE);

  /**
   * Household links (党员联户) a city keeps beside its unit tree, given to the validator with {@link
   * org.shangliang.deliberation.rules.Validator.Builder#householdLinks}: {@code {"schemaVersion":
   * "1.0", "links": [{"member", "units": [...]}]}}, each member (a party id) once, each with one or
   * more unit ids; no links, no {@code links}.
   */
  public static final DocumentKind<HouseholdLinks> HOUSEHOLD_LINKS =
      new DocumentKind<>(
          "household-links", HouseholdLinks.class, HouseholdLinkCodecs.HOUSEHOLD_LINKS);

  private final String name;
  private final Class<T> type;
  private final Codec<T> codec;

  private DocumentKind(String name, Class<T> type, Codec<T> codec) {
    this.name = name;
    this.type = type;
    this.codec = codec;
  }

  /**
   * Every kind, one per name, in the order they are declared: the constants of this class (the
   * kinds made by {@link #reportWithMessages} and {@link #obligationsWithMessages} are the {@code
   * report} and {@code obligations} kinds written another way, not kinds of their own).
   *
   * @return the kinds
   */
  public static List<DocumentKind<?>> values() {
    return Declared.KINDS;
  }

  /** The constants, listed once the class has made them. */
  private static final class Declared {
    static final List<DocumentKind<?>> KINDS =
        List.of(RECORD, JURISDICTION, CALENDAR, REPORT, OBLIGATIONS, PROFILE, HOUSEHOLD_LINKS);
  }

  /**
   * The kind's name, as the JSON Schema of the kind is named ({@code jurisdiction}, {@code record}
   * …).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The Java type of the document's value.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The JSON Schema (draft 2020-12) of this kind of document, as {@link JsonSchemas#of} gives it;
   * it refers to the shared definitions of {@link JsonSchemas#common()}.
   *
   * @return the schema's text, JSON
   * @throws IllegalArgumentException if the kind has no schema
   */
  public String schema() {
    return JsonSchemas.of(this);
  }

  Codec<T> codec() {
    return codec;
  }

  @Override
  public String toString() {
    return "DocumentKind[" + name + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentKind && ((DocumentKind<?>) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
