package org.shangliang.deliberation.profile;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.Quorum;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * A profile (规程): everything a city sets about how its neighbourhoods deliberate, as data. Rules read
 * their numbers and lists from here and never hard-code them. Built-ins are in {@link Profiles}; a city
 * writes its own with {@link Builder}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(copy = true)
public abstract class Profile {
  /** The default time zone of a profile: China Standard Time. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  Profile() {}

  /**
   * The profile's id, e.g. {@code jinan}.
   *
   * @return the id, in the alphabet of identifiers (1 to 128 letters, marks, numbers, punctuation
   *     and symbols)
   */
  public abstract String id();

  /**
   * The profile's name, e.g. 济南 三个一 / Jinan "three ones".
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The time zone dates are computed in.
   *
   * @return the zone; {@link #DEFAULT_ZONE} unless set
   */
  @Value.Default
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * The topic catalogue (协商事项目录).
   *
   * @return the catalogue
   */
  public abstract TopicCatalogue catalogue();

  /**
   * The rules of the tiers (分层定期协商), one per level used.
   *
   * @return the tier rules, levels unique
   */
  public abstract List<TierRule> tiers();

  /**
   * The party kinds that supervise where a topic involves public money, and so must be on its party
   * list in the {@link org.shangliang.deliberation.party.PartyRole#SUPERVISOR} role. Jinan names
   * discipline inspection, finance and audit (Jinan 2018 (人民网, 2018-09-13); docs/domain.md "Duties
   * and supervision").
   *
   * @return the kinds, in the declaration order of the enum
   */
  public abstract Set<PartyKind> publicFundsSupervisorKinds();

  /**
   * Settings that switch rules off or change their severity; rules not named run with their defaults.
   *
   * @return the settings, codes unique
   */
  public abstract List<RuleSetting> ruleSettings();

  /**
   * The steps of a deliberation (五步, 集议办督评, or any ordered list).
   *
   * @return the plan, or empty if the profile sets none (then no step rule applies)
   */
  public abstract Optional<StepPlan> stepPlan();

  /**
   * The stages every meeting goes through, in order (Jinan's 七定: "seven stages of every meeting").
   *
   * @return the stages; empty if the profile sets none (then no stage rule applies)
   */
  public abstract List<MeetingStage> meetingStages();

  /**
   * The quorum at sign-in per matter size.
   *
   * @return quorums by size; a size without one has no quorum
   */
  public abstract Map<MatterSize, Quorum> quorums();

  /**
   * The decision rule a vote on a matter of each size is decided by.
   *
   * @return rules by size; a size without one takes any rule the vote records
   */
  public abstract Map<MatterSize, DecisionRule> decisionRules();

  /**
   * Decision rules for the topics of catalogue entries, overriding the rule of the matter's size (e.g.
   * owners' double threshold for lift installation).
   *
   * @return rules by catalogue entry id
   */
  public abstract Map<String, DecisionRule> entryDecisionRules();

  /**
   * The decision rule for a topic: its catalogue entry's rule if the profile sets one, else its
   * size's.
   *
   * @param topic the topic
   * @return the rule, or empty if the profile sets none for it
   */
  public Optional<DecisionRule> decisionRule(org.shangliang.deliberation.topic.Topic topic) {
    if (topic.catalogueEntry().isPresent()) {
      DecisionRule rule = entryDecisionRules().get(topic.catalogueEntry().get());
      if (rule != null) {
        return Optional.of(rule);
      }
    }
    return Optional.ofNullable(decisionRules().get(topic.matterSize()));
  }

  /**
   * The longest a speaking turn may last ("within the set time limit", Jinan).
   *
   * @return the limit, from 1 second to 36,500 days, or empty for none
   */
  public abstract Optional<Duration> speakingTimeLimit();

  /**
   * The shortest a publicity notice of a meeting's result may be up.
   *
   * @return the minimum, from 1 second to 36,500 days, or empty for none
   */
  public abstract Optional<Duration> minimumPublicity();

  /**
   * How many units a minor matter may affect and still be deliberated online (线上微协商).
   *
   * @return zero or more; 1 unless set
   */
  @Value.Default
  public int onlineMaxAffectedUnits() {
    return 1;
  }

