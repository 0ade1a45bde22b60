package org.shangliang.deliberation.json.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.ForbiddenRoles;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
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
 * Profiles: the profile document ({@link #readProfile}, {@link #writeProfile}; extending another
 * profile, named decision rules, whole properties replaced — see {@code DocumentKind.PROFILE}) and
 * its parts: tier rules and their cadences, the topic catalogue with its categories and entries,
 * the step plan, meeting stages and rule settings. Decision rules and quorums are {@link
 * DecisionCodecs}', the appraisal scale {@link OutcomeCodecs}'. Sets of enum constants (party
 * kinds, matter sizes) are arrays written in the enum's order, read in any order, each constant at
 * most once.
 */
public final class ProfileCodecs {
  /** The tokens of {@link CadenceKind}. */
  public static final Tokens<CadenceKind> CADENCE_KINDS = Tokens.of(CadenceKind.class);

  /** The tokens of {@link NonWorkingDayRule}. */
  public static final Tokens<NonWorkingDayRule> NON_WORKING_DAY_RULES =
      Tokens.of(NonWorkingDayRule.class);

  /** The tokens of {@link DayOfWeek}: {@code monday} … {@code sunday}. */
  public static final Tokens<DayOfWeek> DAYS_OF_WEEK = Tokens.of(DayOfWeek.class);

  /** The tokens of {@link Severity}. */
  public static final Tokens<Severity> SEVERITIES = Tokens.of(Severity.class);

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
          tier.body(CommonCodecs.readLocalizedText(in));
          break;
        case "convenerKind":
          tier.convenerKind(in.token(PartyCodecs.KINDS));
          break;
        case "cadence":
          tier.cadence(readCadence(in));
          break;
        case "matterSizes":
          tier.addAllMatterSizes(readTokenSet(in, TopicCodecs.MATTER_SIZES));
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
    CommonCodecs.writeLocalizedText(out, tier.body());
    out.token("convenerKind", PartyCodecs.KINDS, tier.convenerKind());
    out.field("cadence");
    writeCadence(out, tier.cadence());
    writeTokenSet(out, "matterSizes", TopicCodecs.MATTER_SIZES, tier.matterSizes());
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
    CadenceKind read = CommonCodecs.required(in, mark, "kind", kind);
    switch (read) {
      case MONTHLY:
        refuse(in, mark, "dayOfWeek", dayOfWeek, "only for a monthly cadence");
        int day = CommonCodecs.required(in, mark, "dayOfMonth", dayOfMonth);
        NonWorkingDayRule monthlyRule =
            CommonCodecs.required(in, mark, "onNonWorkingDay", onNonWorkingDay);
        return in.build(mark, () -> Cadence.monthly(day, monthlyRule));
      case WEEKLY:
        refuse(in, mark, "dayOfMonth", dayOfMonth, "only for a monthly cadence");
        DayOfWeek weekday = CommonCodecs.required(in, mark, "dayOfWeek", dayOfWeek);
        NonWorkingDayRule weeklyRule =
            CommonCodecs.required(in, mark, "onNonWorkingDay", onNonWorkingDay);
        return in.build(mark, () -> Cadence.weekly(weekday, weeklyRule));
      case ON_DEMAND:
      default:
        refuse(in, mark, "dayOfMonth", dayOfMonth, "an on-demand cadence has no day");
        refuse(in, mark, "dayOfWeek", dayOfWeek, "an on-demand cadence has no day");
        if (onNonWorkingDay != null && onNonWorkingDay != NonWorkingDayRule.KEEP) {
          refuse(
              in,
              mark,
              "onNonWorkingDay",
              NON_WORKING_DAY_RULES.token(onNonWorkingDay),
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
          category.name(CommonCodecs.readLocalizedText(in));
          break;
        case "requiredPartyKinds":
          category.addAllRequiredPartyKinds(readTokenSet(in, PartyCodecs.KINDS));
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
    CommonCodecs.writeLocalizedText(out, category.name());
    writeTokenSetUnlessEmpty(
        out, "requiredPartyKinds", PartyCodecs.KINDS, category.requiredPartyKinds());
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
          entry.name(CommonCodecs.readLocalizedText(in));
          break;
        case "defaultMatterSize":
          entry.defaultMatterSize(in.token(TopicCodecs.MATTER_SIZES));
          break;
        case "requiredPartyKinds":
          entry.addAllRequiredPartyKinds(readTokenSet(in, PartyCodecs.KINDS));
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
    CommonCodecs.writeLocalizedText(out, entry.name());
    out.token("defaultMatterSize", TopicCodecs.MATTER_SIZES, entry.defaultMatterSize());
    writeTokenSetUnlessEmpty(
        out, "requiredPartyKinds", PartyCodecs.KINDS, entry.requiredPartyKinds());
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
          plan.name(CommonCodecs.readLocalizedText(in));
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
    CommonCodecs.writeLocalizedText(out, plan.name());
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
          name = CommonCodecs.readLocalizedText(in);
          break;
        case "role":
          role = in.token(ProcessCodecs.STEP_ROLES);
          break;
        default:
          throw in.unknown(field);
      }
    }
    String idRead = CommonCodecs.required(in, mark, "id", id);
    LocalizedText nameRead = CommonCodecs.required(in, mark, "name", name);
    StepRole roleRead = CommonCodecs.required(in, mark, "role", role);
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
    CommonCodecs.writeLocalizedText(out, step.name());
    out.token("role", ProcessCodecs.STEP_ROLES, step.role());
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
    return readTokenSet(in, MeetingCodecs.STAGES);
  }

  /**
   * Writes the meeting stages: an array of stage tokens, in order.
   *
   * @param out the writer
   * @param stages the stages, in order
   */
  public static void writeMeetingStages(JsonOut out, List<MeetingStage> stages) {
    out.list(stages, (o, stage) -> o.string(MeetingCodecs.STAGES.token(stage)));
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
    RuleCode codeRead = CommonCodecs.required(in, mark, "code", code);
    if (!CommonCodecs.required(in, mark, "enabled", enabled)) {
      refuse(
          in,
          mark,
          "severity",
          severity == null ? null : SEVERITIES.token(severity),
          "a rule switched off has no severity");
      return RuleSetting.off(codeRead);
    }
    if (severity == null) {
      throw invalid(
          in,
          mark,
          "severity",
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

  // ---------------------------------------------------------------------------------------------
  // the profile document

  /**
   * The built-in profiles a document may extend, by id: {@code jinan}, {@code haidian}, {@code
   * bishan} and {@code jinan-owners-example}.
   */
  public static final Map<String, Profile> BUILT_INS = builtIns();

  /**
   * The built-in procedures the writer writes a profile as an extension of, in the order ties are
   * broken.
   */
  private static final List<Profile> BASES =
      List.of(Profiles.jinan(), Profiles.haidian(), Profiles.bishan());

  /**
   * Raised by a resolver given to {@link #profile(Function)} when the profile a document extends
   * cannot be had for a reason of its own (a cycle of documents extending each other): the reader
   * reports the fault at the document's {@code extends}.
   */
  public static final class CannotExtend extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A fault.
     *
     * @param fault what is wrong, as a fault message
     */
    public CannotExtend(String fault) {
      super(fault, null, false, false);
    }
  }

  /** The profile document, whose {@code extends} names a built-in profile only. */
  public static final Codec<Profile> PROFILE = profile(name -> Optional.empty());

  /**
   * The profile document, whose {@code extends} names a built-in profile or one the resolver finds.
   *
   * @param resolver finds a profile by a name that is not a built-in profile's id; it may raise a
   *     {@link DeliberationJsonException} if the profile it finds is not valid, or {@link
   *     CannotExtend}
   * @return the codec
   */
  public static Codec<Profile> profile(Function<String, Optional<Profile>> resolver) {
    Objects.requireNonNull(resolver, "resolver");
    return new Codec<>() {
      @Override
      public Profile read(JsonIn in) {
        return readProfile(in, resolver);
      }

      @Override
      public void write(JsonOut out, Profile value) {
        writeProfile(out, value);
      }
    };
  }

  /** How a property of a profile is written and read when the document does not give it. */
  private enum Form {
    /** Always written; a document that extends none must give it. */
    REQUIRED,
    /**
     * Always written; read as the core's default when a document that extends none leaves it out.
     */
    DEFAULTED,
    /** An optional value: left out when empty; named in {@code without} to drop the base's. */
    OPTIONAL,
    /** A list, set or map: left out when empty, unless the base's is not. */
    COLLECTION
  }

  /** One property of a profile in a profile document. */
  private static final class Part<V> {
    final String name;
    final Form form;
    final Function<Profile, V> get;
    final BiFunction<JsonIn, Names, V> read;
    final BiConsumer<JsonOut, Profile> write;
    final BiConsumer<Profile.Builder, V> set;

    Part(
        String name,
        Form form,
        Function<Profile, V> get,
        BiFunction<JsonIn, Names, V> read,
        BiConsumer<JsonOut, Profile> write,
        BiConsumer<Profile.Builder, V> set) {
      this.name = name;
      this.form = form;
      this.get = get;
      this.read = read;
      this.write = write;
      this.set = set;
    }

    boolean emptyIn(Profile profile) {
      Object value = get.apply(profile);
      switch (form) {
        case OPTIONAL:
          return ((Optional<?>) value).isEmpty();
        case COLLECTION:
          return value instanceof Map
              ? ((Map<?, ?>) value).isEmpty()
              : ((Collection<?>) value).isEmpty();
        default:
          return false;
      }
    }

    boolean sameIn(Profile one, Profile other) {
      return get.apply(one).equals(get.apply(other));
    }

    @SuppressWarnings("unchecked")
    void set(Profile.Builder builder, Object value) {
      set.accept(builder, (V) value);
    }
  }

  private static <V> Part<V> part(
      String name,
      Form form,
      Function<Profile, V> get,
      Function<JsonIn, V> read,
      BiConsumer<JsonOut, V> write,
      BiConsumer<Profile.Builder, V> set) {
    return new Part<>(
        name,
        form,
        get,
        (in, names) -> read.apply(in),
        (out, p) -> {
          out.field(name);
          write.accept(out, get.apply(p));
        },
        set);
  }

  private static <X> Part<Optional<X>> optional(
      String name,
      Function<Profile, Optional<X>> get,
      Function<JsonIn, X> read,
      BiConsumer<JsonOut, X> write,
      BiConsumer<Profile.Builder, Optional<X>> set) {
    return new Part<>(
        name,
        Form.OPTIONAL,
        get,
        (in, names) -> Optional.of(read.apply(in)),
        (out, p) -> {
          out.field(name);
          write.accept(out, get.apply(p).get());
        },
        set);
  }

  private static Part<Optional<Duration>> window(
      String name,
      Function<Profile, Optional<Duration>> get,
      BiConsumer<Profile.Builder, Optional<Duration>> set) {
    return optional(name, get, JsonIn::duration, ProfileCodecs::writeWindow, set);
  }

  /**
   * Writes a time window: a whole number of days as {@code P30D}, any other duration as {@link
   * Duration#toString()} ({@code PT36H}, {@code PT5M}); both read back as the same duration.
   *
   * @param out the writer
   * @param window the window, positive
   */
  static void writeWindow(JsonOut out, Duration window) {
    if (window.getNano() == 0 && window.getSeconds() % SECONDS_PER_DAY == 0) {
      out.string("P" + window.getSeconds() / SECONDS_PER_DAY + "D");
    } else {
      out.string(window.toString());
    }
  }

  private static final long SECONDS_PER_DAY = 86_400;

  /** The properties of a profile after its id and name, in the order of its accessors. */
  private static final List<Part<?>> PARTS =
      List.of(
          part(
              "zone",
              Form.DEFAULTED,
              Profile::zone,
              JsonIn::zone,
              (out, zone) -> out.string(zone.getId()),
              Profile.Builder::zone),
          part(
              "catalogue",
              Form.REQUIRED,
              Profile::catalogue,
              ProfileCodecs::readTopicCatalogue,
              ProfileCodecs::writeTopicCatalogue,
              Profile.Builder::catalogue),
          part(
              "tiers",
              Form.COLLECTION,
              Profile::tiers,
              in -> in.list(ProfileCodecs::readTierRule),
              (out, tiers) -> out.list(tiers, ProfileCodecs::writeTierRule),
              Profile.Builder::addAllTiers),
          ProfileCodecs.<Collection<PartyKind>>part(
              "publicFundsSupervisorKinds",
              Form.COLLECTION,
              Profile::publicFundsSupervisorKinds,
              in -> readTokenSet(in, PartyCodecs.KINDS),
              (out, kinds) -> writeTokens(out, PartyCodecs.KINDS, kinds),
              Profile.Builder::addAllPublicFundsSupervisorKinds),
          part(
              "ruleSettings",
              Form.COLLECTION,
              Profile::ruleSettings,
              in -> in.list(ProfileCodecs::readRuleSetting),
              (out, settings) -> out.list(settings, ProfileCodecs::writeRuleSetting),
              Profile.Builder::addAllRuleSettings),
          optional(
              "stepPlan",
              Profile::stepPlan,
              ProfileCodecs::readStepPlan,
              ProfileCodecs::writeStepPlan,
              Profile.Builder::stepPlan),
          part(
              "meetingStages",
              Form.COLLECTION,
              Profile::meetingStages,
              ProfileCodecs::readMeetingStages,
              ProfileCodecs::writeMeetingStages,
              Profile.Builder::addAllMeetingStages),
          part(
              "quorums",
              Form.COLLECTION,
              Profile::quorums,
              in -> readSizeMap(in, DecisionCodecs::readQuorum),
              (out, quorums) -> writeSizeMap(out, quorums, DecisionCodecs::writeQuorum),
              Profile.Builder::putAllQuorums),
          new Part<Map<MatterSize, DecisionRule>>(
              "decisionRules",
              Form.COLLECTION,
              Profile::decisionRules,
              (in, names) -> readSizeRules(in, names),
              (out, p) -> {
                out.field("decisionRules");
                writeSizeMap(out, p.decisionRules(), DecisionCodecs::writeDecisionRule);
              },
              Profile.Builder::putAllDecisionRules),
          new Part<Map<String, DecisionRule>>(
              "entryDecisionRules",
              Form.COLLECTION,
              Profile::entryDecisionRules,
              (in, names) -> readEntryRules(in, names),
              ProfileCodecs::writeEntryRules,
              Profile.Builder::putAllEntryDecisionRules),
          window(
              "speakingTimeLimit", Profile::speakingTimeLimit, Profile.Builder::speakingTimeLimit),
          window("minimumPublicity", Profile::minimumPublicity, Profile.Builder::minimumPublicity),
          part(
              "onlineMaxAffectedUnits",
              Form.DEFAULTED,
              Profile::onlineMaxAffectedUnits,
              JsonIn::integer,
              JsonOut::integer,
              Profile.Builder::onlineMaxAffectedUnits),
          window("urgentWindow", Profile::urgentWindow, Profile.Builder::urgentWindow),
          window(
              "problemSolutionWindow",
              Profile::problemSolutionWindow,
              Profile.Builder::problemSolutionWindow),
          ProfileCodecs.<Collection<PartyKind>>part(
              "supervisorKinds",
              Form.COLLECTION,
              Profile::supervisorKinds,
              in -> readTokenSet(in, PartyCodecs.KINDS),
              (out, kinds) -> writeTokens(out, PartyCodecs.KINDS, kinds),
              Profile.Builder::addAllSupervisorKinds),
          window(
              "progressPublicityInterval",
              Profile::progressPublicityInterval,
              Profile.Builder::progressPublicityInterval),
          window("revisitWindow", Profile::revisitWindow, Profile.Builder::revisitWindow),
          optional(
              "appraisalScale",
              Profile::appraisalScale,
              OutcomeCodecs::readAppraisalScale,
              OutcomeCodecs::writeAppraisalScale,
              Profile.Builder::appraisalScale),
          new Part<Boolean>(
              "reopenOnPoorAppraisal",
              Form.DEFAULTED,
              Profile::reopenOnPoorAppraisal,
              (in, names) -> in.bool(),
              (out, p) -> out.bool("reopenOnPoorAppraisal", p.reopenOnPoorAppraisal()),
              Profile.Builder::reopenOnPoorAppraisal),
          part(
              "minRoundsBeforeShelving",
              Form.DEFAULTED,
              Profile::minRoundsBeforeShelving,
              JsonIn::integer,
              JsonOut::integer,
              Profile.Builder::minRoundsBeforeShelving),
          window(
              "escalationFollowUpWindow",
              Profile::escalationFollowUpWindow,
              Profile.Builder::escalationFollowUpWindow),
          window(
              "hotlineReplyWindow",
              Profile::hotlineReplyWindow,
              Profile.Builder::hotlineReplyWindow),
          window(
              "hotlineHandlingWindow",
              Profile::hotlineHandlingWindow,
              Profile.Builder::hotlineHandlingWindow),
          window(
              "shelvedExplanationWindow",
              Profile::shelvedExplanationWindow,
              Profile.Builder::shelvedExplanationWindow),
          window(
              "recommendationNoticeWindow",
              Profile::recommendationNoticeWindow,
              Profile.Builder::recommendationNoticeWindow),
          ProfileCodecs.<Collection<MatterSize>>part(
              "riskAssessedSizes",
              Form.COLLECTION,
              Profile::riskAssessedSizes,
              in -> readTokenSet(in, TopicCodecs.MATTER_SIZES),
              (out, sizes) -> writeTokens(out, TopicCodecs.MATTER_SIZES, sizes),
              Profile.Builder::addAllRiskAssessedSizes),
          ProfileCodecs.<Collection<String>>part(
              "riskAssessedEntries",
              Form.COLLECTION,
              Profile::riskAssessedEntries,
              ProfileCodecs::readStringSet,
              (out, entries) -> out.list(List.copyOf(entries), JsonOut::string),
              Profile.Builder::addAllRiskAssessedEntries),
          part(
              "dutyKinds",
              Form.COLLECTION,
              Profile::dutyKinds,
              in -> in.list(ProfileCodecs::readDutyKind),
              (out, kinds) -> out.list(kinds, ProfileCodecs::writeDutyKind),
              Profile.Builder::addAllDutyKinds),
          part(
              "forbiddenRoles",
              Form.COLLECTION,
              Profile::forbiddenRoles,
              in -> in.list(ProfileCodecs::readForbiddenRoles),
              (out, lines) -> out.list(lines, ProfileCodecs::writeForbiddenRoles),
              Profile.Builder::addAllForbiddenRoles),
          new Part<Boolean>(
              "linkedMembersRequired",
              Form.DEFAULTED,
              Profile::linkedMembersRequired,
              (in, names) -> in.bool(),
              (out, p) -> out.bool("linkedMembersRequired", p.linkedMembersRequired()),
              Profile.Builder::linkedMembersRequired),
          ProfileCodecs.<Collection<PartyActKind>>part(
              "requiredPartyActs",
              Form.COLLECTION,
              Profile::requiredPartyActs,
              in -> readTokenSet(in, ProcessCodecs.PARTY_ACT_KINDS),
              (out, kinds) -> writeTokens(out, ProcessCodecs.PARTY_ACT_KINDS, kinds),
              Profile.Builder::addAllRequiredPartyActs));

  private static final Map<String, Part<?>> PARTS_BY_NAME = partsByName();

  /** The names of the optional properties, which {@code without} may name. */
  private static final List<String> OPTIONAL_NAMES = optionalNames();

  /**
   * Reads a profile document: {@code {"schemaVersion", "id", "name", "extends"?, "without"?,
   * "rules"?, …the profile's properties}}. A document that extends a profile takes every property
   * it does not give from that profile, except those {@code without} names; one that extends none
   * takes the core's defaults and empty values. The decision rules of {@code decisionRules} and
   * {@code entryDecisionRules} are tagged rules or names of rules in {@code rules}.
   *
   * @param in the reader
   * @param resolver finds the profile a document extends by a name that is not a built-in id
   * @return the profile
   */
  public static Profile readProfile(JsonIn in, Function<String, Optional<Profile>> resolver) {
    JsonIn.Mark mark = in.beginObject();
    boolean version = false;
    String id = null;
    LocalizedText name = null;
    Profile base = null;
    JsonIn.Mark withoutMark = null;
    List<Part<?>> without = List.of();
    Names names = new Names();
    Map<Part<?>, Object> given = new HashMap<>();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "schemaVersion":
          Versions.read(in);
          version = true;
          break;
        case "id":
          id = in.string();
          break;
        case "name":
          name = CommonCodecs.readLocalizedText(in);
          break;
        case "extends":
          base = resolve(in, in.string(), resolver);
          break;
        case "without":
          without = readWithout(in);
          withoutMark = in.here();
          break;
        case "rules":
          names.read(in);
          break;
        default:
          Part<?> part = PARTS_BY_NAME.get(field);
          if (part == null) {
            throw in.unknown(field);
          }
          given.put(part, part.read.apply(in, names));
      }
    }
    Versions.require(in, mark, version);
    if (!without.isEmpty() && base == null) {
      throw in.fail(
          withoutMark,
          "names properties to leave out of the profile it extends, but the"
              + " document has no \"extends\"");
    }
    for (Part<?> part : without) {
      if (given.containsKey(part)) {
        throw in.fail(
            withoutMark,
            "leaves out " + JsonIn.quote(part.name) + ", which the document also gives");
      }
    }
    names.resolve(in);
    checkEntries(in, names, given, base);
    Profile.Builder profile = new Profile.Builder();
    if (id != null) {
      profile.id(id);
    }
    if (name != null) {
      profile.name(name);
    }
    for (Part<?> part : PARTS) {
      if (given.containsKey(part)) {
        part.set(profile, given.get(part));
      } else if (without.contains(part)) {
        part.set(profile, Optional.empty());
      } else if (base != null) {
        part.set(profile, part.get.apply(base));
      }
    }
    return in.build(mark, profile::build);
  }

  /**
   * Writes a profile document. A profile that is not itself one of the built-in procedures ({@code
   * jinan}, {@code haidian}, {@code bishan}) but has the catalogue of one of them is written as an
   * extension of the one it shares most properties with (ties to the first): {@code extends}, the
   * properties that differ (an empty list or map as {@code []} or {@code {}}) and, in {@code
   * without}, the optional properties the base has and it lacks. Any other profile is written in
   * full: every property but empty optional values and empty lists, sets and maps. Decision rules
   * are written where they are used, never in {@code rules}.
   *
   * @param out the writer
   * @param profile the profile
   */
  public static void writeProfile(JsonOut out, Profile profile) {
    Optional<Profile> base = baseOf(profile);
    out.beginObject();
    Versions.write(out);
    out.string("id", profile.id());
    out.field("name");
    CommonCodecs.writeLocalizedText(out, profile.name());
    if (base.isPresent()) {
      Profile from = base.get();
      out.string("extends", from.id());
      List<String> without = new ArrayList<>();
      for (Part<?> part : PARTS) {
        if (part.form == Form.OPTIONAL && part.emptyIn(profile) && !part.emptyIn(from)) {
          without.add(part.name);
        }
      }
      out.listUnlessEmpty("without", without, JsonOut::string);
      for (Part<?> part : PARTS) {
        if (!part.sameIn(profile, from) && !(part.form == Form.OPTIONAL && part.emptyIn(profile))) {
          part.write.accept(out, profile);
        }
      }
    } else {
      for (Part<?> part : PARTS) {
        if (!part.emptyIn(profile)) {
          part.write.accept(out, profile);
        }
      }
    }
    out.endObject();
  }

  /**
   * The built-in procedure a profile is written as an extension of: among those with its catalogue,
   * the one with which it shares most properties; none if it is one of them or none has its
   * catalogue.
   */
  private static Optional<Profile> baseOf(Profile profile) {
    if (BASES.contains(profile)) {
      return Optional.empty();
    }
    Profile best = null;
    int bestShared = -1;
    for (Profile base : BASES) {
      if (!base.catalogue().equals(profile.catalogue())) {
        continue;
      }
      int shared = 0;
      for (Part<?> part : PARTS) {
        if (part.sameIn(profile, base)) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = base;
        bestShared = shared;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Refuses a key of the document's {@code entryDecisionRules} that is not an entry of the
   * profile's catalogue (the document's or its base's), at the key.
   */
  private static void checkEntries(
      JsonIn in, Names names, Map<Part<?>, Object> given, Profile base) {
    Part<?> catalogue = PARTS_BY_NAME.get("catalogue");
    TopicCatalogue entries =
        given.containsKey(catalogue)
            ? (TopicCatalogue) given.get(catalogue)
            : base == null ? null : base.catalogue();
    if (entries == null) {
      return;
    }
    for (Map.Entry<String, JsonIn.Mark> key : names.entries.entrySet()) {
      if (entries.entry(key.getKey()).isEmpty()) {
        List<String> ids = new ArrayList<>();
        for (CatalogueEntry entry : entries.entries()) {
          ids.add(entry.id());
        }
        throw in.fail(
            key.getValue(),
            "unknown catalogue entry, was "
                + JsonIn.quote(key.getKey())
                + "; the catalogue's entries are "
                + ids);
      }
    }
  }

  private static Profile resolve(
      JsonIn in, String name, Function<String, Optional<Profile>> resolver) {
    Profile builtIn = BUILT_INS.get(name);
    if (builtIn != null) {
      return builtIn;
    }
    Optional<Profile> found;
    try {
      found = resolver.apply(name);
    } catch (CannotExtend e) {
      throw in.fail(e.getMessage());
    } catch (DeliberationJsonException e) {
      DeliberationJsonException here;
      try {
        throw in.fail(
            "the profile it extends, " + JsonIn.quote(name) + ", is not valid: " + e.getMessage());
      } catch (DeliberationJsonException fault) {
        here = fault;
      }
      throw new DeliberationJsonException(
          here.pointer(), here.line(), here.column(), here.fault(), e);
    }
    if (found == null || found.isEmpty()) {
      throw in.fail(
          "unknown profile to extend, was "
              + JsonIn.quote(name)
              + ": not a built-in profile ("
              + String.join(", ", BUILT_INS.keySet())
              + ") nor one the reader was told of");
    }
    return found.get();
  }

  private static List<Part<?>> readWithout(JsonIn in) {
    Set<String> seen = new HashSet<>();
    return in.list(
        element -> {
          String name = element.string();
          Part<?> part = PARTS_BY_NAME.get(name);
          if (part == null || part.form != Form.OPTIONAL) {
            throw element.fail(
                "must name an optional property, one of "
                    + OPTIONAL_NAMES
                    + ", was "
                    + JsonIn.quote(name));
          }
          if (!seen.add(name)) {
            throw element.fail("listed twice, was " + JsonIn.quote(name));
          }
          return part;
        });
  }

  /** The rules a document names, and the references to them found before they were all read. */
  private static final class Names {
    private final Map<String, DecisionRule> rules = new LinkedHashMap<>();
    private final List<Consumer<JsonIn>> references = new ArrayList<>();

    /** Where each key of {@code entryDecisionRules} was read, in the order read. */
    private final Map<String, JsonIn.Mark> entries = new LinkedHashMap<>();

    void read(JsonIn in) {
      in.beginObject();
      for (String name = in.nextField(); name != null; name = in.nextField()) {
        if (!isName(name)) {
          throw in.fail(
              "a rule's name must be 1 to 128 letters, marks, numbers, punctuation and"
                  + " symbols, was "
                  + JsonIn.quote(name));
        }
        rules.put(name, DecisionCodecs.readDecisionRule(in));
      }
    }

    /** Reads a rule, or a name of one, and gives it to {@code use} once the names are known. */
    void readRule(JsonIn in, Consumer<DecisionRule> use) {
      if (!in.nextIsString()) {
        use.accept(DecisionCodecs.readDecisionRule(in));
        return;
      }
      String name = in.string();
      JsonIn.Mark at = in.here();
      references.add(
          reader -> {
            DecisionRule rule = rules.get(name);
            if (rule == null) {
              throw reader.fail(
                  at,
                  "unknown rule name, was "
                      + JsonIn.quote(name)
                      + (rules.isEmpty()
                          ? "; the document names no rules (\"rules\": {\"name\": {\"type\": …}})"
                          : "; the document's rules are " + rules.keySet()));
            }
            use.accept(rule);
          });
    }

    /** Gives every rule referred to by name to its use, or refuses an unknown name. */
    void resolve(JsonIn in) {
      for (Consumer<JsonIn> reference : references) {
        reference.accept(in);
      }
    }

    private static boolean isName(String name) {
      int count = name.codePointCount(0, name.length());
      return count >= 1
          && count <= 128
          && name.codePoints()
              .allMatch(cp -> Character.isLetterOrDigit(cp) || isMarkPunctuationOrSymbol(cp));
    }

    private static boolean isMarkPunctuationOrSymbol(int cp) {
      switch (Character.getType(cp)) {
        case Character.NON_SPACING_MARK:
        case Character.ENCLOSING_MARK:
        case Character.COMBINING_SPACING_MARK:
        case Character.LETTER_NUMBER:
        case Character.OTHER_NUMBER:
        case Character.CONNECTOR_PUNCTUATION:
        case Character.DASH_PUNCTUATION:
        case Character.START_PUNCTUATION:
        case Character.END_PUNCTUATION:
        case Character.INITIAL_QUOTE_PUNCTUATION:
        case Character.FINAL_QUOTE_PUNCTUATION:
        case Character.OTHER_PUNCTUATION:
        case Character.MATH_SYMBOL:
        case Character.CURRENCY_SYMBOL:
        case Character.MODIFIER_SYMBOL:
        case Character.OTHER_SYMBOL:
          return true;
        default:
          return false;
      }
    }
  }

  private static <V> Map<MatterSize, V> readSizeMap(JsonIn in, Function<JsonIn, V> value) {
    Map<MatterSize, V> map = new LinkedHashMap<>();
    in.beginObject();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      map.put(size(in, field), value.apply(in));
    }
    return map;
  }

  private static Map<MatterSize, DecisionRule> readSizeRules(JsonIn in, Names names) {
    Map<MatterSize, DecisionRule> map = new LinkedHashMap<>();
    in.beginObject();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      MatterSize size = size(in, field);
      map.put(size, null);
      names.readRule(in, rule -> map.put(size, rule));
    }
    return map;
  }

  private static Map<String, DecisionRule> readEntryRules(JsonIn in, Names names) {
    Map<String, DecisionRule> map = new LinkedHashMap<>();
    in.beginObject();
    for (String entry = in.nextField(); entry != null; entry = in.nextField()) {
      String key = entry;
      names.entries.put(key, in.here());
      map.put(key, null);
      names.readRule(in, rule -> map.put(key, rule));
    }
    return map;
  }

  private static MatterSize size(JsonIn in, String field) {
    MatterSize size = TopicCodecs.MATTER_SIZES.constant(field);
    if (size == null) {
      throw in.fail(
          "must be a matter size, one of "
              + TopicCodecs.MATTER_SIZES.all()
              + ", was "
              + JsonIn.quote(field));
    }
    return size;
  }

  private static <V> void writeSizeMap(
      JsonOut out, Map<MatterSize, V> map, BiConsumer<JsonOut, V> value) {
    out.beginObject();
    for (MatterSize size : MatterSize.values()) {
      V v = map.get(size);
      if (v != null) {
        out.field(TopicCodecs.MATTER_SIZES.token(size));
        value.accept(out, v);
      }
    }
    out.endObject();
  }

  /** Writes the catalogue-entry rules in the order of the catalogue's entries. */
  private static void writeEntryRules(JsonOut out, Profile profile) {
    out.field("entryDecisionRules");
    Map<String, DecisionRule> rules = profile.entryDecisionRules();
    List<String> order = new ArrayList<>();
    for (CatalogueEntry entry : profile.catalogue().entries()) {
      if (rules.containsKey(entry.id())) {
        order.add(entry.id());
      }
    }
    for (String entry : rules.keySet()) {
      if (!order.contains(entry)) {
        order.add(entry);
      }
    }
    out.beginObject();
    for (String entry : order) {
      out.field(entry);
      DecisionCodecs.writeDecisionRule(out, rules.get(entry));
    }
    out.endObject();
  }

  private static Map<String, Profile> builtIns() {
    Map<String, Profile> builtIns = new LinkedHashMap<>();
    for (Profile profile :
        List.of(
            Profiles.jinan(),
            Profiles.haidian(),
            Profiles.bishan(),
            Profiles.jinanOwnersExample())) {
      builtIns.put(profile.id(), profile);
    }
    return Collections.unmodifiableMap(builtIns);
  }

  private static Map<String, Part<?>> partsByName() {
    Map<String, Part<?>> parts = new HashMap<>();
    for (Part<?> part : PARTS) {
      parts.put(part.name, part);
    }
    return parts;
  }

  private static List<String> optionalNames() {
    List<String> names = new ArrayList<>();
    for (Part<?> part : PARTS) {
      if (part.form == Form.OPTIONAL) {
        names.add(part.name);
      }
    }
    return List.copyOf(names);
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  /**
   * Reads an array of tokens as a set: each constant at most once, in any order.
   *
   * @param <E> the enum
   * @param in the reader
   * @param tokens the enum's tokens
   * @return the constants, in the order read
   */
  static <E extends Enum<E>> List<E> readTokenSet(JsonIn in, Tokens<E> tokens) {
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
    out.field(name);
    writeTokens(out, tokens, values);
  }

  /**
   * Writes constants as an array of tokens, in the enum's order.
   *
   * @param <E> the enum
   * @param out the writer
   * @param tokens the enum's tokens
   * @param values the constants
   */
  static <E extends Enum<E>> void writeTokens(JsonOut out, Tokens<E> tokens, Collection<E> values) {
    List<E> sorted = new ArrayList<>(values);
    sorted.sort(null);
    out.list(sorted, (o, value) -> o.string(tokens.token(value)));
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
  static DeliberationJsonException invalid(
      JsonIn in, JsonIn.Mark mark, String property, String fault) {
    return in.build(
        mark,
        () -> {
          throw new InvalidModelException(Path.of(property), fault);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // list of powers and duties, negative list (Reform 2025)

  /** The tokens of {@link RecordRole}. */
  public static final Tokens<RecordRole> RECORD_ROLES = Tokens.of(RecordRole.class);

  /**
   * Reads a duty kind of the list of powers and duties: {@code {"id", "label": {"zh", "en"},
   * "carriers": [party kinds]}}.
   *
   * @param in the reader
   * @return the duty kind
   */
  public static DutyKind readDutyKind(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    DutyKind.Builder kind = new DutyKind.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "id":
          kind.id(in.string());
          break;
        case "label":
          kind.label(CommonCodecs.readLocalizedText(in));
          break;
        case "carriers":
          kind.addAllCarriers(readTokenSet(in, PartyCodecs.KINDS));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, kind::build);
  }

  /**
   * Writes a duty kind.
   *
   * @param out the writer
   * @param kind the duty kind
   */
  public static void writeDutyKind(JsonOut out, DutyKind kind) {
    out.beginObject();
    out.string("id", kind.id());
    out.field("label");
    CommonCodecs.writeLocalizedText(out, kind.label());
    writeTokenSet(out, "carriers", PartyCodecs.KINDS, kind.carriers());
    out.endObject();
  }

  /**
   * Reads a line of the negative list: {@code {"kind", "roles": [record roles]}}.
   *
   * @param in the reader
   * @return the line
   */
  public static ForbiddenRoles readForbiddenRoles(JsonIn in) {
    JsonIn.Mark mark = in.beginObject();
    ForbiddenRoles.Builder line = new ForbiddenRoles.Builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind":
          line.kind(in.token(PartyCodecs.KINDS));
          break;
        case "roles":
          line.addAllRoles(readTokenSet(in, RECORD_ROLES));
          break;
        default:
          throw in.unknown(field);
      }
    }
    return in.build(mark, line::build);
  }

  /**
   * Writes a line of the negative list.
   *
   * @param out the writer
   * @param line the line
   */
  public static void writeForbiddenRoles(JsonOut out, ForbiddenRoles line) {
    out.beginObject();
    out.token("kind", PartyCodecs.KINDS, line.kind());
    writeTokenSet(out, "roles", RECORD_ROLES, line.roles());
    out.endObject();
  }
}
