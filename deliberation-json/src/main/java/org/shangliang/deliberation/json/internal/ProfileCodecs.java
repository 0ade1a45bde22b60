package org.shangliang.deliberation.json.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.CadenceKind;
import org.shangliang.deliberation.tier.NonWorkingDayRule;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * The parts of a profile: tier rules and their cadences, the topic catalogue with its categories
 * and entries, the step plan, meeting stages, rule settings and the appraisal scale. Sets of enum
 * constants (party kinds, matter sizes) are arrays written in the enum's order, read in any order,
 * each constant at most once.
 */
public final class ProfileCodecs {
  /** The tokens of {@link CadenceKind}. */
  public static final Tokens<CadenceKind> CADENCE_KINDS = Tokens.of(CadenceKind.class);

  /** The tokens of {@link NonWorkingDayRule}. */
  public static final Tokens<NonWorkingDayRule> NON_WORKING_DAY_RULES =
      Tokens.of(NonWorkingDayRule.class);

  /** The tokens of {@link DayOfWeek}: {@code monday} … {@code sunday}. */
  public static final Tokens<DayOfWeek> DAYS_OF_WEEK = Tokens.of(DayOfWeek.class);

  /** The tokens of {@link MeetingStage}. */
  public static final Tokens<MeetingStage> MEETING_STAGES = Tokens.of(MeetingStage.class);

  /** The tokens of {@link Severity}. */
  public static final Tokens<Severity> SEVERITIES = Tokens.of(Severity.class);

  /** The tokens of {@link StepRole}, the same as the process codecs' (constant name, lower case). */
  private static final Tokens<StepRole> STEP_ROLES = Tokens.of(StepRole.class);

  /** The tokens of {@link PartyKind}, the same as the party codecs'. */
  static final Tokens<PartyKind> PARTY_KINDS = Tokens.of(PartyKind.class);

  /** The tokens of {@link MatterSize}, the same as the topic codecs'. */
  static final Tokens<MatterSize> MATTER_SIZES = Tokens.of(MatterSize.class);

  private ProfileCodecs() {}

  // ---------------------------------------------------------------------------------------------
  // tiers