  /**
   * How soon after it was raised an urgent matter is deliberated (急事立议).
   *
   * @return the window, from 1 second to 36,500 days, or empty for none
   */
  public abstract Optional<Duration> urgentWindow();

  /**
   * How soon a problem raised at a meeting and not solved on the spot gets a proposed solution
   * (Bishan: 24 hours).
   *
   * @return the window, from 1 second to 36,500 days, or empty for none
   */
  public abstract Optional<Duration> problemSolutionWindow();

  /**
   * The party kinds that supervise the carrying-out before, during and after (事前、事中、事后): Jinan
   * names the "two representatives and one member" (party-congress deputy, people's-congress deputy,
   * CPPCC member), resident representatives and stakeholders. Where public money is spent, {@link
   * #publicFundsSupervisorKinds()} join them.
   *
   * @return the kinds, in the declaration order of the enum
   */
  public abstract Set<PartyKind> supervisorKinds();

  /**
   * How often a committed item (承诺件) publishes its progress until it is done.
   *
   * @return the interval, from 1 second to 36,500 days, or empty for no such rule
   */
  public abstract Optional<Duration> progressPublicityInterval();

  /**
   * How soon after an outcome's last item is finished it is revisited (回访).
   *
   * @return the window, from 1 second to 36,500 days, or empty for no such rule
   */
  public abstract Optional<Duration> revisitWindow();

  /**
   * The scale appraisals (评议) use.
   *
   * @return the scale, or empty for no scale rule
   */
  public abstract Optional<AppraisalScale> appraisalScale();

  /**
   * Whether a poor appraisal reopens the deliberation.
   *
   * @return {@code false} unless set
   */
  @Value.Default
  public boolean reopenOnPoorAppraisal() {
    return false;
  }

  /**
   * How many rounds of deliberation without agreement make shelving (搁置) normal ("several rounds");
   * shelving earlier, without deep disagreement or a wide scope, draws a warning.
   *
   * @return at least 1; 2 unless set
   */
  @Value.Default
  public int minRoundsBeforeShelving() {
    return 2;
  }

  /**
   * How soon an escalated matter is followed up by its follower, and again after each follow-up,
   * until it is resolved.
   *
   * @return the window, from 1 second to 36,500 days, or empty for no such rule
   */
  public abstract Optional<Duration> escalationFollowUpWindow();

  /**
   * How soon a 12345 hotline caller gets a reply (即时答复).
   *
   * @return the window, from 1 second to 36,500 days, or empty for no such rule
   */
  public abstract Optional<Duration> hotlineReplyWindow();

  /**
   * How soon a 12345 hotline case is handled (限时办理).
   *
   * @return the window, from 1 second to 36,500 days, or empty for no such rule
   */
  public abstract Optional<Duration> hotlineHandlingWindow();

  /**
   * The party organisation's acts (把关定向) a deliberation must record: the review of the topic once
   * admission is decided, the setting of the form and procedure and the naming of the organiser once a
   * meeting is held ({@code gatekeeping.act-missing}). Acts that are recorded are judged whether required
   * or not. Jinan requires all three (Jinan 2018 (人民网, 2018-09-13)); Haidian the review (基层党组织把关定向,
   * Haidian 2025 (人民日报, 2025-09-10)); Bishan none (its article names no such act); docs/domain.md
   * "Procedure and chair".
   *
   * @return the kinds, in the declaration order of the enum; empty unless set
   */
  public abstract Set<PartyActKind> requiredPartyActs();