  /**
   * Reads a tier rule: {@code {"level", "body", "convenerKind", "cadence", "matterSizes",
   * "categories"?, "escalatesTo"?}}.
   *
   * @param in the reader
   * @return the tier rule
   */
  public static TierRule readTierRule(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    TierRule.Builder tier = new TierRule.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "level":
          tier.level(in.token(UnitCodecs.LEVELS));
          break;
        case "body":
          tier.body(readText(in));
          break;
        case "convenerKind":
          tier.convenerKind(in.token(PARTY_KINDS));
          break;
        case "cadence":
          tier.cadence(readCadence(in));
          break;
        case "matterSizes":
          tier.addAllMatterSizes(readTokenSet(in, MATTER_SIZES));
          break;
        case "categories":
          tier.addAllCategories(readStringSet(in));
          break;
        case "escalatesTo":
          tier.escalatesTo(in.token(UnitCodecs.LEVELS));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, tier::build);
  }

  /**
   * Writes a tier rule.
   *
   * @param out the writer
   * @param tier the tier rule
   */
  public static void writeTierRule(JsonOut out, TierRule tier) {
    out.beginObject();
    out.token("level", UnitCodecs.LEVELS, tier.level());
    out.field("body");
    writeText(out, tier.body());
    out.token("convenerKind", PARTY_KINDS, tier.convenerKind());
    out.field("cadence");
    writeCadence(out, tier.cadence());
    writeTokenSet(out, "matterSizes", MATTER_SIZES, tier.matterSizes());
    out.listUnlessEmpty("categories", List.copyOf(tier.categories()), (o, s) -> o.string(s));
    tier.escalatesTo().ifPresent(level -> out.token("escalatesTo", UnitCodecs.LEVELS, level));
    out.endObject();
  }

  /**
   * Reads a cadence: {@code {"kind": "on-demand"}}, {@code {"kind": "monthly", "dayOfMonth",
   * "onNonWorkingDay"}} or {@code {"kind": "weekly", "dayOfWeek", "onNonWorkingDay"}}. A regular
   * cadence must say what happens on a non-working day; an on-demand one keeps its (absent) date,
   * so {@code onNonWorkingDay} is left out or {@code keep}.
   *
   * @param in the reader
   * @return the cadence
   */
  public static Cadence readCadence(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    CadenceKind kind = null;
    Integer dayOfMonth = null;
    DayOfWeek dayOfWeek = null;
    NonWorkingDayRule onNonWorkingDay = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind":
          kind = in.token(CADENCE_KINDS);
          break;
        case "dayOfMonth":
          dayOfMonth = in.integer();
          break;
        case "dayOfWeek":
          dayOfWeek = in.token(DAYS_OF_WEEK);
          break;
        case "onNonWorkingDay":
          onNonWorkingDay = in.token(NON_WORKING_DAY_RULES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    CadenceKind read = required(in, mark, "kind", kind);
    switch (read) {
      case MONTHLY:
        refuse(in, mark, "dayOfWeek", dayOfWeek, "only for a monthly cadence");
        int day = required(in, mark, "dayOfMonth", dayOfMonth);
        NonWorkingDayRule monthlyRule = required(in, mark, "onNonWorkingDay", onNonWorkingDay);
        return in.build(mark, () -> Cadence.monthly(day, monthlyRule));
      case WEEKLY:
        refuse(in, mark, "dayOfMonth", dayOfMonth, "only for a monthly cadence");
        DayOfWeek weekday = required(in, mark, "dayOfWeek", dayOfWeek);
        NonWorkingDayRule weeklyRule = required(in, mark, "onNonWorkingDay", onNonWorkingDay);
        return in.build(mark, () -> Cadence.weekly(weekday, weeklyRule));
      case ON_DEMAND:
      default:
        refuse(in, mark, "dayOfMonth", dayOfMonth, "an on-demand cadence has no day");
        refuse(in, mark, "dayOfWeek", dayOfWeek, "an on-demand cadence has no day");
        if (onNonWorkingDay != null && onNonWorkingDay != NonWorkingDayRule.KEEP) {
          refuse(in, mark, "onNonWorkingDay", NON_WORKING_DAY_RULES.token(onNonWorkingDay),
              "must be keep for an on-demand cadence");
        }
        return Cadence.onDemand();
    }
  }

  /**
   * Writes a cadence; an on-demand cadence as its kind alone.
   *
   * @param out the writer
   * @param cadence the cadence
   */
  public static void writeCadence(JsonOut out, Cadence cadence) {
    out.beginObject();
    out.token("kind", CADENCE_KINDS, cadence.kind());
    if (cadence.kind() == CadenceKind.MONTHLY) {
      out.integer("dayOfMonth", cadence.dayOfMonth());
    }
    cadence.dayOfWeek().ifPresent(day -> out.token("dayOfWeek", DAYS_OF_WEEK, day));
    if (cadence.isRegular()) {
      out.token("onNonWorkingDay", NON_WORKING_DAY_RULES, cadence.onNonWorkingDay());
    }
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // catalogue

  /**
   * Reads a topic catalogue: {@code {"categories"?, "entries"?}}.
   *
   * @param in the reader
   * @return the catalogue
   */
  public static TopicCatalogue readTopicCatalogue(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    TopicCatalogue.Builder catalogue = new TopicCatalogue.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "categories":
          catalogue.addAllCategories(in.list(ProfileCodecs::readTopicCategory));
          break;
        case "entries":
          catalogue.addAllEntries(in.list(ProfileCodecs::readCatalogueEntry));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, catalogue::build);
  }

  /**
   * Writes a topic catalogue.
   *
   * @param out the writer
   * @param catalogue the catalogue
   */
  public static void writeTopicCatalogue(JsonOut out, TopicCatalogue catalogue) {
    out.beginObject();
    out.listUnlessEmpty("categories", catalogue.categories(), ProfileCodecs::writeTopicCategory);
    out.listUnlessEmpty("entries", catalogue.entries(), ProfileCodecs::writeCatalogueEntry);
    out.endObject();
  }

  /**
   * Reads a topic category: {@code {"id", "name", "requiredPartyKinds"?}}.
   *
   * @param in the reader
   * @return the category
   */
  public static TopicCategory readTopicCategory(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    TopicCategory.Builder category = new TopicCategory.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          category.id(in.string());
          break;
        case "name":
          category.name(readText(in));
          break;
        case "requiredPartyKinds":
          category.addAllRequiredPartyKinds(readTokenSet(in, PARTY_KINDS));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, category::build);
  }

  /**
   * Writes a topic category.
   *
   * @param out the writer
   * @param category the category
   */
  public static void writeTopicCategory(JsonOut out, TopicCategory category) {
    out.beginObject();
    out.string("id", category.id());
    out.field("name");
    writeText(out, category.name());
    writeTokenSetUnlessEmpty(out, "requiredPartyKinds", PARTY_KINDS, category.requiredPartyKinds());
    out.endObject();
  }

  /**
   * Reads a catalogue entry: {@code {"id", "category", "name", "defaultMatterSize",
   * "requiredPartyKinds"?}}.
   *
   * @param in the reader
   * @return the entry
   */
  public static CatalogueEntry readCatalogueEntry(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    CatalogueEntry.Builder entry = new CatalogueEntry.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          entry.id(in.string());
          break;
        case "category":
          entry.category(in.string());
          break;
        case "name":
          entry.name(readText(in));
          break;
        case "defaultMatterSize":
          entry.defaultMatterSize(in.token(MATTER_SIZES));
          break;
        case "requiredPartyKinds":
          entry.addAllRequiredPartyKinds(readTokenSet(in, PARTY_KINDS));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, entry::build);
  }

  /**
   * Writes a catalogue entry.
   *
   * @param out the writer
   * @param entry the entry
   */
  public static void writeCatalogueEntry(JsonOut out, CatalogueEntry entry) {
    out.beginObject();
    out.string("id", entry.id());
    out.string("category", entry.category());
    out.field("name");
    writeText(out, entry.name());
    out.token("defaultMatterSize", MATTER_SIZES, entry.defaultMatterSize());
    writeTokenSetUnlessEmpty(out, "requiredPartyKinds", PARTY_KINDS, entry.requiredPartyKinds());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // procedure

  /**
   * Reads a step plan: {@code {"name", "steps": [...]}}, at least one step.
   *
   * @param in the reader
   * @return the plan
   */
  public static StepPlan readStepPlan(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    StepPlan.Builder plan = new StepPlan.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "name":
          plan.name(readText(in));
          break;
        case "steps":
          plan.addAllSteps(in.list(ProfileCodecs::readStep));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, plan::build);
  }

  /**
   * Writes a step plan.
   *
   * @param out the writer
   * @param plan the plan
   */
  public static void writeStepPlan(JsonOut out, StepPlan plan) {
    out.beginObject();
    out.field("name");
    writeText(out, plan.name());
    out.list("steps", plan.steps(), ProfileCodecs::writeStep);
    out.endObject();
  }

  /**
   * Reads a step: {@code {"id", "name", "role"}}, all required.
   *
   * @param in the reader
   * @return the step
   */
  public static Step readStep(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String id = null;
    LocalizedText name = null;
    StepRole role = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          id = in.string();
          break;
        case "name":
          name = readText(in);
          break;
        case "role":
          role = in.token(STEP_ROLES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    String idRead = required(in, mark, "id", id);
    LocalizedText nameRead = required(in, mark, "name", name);
    StepRole roleRead = required(in, mark, "role", role);
    return in.build(mark, () -> Step.of(idRead, nameRead, roleRead));
  }

  /**
   * Writes a step.
   *
   * @param out the writer
   * @param step the step
   */
  public static void writeStep(JsonOut out, Step step) {
    out.beginObject();
    out.string("id", step.id());
    out.field("name");
    writeText(out, step.name());
    out.token("role", STEP_ROLES, step.role());
    out.endObject();
  }

  /**
   * Reads the meeting stages: an array of stage tokens, each at most once, in the order meetings go
   * through them.
   *
   * @param in the reader
   * @return the stages
   */
  public static List<MeetingStage> readMeetingStages(JsonIn in) {
    return readTokenList(in, MEETING_STAGES);
  }

  /**
   * Writes the meeting stages as a property.
   *
   * @param out the writer
   * @param name the property
   * @param stages the stages, in order
   */
  public static void writeMeetingStages(JsonOut out, String name, List<MeetingStage> stages) {
    out.list(name, stages, (o, stage) -> o.string(MEETING_STAGES.token(stage)));
  }

  /**
   * Reads a rule setting: {@code {"code", "enabled": false}} for a rule switched off, {@code
   * {"code", "enabled": true, "severity"}} for a rule run at another severity.
   *
   * @param in the reader
   * @return the setting
   */
  public static RuleSetting readRuleSetting(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    RuleCode code = null;
    Boolean enabled = null;
    Severity severity = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "code":
          code = in.string(RuleCode::of);
          break;
        case "enabled":
          enabled = in.bool();
          break;
        case "severity":
          severity = in.token(SEVERITIES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    RuleCode codeRead = required(in, mark, "code", code);
    if (!required(in, mark, "enabled", enabled)) {
      refuse(in, mark, "severity", severity == null ? null : SEVERITIES.token(severity),
          "a rule switched off has no severity");
      return RuleSetting.off(codeRead);
    }
    if (severity == null) {
      throw invalid(in, mark, "severity",
          "required for a rule switched on, not set (a rule at its default severity needs no"
              + " setting)");
    }
    Severity severityRead = severity;
    return in.build(mark, () -> RuleSetting.severity(codeRead, severityRead));
  }

  /**
   * Writes a rule setting.
   *
   * @param out the writer
   * @param setting the setting
   */
  public static void writeRuleSetting(JsonOut out, RuleSetting setting) {
    out.beginObject();
    out.string("code", setting.code().value());
    out.bool("enabled", setting.enabled());
    setting.severity().ifPresent(s -> out.token("severity", SEVERITIES, s));
    out.endObject();
  }

  /**
   * Reads an appraisal scale: {@code {"min", "max", "poorAtMost"}}, all required (the wire form of
   * the outcome codecs).
   *
   * @param in the reader
   * @return the scale
   */
  public static AppraisalScale readAppraisalScale(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    Integer min = null;
    Integer max = null;
    Integer poorAtMost = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "min":
          min = in.integer();
          break;
        case "max":
          max = in.integer();
          break;
        case "poorAtMost":
          poorAtMost = in.integer();
          break;
        default:
          throw in.unknown(field);
      }
    }
    int lowest = required(in, mark, "min", min);
    int highest = required(in, mark, "max", max);
    int poor = required(in, mark, "poorAtMost", poorAtMost);
    return in.build(mark, () -> AppraisalScale.of(lowest, highest, poor));
  }

  /**
   * Writes an appraisal scale.
   *
   * @param out the writer
   * @param scale the scale
   */
  public static void writeAppraisalScale(JsonOut out, AppraisalScale scale) {
    out.beginObject();
    out.integer("min", scale.min());
    out.integer("max", scale.max());
    out.integer("poorAtMost", scale.poorAtMost());
    out.endObject();
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  /**
   * Reads a text in Chinese and English: {@code {"zh", "en"}}, both required.
   *
   * @param in the reader
   * @return the text
   */
  static LocalizedText readText(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    String zh = null;
    String en = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "zh":
          zh = in.string();
          break;
        case "en":
          en = in.string();
          break;
        default:
          throw in.unknown(field);
      }
    }
    String zhRead = required(in, mark, "zh", zh);
    String enRead = required(in, mark, "en", en);
    return in.build(mark, () -> LocalizedText.of(zhRead, enRead));
  }

  /**
   * Writes a text in Chinese and English.
   *
   * @param out the writer
   * @param text the text
   */
  static void writeText(JsonOut out, LocalizedText text) {
    out.beginObject();
    out.string("zh", text.zh());
    out.string("en", text.en());
    out.endObject();
  }

  /**
   * Reads an array of tokens as a set: each constant at most once, in any order.
   *
   * @param <E> the enum
   * @param in the reader
   * @param tokens the enum's tokens
   * @return the constants, in the order read
   */
  static <E extends Enum<E>> List<E> readTokenSet(JsonIn in, Tokens<E> tokens) {
    return readTokenList(in, tokens);
  }

  private static <E extends Enum<E>> List<E> readTokenList(JsonIn in, Tokens<E> tokens) {
    Set<E> seen = new HashSet<>();
    return in.list(
        element -> {
          E value = element.token(tokens);
          if (!seen.add(value)) {
            throw element.fail("listed twice, was " + JsonIn.quote(tokens.token(value)));
          }
          return value;
        });
  }

  /**
   * Writes a set of constants as an array of tokens, in the enum's order.
   *
   * @param <E> the enum
   * @param out the writer
   * @param name the property
   * @param tokens the enum's tokens
   * @param values the constants
   */
  static <E extends Enum<E>> void writeTokenSet(
      JsonOut out, String name, Tokens<E> tokens, Set<E> values) {
    List<E> sorted = new ArrayList<>(values);
    sorted.sort(null);
    out.list(name, sorted, (o, value) -> o.string(tokens.token(value)));
  }

  /**
   * Writes a set of constants as an array of tokens unless it is empty.
   *
   * @param <E> the enum
   * @param out the writer
   * @param name the property
   * @param tokens the enum's tokens
   * @param values the constants
   */
  static <E extends Enum<E>> void writeTokenSetUnlessEmpty(
      JsonOut out, String name, Tokens<E> tokens, Set<E> values) {
    if (!values.isEmpty()) {
      writeTokenSet(out, name, tokens, values);
    }
  }

  private static List<String> readStringSet(JsonIn in) {
    Set<String> seen = new HashSet<>();
    return in.list(
        element -> {
          String value = element.string();
          if (!seen.add(value)) {
            throw element.fail("listed twice, was " + JsonIn.quote(value));
          }
          return value;
        });
  }

  /**
   * Checks that a required property of an object was read: a missing one is reported as the core's
   * builders report it, at the property's pointer with the fault {@code required, not set}.
   */
  static <T> T required(JsonIn in, JsonIn.Mark mark, String property, T value) {
    if (value == null) {
      throw invalid(in, mark, property, "required, not set");
    }
    return value;
  }

  /** Refuses a property that was read where the object may not have it. */
  private static void refuse(
      JsonIn in, JsonIn.Mark mark, String property, Object value, String fault) {
    if (value != null) {
      throw invalid(in, mark, property, fault + ", was " + value);
    }
  }

  /**
   * Refuses an object for one of its properties, at the property's pointer (and the object's line
   * and column).
   *
   * @param in the reader
   * @param mark where the object began
   * @param property the property's name
   * @param fault what is wrong
   * @return never: always throws
   */
  static DeliberationJsonException invalid(JsonIn in, JsonIn.Mark mark, String property, String fault) {
    return in.build(
        mark,
        () -> {
          throw new InvalidModelException(Path.of(property), fault);
        });
  }
}