  /**
   * The rule of a tier level.
   *
   * @param level the level
   * @return the tier's rule, or empty if the profile has no body at that level
   */
  public Optional<TierRule> tier(TierLevel level) {
    for (TierRule tier : tiers()) {
      if (tier.level() == level) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /**
   * The setting of a rule.
   *
   * @param code the rule's code
   * @return the setting, or empty if the profile leaves the rule at its defaults
   */
  public Optional<RuleSetting> ruleSetting(RuleCode code) {
    for (RuleSetting setting : ruleSettings()) {
      if (setting.code().equals(code)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * Where a matter must be deliberated: the lowest unit that covers every affected unit and whose
   * tier may decide a matter of this size and category. A matter of one building goes to the building's
   * body if it may decide it; a matter spanning two communities goes to their sub-district.
   *
   * @param affectedUnits the units the matter affects, at least one, all in the jurisdiction
   * @param size the matter's size
   * @param category the matter's category id
   * @param jurisdiction the unit tree
   * @return the unit, or empty if no unit covers them all with the powers to decide
   * @throws InvalidModelException if no unit is given or one is not in the jurisdiction (as {@link
   *     Jurisdiction#lowestCommonAncestor(java.util.Collection)})
   */
  public Optional<AdministrativeUnit> route(
      List<UnitId> affectedUnits, MatterSize size, String category, Jurisdiction jurisdiction) {
    Optional<AdministrativeUnit> covering = jurisdiction.lowestCommonAncestor(affectedUnits);
    if (covering.isEmpty()) {
      return Optional.empty();
    }
    for (AdministrativeUnit unit : jurisdiction.pathToRoot(covering.get().id())) {
      Optional<TierRule> tier = tier(unit.level());
      if (tier.isPresent() && tier.get().mayDecide(size, category)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.identifier("id", id());
    Checks.unique("tiers", "level", tiers(), TierRule::level);
    Checks.unique("ruleSettings", "code", ruleSettings(), RuleSetting::code);
    Checks.unique("meetingStages", "", meetingStages(), stage -> stage);
    if (onlineMaxAffectedUnits() < 0) {
      throw new InvalidModelException(
          Path.of("onlineMaxAffectedUnits"),
          "must not be negative, was " + onlineMaxAffectedUnits());
    }
    window("speakingTimeLimit", speakingTimeLimit());
    window("minimumPublicity", minimumPublicity());
    window("urgentWindow", urgentWindow());
    window("problemSolutionWindow", problemSolutionWindow());
    window("progressPublicityInterval", progressPublicityInterval());
    window("revisitWindow", revisitWindow());
    window("escalationFollowUpWindow", escalationFollowUpWindow());
    window("hotlineReplyWindow", hotlineReplyWindow());
    window("hotlineHandlingWindow", hotlineHandlingWindow());
    if (minRoundsBeforeShelving() < 1) {
      throw new InvalidModelException(
          Path.of("minRoundsBeforeShelving"),
          "must be at least 1, was " + minRoundsBeforeShelving());
    }
    Set<String> entries = new HashSet<>();
    for (CatalogueEntry entry : catalogue().entries()) {
      entries.add(entry.id());
    }
    for (String entry : entryDecisionRules().keySet()) {
      if (!entries.contains(entry)) {
        throw new InvalidModelException(
            Path.of("entryDecisionRules"), "unknown catalogue entry, was " + Checks.show(entry));
      }
    }
    Set<String> categories = new HashSet<>();
    for (TopicCategory category : catalogue().categories()) {
      categories.add(category.id());
    }
    for (int i = 0; i < tiers().size(); i++) {
      int index = 0;
      for (String category : tiers().get(i).categories()) {
        if (!categories.contains(category)) {
          throw new InvalidModelException(
              Path.of("tiers").index(i).child("categories").index(index),
              "unknown category, was " + category);
        }
        index++;
      }
    }
  }

  /**
   * A copy with another id and name, for a profile derived from this one.
   *
   * @param id the new id
   * @param name the new name
   * @return the copy
   * @throws InvalidModelException if the id is blank or has white space
   */
  public Profile withIdentity(String id, LocalizedText name) {
    return copy().withId(id).withName(name);
  }

  /**
   * A copy with other rule settings.
   *
   * @param settings the settings, replacing this profile's
   * @return the copy
   * @throws InvalidModelException if two settings share a code
   */
  public Profile withRuleSettings(Iterable<? extends RuleSetting> settings) {
    return copy().withRuleSettings(settings);
  }

  /**
   * A copy that requires other acts of the party organisation.
   *
   * @param kinds the acts required, replacing this profile's
   * @return the copy
   */
  public Profile withRequiredPartyActs(Iterable<PartyActKind> kinds) {
    return copy().withRequiredPartyActs(kinds);
  }

  /**
   * A copy with other tier rules.
   *
   * @param tiers the tier rules, replacing this profile's
   * @return the copy
   * @throws InvalidModelException if two tiers share a level or name an unknown category
   */
  public Profile withTiers(Iterable<? extends TierRule> tiers) {
    return copy().withTiers(tiers);
  }

  /**
   * A copy with another catalogue.
   *
   * @param catalogue the catalogue, replacing this profile's
   * @return the copy
   * @throws InvalidModelException if a tier names a category the catalogue lacks
   */
  public Profile withCatalogue(TopicCatalogue catalogue) {
    return copy().withCatalogue(catalogue);
  }

  /**
   * A copy with other catalogue-entry decision rules.
   *
   * @param rules the rules by entry id, replacing this profile's
   * @return the copy
   */
  public Profile withEntryDecisionRules(Map<String, ? extends DecisionRule> rules) {
    return copy().withEntryDecisionRules(rules);
  }

  /**
   * A copy with the procedure and time limits of another profile: the step plan, meeting stages,
   * quorums, decision rules (by size and by catalogue entry), speaking limit, publicity minimum, online
   * scope, every time window (urgent, problem solution, progress publicity, revisit, escalation
   * follow-up, hotline reply and handling), the appraisal scale, reopening on a poor appraisal, the
   * rounds before shelving and the required party-organisation acts are taken from {@code other};
   * everything else (id, name, zone, catalogue, tiers, supervisor kinds, rule settings) stays. To change one setting of a built-in profile, build
   * a profile with that setting and the built-in's others, and take its procedure.
   *
   * @param other the profile whose procedure to take
   * @return the copy
   * @throws InvalidModelException if {@code other}'s catalogue-entry decision rules name an entry this
   *     profile's catalogue lacks
   */
  public Profile withProcedureOf(Profile other) {
    ImmutableProfile copy = copy();
    copy = copy.withStepPlan(other.stepPlan());
    copy = copy.withMeetingStages(other.meetingStages());
    copy = copy.withQuorums(other.quorums());
    copy = copy.withDecisionRules(other.decisionRules());
    copy = copy.withEntryDecisionRules(other.entryDecisionRules());
    copy = copy.withSpeakingTimeLimit(other.speakingTimeLimit());
    copy = copy.withMinimumPublicity(other.minimumPublicity());
    copy = copy.withOnlineMaxAffectedUnits(other.onlineMaxAffectedUnits());
    copy = copy.withUrgentWindow(other.urgentWindow());
    copy = copy.withProblemSolutionWindow(other.problemSolutionWindow());
    copy = copy.withProgressPublicityInterval(other.progressPublicityInterval());
    copy = copy.withRevisitWindow(other.revisitWindow());
    copy = copy.withAppraisalScale(other.appraisalScale());
    copy = copy.withReopenOnPoorAppraisal(other.reopenOnPoorAppraisal());
    copy = copy.withMinRoundsBeforeShelving(other.minRoundsBeforeShelving());
    copy = copy.withEscalationFollowUpWindow(other.escalationFollowUpWindow());
    copy = copy.withHotlineReplyWindow(other.hotlineReplyWindow());
    copy = copy.withRequiredPartyActs(other.requiredPartyActs());
    return copy.withHotlineHandlingWindow(other.hotlineHandlingWindow());
  }

  private ImmutableProfile copy() {
    return (ImmutableProfile) ImmutableProfile.copyOf(this);
  }

  /** The longest time window a profile may set: 36,500 days (100 years of 365 days). */
  public static final Duration MAX_WINDOW = Checks.MAX_DURATION;

  private static void window(String field, Optional<Duration> duration) {
    duration.ifPresent(d -> Checks.duration(field, d, Duration.ofSeconds(1)));
  }

  /**
   * A builder of profiles; {@code id}, {@code name} and {@code catalogue} are required; the zone
   * defaults to {@link #DEFAULT_ZONE}.
   */
  public static final class Builder extends ImmutableProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
