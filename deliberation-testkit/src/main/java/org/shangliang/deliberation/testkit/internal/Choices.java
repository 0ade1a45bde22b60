package org.shangliang.deliberation.testkit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.GenerationException;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.Shape.Feature;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * What one valid scenario will hold: the shape's demands resolved against the profile, the rest
 * drawn at random. Every contradiction between the shape and the profile (or within the shape) is a
 * {@link GenerationException} naming both.
 */
final class Choices {
  /** The state of admission. */
  enum Admission {
    PENDING,
    REFUSED,
    ADMITTED
  }

  final Profile profile;
  final Shape shape;
  Admission admission;
  boolean settled;
  OutcomeKind outcome; // null: none
  int meetings;
  String category;
  String entry; // null: none
  MatterSize size;
  TierLevel level;
  MeetingKind meetingKind; // null: any
  boolean regularDate;
  boolean vote;
  Shape.VoteForm voteForm;
  DecisionRule rule; // the rule votes are decided by, when there is a vote
  boolean dispute;
  boolean funds;
  int hotlineDepartments; // 0: none
  boolean speaking;
  boolean conflict;
  boolean problems;
  boolean publicity;
  boolean events;
  boolean steps;
  boolean completed;
  boolean revisit;
  boolean appraisal;
  boolean poorAppraisal;
  boolean reopening;
  boolean takeUp;
  boolean progress;
  boolean followUps;
  boolean solved;

  private Choices(Profile profile, Shape shape) {
    this.profile = profile;
    this.shape = shape;
  }

  private boolean wants(Feature feature) {
    return shape.wants(feature);
  }

  private boolean forbids(Feature feature) {
    return shape.forbids(feature);
  }

  /** Asked for, forbidden, or drawn with a chance. */
  private boolean decide(RandomGenerator random, Feature feature, int percent) {
    return wants(feature) || (!forbids(feature) && Draw.chance(random, percent));
  }

  private GenerationException cannot(String what) {
    return new GenerationException(
        "Scenarios.valid(profile " + profile.id() + ", " + shape + "): " + what);
  }

  static Choices resolve(Profile profile, Shape shape, RandomGenerator random) {
    Choices c = new Choices(profile, shape);
    c.resolve(random);
    return c;
  }

  private void resolve(RandomGenerator random) {
    checkShapeAgainstProfile();
    Set<OutcomeKind> kinds = allowedOutcomes();
    boolean outcomeNeeded = kinds.size() < OutcomeKind.values().length || wants(Feature.OUTCOME);
    boolean needsAdmitted =
        outcomeNeeded || wantsMeeting() || wants(Feature.DISPUTE) || stepsNeedMeetings();
    if (wants(Feature.SETTLED_ELSEWHERE) && needsAdmitted) {
      throw cannot(
          "a topic settled elsewhere is refused, so it cannot also be deliberated (meetings, an"
              + " outcome, a dispute admitted, steps past the preparation)");
    }
    settled = wants(Feature.SETTLED_ELSEWHERE) || (!needsAdmitted && !forbids(Feature.SETTLED_ELSEWHERE) && Draw.chance(random, 4));
    if (settled) {
      admission = Admission.REFUSED;
    } else if (needsAdmitted) {
      admission = Admission.ADMITTED;
    } else {
      int draw = random.nextInt(100);
      admission = draw < 6 ? Admission.PENDING : draw < 11 ? Admission.REFUSED : Admission.ADMITTED;
    }
    if (forbids(Feature.OUTCOME) && outcomeNeeded) {
      throw cannot("it forbids an outcome but asks for what only an outcome has");
    }
    if (admission != Admission.ADMITTED
        || forbids(Feature.OUTCOME)
        || (forbids(Feature.MEETING) && !outcomeNeeded)) {
      outcome = null; // an outcome comes of a meeting: none where meetings are forbidden
    } else if (outcomeNeeded || Draw.chance(random, 75)) {
      outcome = Draw.pick(random, new ArrayList<>(kinds));
    }
    dispute = admission == Admission.ADMITTED && decide(random, Feature.DISPUTE, 8);
    chooseTopic(random);
    chooseMeetings(random);
    chooseAfter(random);
    funds = decide(random, Feature.PUBLIC_FUNDS, 30);
    hotlineDepartments =
        wants(Feature.HOTLINE)
            ? shape.hotlineDepartments().orElse(1 + random.nextInt(3))
            : !forbids(Feature.HOTLINE) && Draw.chance(random, 15) ? 1 + random.nextInt(3) : 0;
    events = !reopening && decide(random, Feature.EVENTS, 60);
    if (wants(Feature.EVENTS) && reopening) {
      throw cannot(
          "a record holding a reopening keeps no event history here: the events would clear its"
              + " outcome, which the record keeps");
    }
    steps =
        profile.stepPlan().isPresent()
            && admission == Admission.ADMITTED
            && decide(random, Feature.STEPS, 75);
  }

  /** Whether the shape asks for something only a meeting holds. */
  private boolean wantsMeeting() {
    return wants(Feature.MEETING)
        || wants(Feature.VOTE)
        || wants(Feature.CONFLICT_OF_INTEREST)
        || wants(Feature.RAISED_PROBLEMS)
        || wants(Feature.SPEAKING_TURNS)
        || wants(Feature.PUBLICITY);
  }

  private boolean stepsNeedMeetings() {
    for (StepRole role : shape.stepRoles()) {
      if (role != StepRole.PREPARE && role != StepRole.SET_TOPIC && role != StepRole.OTHER) {
        return true;
      }
    }
    return !shape.stepRoles().isEmpty();
  }

  /** Demands that no draw can meet, whatever the seed. */
  private void checkShapeAgainstProfile() {
    if (!shape.stepRoles().isEmpty() || wants(Feature.STEPS)) {
      if (profile.stepPlan().isEmpty()) {
        throw cannot("steps were asked for, but the profile sets no step plan");
      }
      for (StepRole role : shape.stepRoles()) {
        boolean found = false;
        for (Step step : profile.stepPlan().get().steps()) {
          found |= step.role() == role;
        }
        if (!found) {
          throw cannot("a step of role " + role + " was asked for, but the profile's plan has none");
        }
      }
    }
    if (wants(Feature.POOR_APPRAISAL) && profile.appraisalScale().isEmpty()) {
      throw cannot("a poor appraisal was asked for, but the profile has no appraisal scale");
    }
    if (wants(Feature.PROGRESS_REPORTS) && profile.progressPublicityInterval().isEmpty()) {
      throw cannot("progress reports were asked for, but the profile sets no progress interval");
    }
    if (wants(Feature.RAISED_PROBLEMS) && forbids(Feature.MEETING)) {
      throw cannot("problems raised at a meeting were asked for, but meetings are forbidden");
    }
    if (profile.catalogue().categories().isEmpty()) {
      throw cannot("the profile's catalogue has no category, so no topic is valid");
    }
    if (profile.tiers().isEmpty()) {
      throw cannot("the profile has no tier, so no unit may deliberate");
    }
  }

  /** The outcome kinds the shape allows (all four if it asks nothing of the outcome). */
  private Set<OutcomeKind> allowedOutcomes() {
    Set<OutcomeKind> kinds = EnumSet.allOf(OutcomeKind.class);
    List<String> reasons = new ArrayList<>();
    Set<OutcomeKind> withDuties = EnumSet.of(OutcomeKind.IMMEDIATE, OutcomeKind.COMMITTED);
    narrow(kinds, reasons, shape.outcomeKind().map(EnumSet::of).orElse(null), "withOutcome");
    for (Feature feature :
        List.of(
            Feature.DUTIES,
            Feature.COMPLETED_DUTIES,
            Feature.SUPERVISION,
            Feature.REVISIT,
            Feature.APPRAISAL,
            Feature.POOR_APPRAISAL)) {
      if (wants(feature)) {
        narrow(kinds, reasons, withDuties, feature.name());
      }
    }
    if (wants(Feature.PROGRESS_REPORTS)) {
      narrow(kinds, reasons, EnumSet.of(OutcomeKind.COMMITTED), "PROGRESS_REPORTS");
    }
    if (wants(Feature.ESCALATION)) {
      narrow(kinds, reasons, EnumSet.of(OutcomeKind.RECOMMENDATION), "ESCALATION");
    }
    if (wants(Feature.SOLVED_RECOMMENDATION)) {
      narrow(kinds, reasons, EnumSet.of(OutcomeKind.RECOMMENDATION), "SOLVED_RECOMMENDATION");
    }
    if (wants(Feature.TAKE_UP_AGAIN)) {
      narrow(kinds, reasons, EnumSet.of(OutcomeKind.SHELVED), "TAKE_UP_AGAIN");
    }
    if (wants(Feature.REOPENING)) {
      Set<OutcomeKind> reopenable = EnumSet.of(OutcomeKind.SHELVED);
      if (profile.reopenOnPoorAppraisal() && profile.appraisalScale().isPresent()) {
        reopenable.addAll(withDuties);
      }
      narrow(kinds, reasons, reopenable, "REOPENING");
    }
    for (StepRole role : shape.stepRoles()) {
      if (role == StepRole.CARRY_OUT || role == StepRole.SUPERVISE || role == StepRole.EVALUATE) {
        narrow(kinds, reasons, withDuties, "a " + role + " step");
      }
    }
    if (kinds.isEmpty()) {
      throw cannot("no outcome kind has all of " + reasons);
    }
    return kinds;
  }

  private static void narrow(
      Set<OutcomeKind> kinds, List<String> reasons, Set<OutcomeKind> allowed, String why) {
    if (allowed != null) {
      kinds.retainAll(allowed);
      reasons.add(why + " (" + allowed + ")");
    }
  }

  /** The category, catalogue entry, matter size and deliberating level, among those that fit. */
  private void chooseTopic(RandomGenerator random) {
    List<String> entries = new ArrayList<>();
    if (shape.catalogueEntry().isPresent()) {
      String id = shape.catalogueEntry().get();
      if (profile.catalogue().entry(id).isEmpty()) {
        throw cannot("the catalogue has no entry " + id);
      }
      entries.add(id);
    } else {
      if (!wants(Feature.CATALOGUE_ENTRY)) {
        entries.add(null);
      }
      if (!forbids(Feature.CATALOGUE_ENTRY)) {
        for (CatalogueEntry e : profile.catalogue().entries()) {
          entries.add(e.id());
        }
      }
    }
    if (entries.isEmpty()) {
      throw cannot("a catalogue entry was asked for, but the catalogue has none");
    }
    List<MatterSize> sizes =
        shape.matterSize().isPresent() ? List.of(shape.matterSize().get()) : List.of(MatterSize.values());
    List<Object[]> fits = new ArrayList<>();
    for (String e : entries) {
      List<String> categories = new ArrayList<>();
      if (e == null) {
        for (TopicCategory cat : profile.catalogue().categories()) {
          categories.add(cat.id());
        }
      } else {
        categories.add(profile.catalogue().entry(e).get().category());
      }
      for (String cat : categories) {
        for (MatterSize s : sizes) {
          List<TierLevel> levels = levels(s, cat);
          if (!levels.isEmpty() && sizeFits(s) && ruleFits(e, s)) {
            fits.add(new Object[] {cat, e, s, levels});
          }
        }
      }
    }
    if (fits.isEmpty()) {
      throw cannot(
          "no topic of the catalogue fits: no category, entry and matter size for which a tier may"
              + " decide and the meeting kind, vote and rule asked for are possible");
    }
    Object[] fit = Draw.pick(random, fits);
    category = (String) fit[0];
    entry = (String) fit[1];
    size = (MatterSize) fit[2];
    @SuppressWarnings("unchecked")
    List<TierLevel> levels = (List<TierLevel>) fit[3];
    level = Draw.pick(random, levels);
  }

  /** The levels whose tier may decide the matter, given what the outcome and timing need. */
  private List<TierLevel> levels(MatterSize s, String cat) {
    List<TierLevel> levels = new ArrayList<>();
    for (TierRule tier : profile.tiers()) {
      if (!tier.mayDecide(s, cat)) {
        continue;
      }
      if (outcome == OutcomeKind.RECOMMENDATION && escalationTarget(tier).isEmpty()) {
        continue;
      }
      if (wants(Feature.REGULAR_DATE) && !tier.cadence().isRegular()) {
        continue;
      }
      levels.add(tier.level());
    }
    return levels;
  }

  /** The level a tier's matters go up to, if some tier of the profile is at or above it. */
  Optional<TierLevel> escalationTarget(TierRule tier) {
    if (tier.escalatesTo().isEmpty()) {
      return Optional.empty();
    }
    for (TierRule other : profile.tiers()) {
      if (other.level().compareTo(tier.escalatesTo().get()) >= 0) {
        return tier.escalatesTo();
      }
    }
    return Optional.empty();
  }

  private boolean sizeFits(MatterSize s) {
    if (wants(Feature.REGULAR_DATE) && s == MatterSize.URGENT) {
      return false;
    }
    Optional<MeetingKind> kind = shape.meetingKind();
    if (kind.isPresent() && s == MatterSize.MAJOR && !kind.get().isFull()) {
      return false;
    }
    if (kind.isPresent() && kind.get() == MeetingKind.ONLINE_MICRO) {
      return s == MatterSize.MINOR && profile.onlineMaxAffectedUnits() >= 1;
    }
    return true;
  }

  /** Whether the rule the profile sets for such a topic (if any) suits the vote asked for. */
  private boolean ruleFits(String e, MatterSize s) {
    Optional<DecisionRule> rule = profile.decisionRule(probe(e, s));
    boolean hands = shape.voteForm().orElse(null) == Shape.VoteForm.SHOW_OF_HANDS;
    if (rule.isEmpty()) {
      return !(hands && shape.ruleKind().orElse(null) == Shape.RuleKind.DOUBLE_THRESHOLD);
    }
    if (wants(Feature.VOTE) && hands && rule.get().measuresWeight()) {
      return false;
    }
    return shape.ruleKind().isEmpty() || kindOf(rule.get()) == shape.ruleKind().get();
  }

  static Shape.RuleKind kindOf(DecisionRule rule) {
    if (rule instanceof Consensus) {
      return Shape.RuleKind.CONSENSUS;
    }
    if (rule instanceof DoubleThreshold) {
      return Shape.RuleKind.DOUBLE_THRESHOLD;
    }
    if (rule instanceof RestrictedVote) {
      return Shape.RuleKind.RESTRICTED;
    }
    if (rule instanceof MajorityRule) {
      return Shape.RuleKind.MAJORITY;
    }
    return null;
  }

  /** A topic with only what {@link Profile#decisionRule(Topic)} reads. */
  private Topic probe(String e, MatterSize s) {
    return new Topic.Builder()
        .id(TopicId.of("probe"))
        .title("probe")
        .category("probe")
        .catalogueEntry(Optional.ofNullable(e))
        .matterSize(s)
        .addAffectedUnits(UnitId.of("probe"))
        .source(TopicSource.of(org.shangliang.deliberation.topic.SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(java.time.Instant.EPOCH)
        .build();
  }

  /** How many meetings, of which kind, with a vote or not and by which rule. */
  private void chooseMeetings(RandomGenerator random) {
    meetingKind = shape.meetingKind().orElse(null);
    regularDate = wants(Feature.REGULAR_DATE);
    if (admission != Admission.ADMITTED) {
      meetings = 0;
    } else {
      int least =
          Math.max(
              shape.minMeetings(),
              outcome != null || wantsMeeting() || stepsNeedMeetings()
                  ? 1
                  : 0);
      if (outcome == OutcomeKind.SHELVED && Draw.chance(random, 50)) {
        least = Math.max(least, profile.minRoundsBeforeShelving());
      }
      least = Math.min(least, 5);
      if (forbids(Feature.MEETING)) {
        if (least > 0) {
          throw cannot("meetings are forbidden, but what was asked needs one");
        }
        meetings = 0;
      } else {
        int extra = least == 0 ? random.nextInt(3) : Draw.chance(random, 30) ? 1 : 0;
        meetings = Math.min(5, least + extra);
      }
    }
    Optional<DecisionRule> profileRule = profile.decisionRule(probe(entry, size));
    boolean hands = shape.voteForm().orElse(null) == Shape.VoteForm.SHOW_OF_HANDS;
    if (wants(Feature.CONFLICT_OF_INTEREST) && forbids(Feature.VOTE)) {
      throw cannot("a conflict of interest at a vote was asked for, but votes are forbidden");
    }
    vote = meetings > 0 && (wants(Feature.CONFLICT_OF_INTEREST) || decide(random, Feature.VOTE, 60));
    if (wants(Feature.VOTE) && meetings == 0) {
      throw cannot("a vote was asked for, but the record holds no meeting");
    }
    if (!vote) {
      return;
    }
    if (profileRule.isPresent()) {
      rule = profileRule.get();
    } else {
      Shape.RuleKind kind =
          shape.ruleKind()
              .orElse(Draw.pick(random, List.of(Shape.RuleKind.values())));
      if (hands && kind == Shape.RuleKind.DOUBLE_THRESHOLD) {
        kind = Shape.RuleKind.MAJORITY;
      }
      rule = Generators.decisionRules(kind, !hands).generate(random, 10);
    }
    if (shape.voteForm().isPresent()) {
      voteForm = shape.voteForm().get();
    } else if (wants(Feature.CONFLICT_OF_INTEREST)) {
      voteForm = Shape.VoteForm.BALLOTS; // a conflict is declared at a vote by ballots
    } else {
      voteForm =
          !rule.measuresWeight() && Draw.chance(random, 30)
              ? Shape.VoteForm.SHOW_OF_HANDS
              : Shape.VoteForm.BALLOTS;
    }
    if (voteForm == Shape.VoteForm.SHOW_OF_HANDS && rule.measuresWeight()) {
      throw cannot(
          "a show of hands was asked for, but the profile decides such a topic by a rule that"
              + " weighs floor area: " + rule);
    }
    conflict =
        voteForm == Shape.VoteForm.BALLOTS && decide(random, Feature.CONFLICT_OF_INTEREST, 15);
    if (wants(Feature.CONFLICT_OF_INTEREST) && voteForm != Shape.VoteForm.BALLOTS) {
      throw cannot("a conflict of interest was asked with a vote by show of hands");
    }
  }

  /** What follows the meetings: duties, supervision, revisits, appraisals, escalations. */
  private void chooseAfter(RandomGenerator random) {
    boolean held = meetings > 0;
    speaking = held && decide(random, Feature.SPEAKING_TURNS, 60);
    problems = held && decide(random, Feature.RAISED_PROBLEMS, 20);
    publicity = held && decide(random, Feature.PUBLICITY, 50);
    for (Feature f : List.of(Feature.SPEAKING_TURNS, Feature.RAISED_PROBLEMS, Feature.PUBLICITY)) {
      if (wants(f) && !held) {
        throw cannot(f + " was asked for, but the record holds no meeting");
      }
    }
    boolean duties = outcome == OutcomeKind.IMMEDIATE || outcome == OutcomeKind.COMMITTED;
    boolean reopenAfterItems = duties && wants(Feature.REOPENING);
    boolean afterItems =
        reopenAfterItems
            || wants(Feature.COMPLETED_DUTIES)
            || wants(Feature.REVISIT)
            || wants(Feature.APPRAISAL)
            || wants(Feature.POOR_APPRAISAL)
            || shape.stepRoles().contains(StepRole.CARRY_OUT)
            || shape.stepRoles().contains(StepRole.SUPERVISE)
            || shape.stepRoles().contains(StepRole.EVALUATE);
    if (afterItems && forbids(Feature.COMPLETED_DUTIES)) {
      throw cannot("finished items are forbidden, but what was asked needs them");
    }
    completed =
        duties
            && (afterItems || (!forbids(Feature.COMPLETED_DUTIES) && Draw.chance(random, 60)));
    boolean appraised = wants(Feature.APPRAISAL) || wants(Feature.POOR_APPRAISAL) || reopenAfterItems;
    revisit =
        completed
            && !forbids(Feature.REVISIT)
            && (wants(Feature.REVISIT) || appraised || Draw.chance(random, 70));
    boolean mayAppraise = revisit || profile.revisitWindow().isEmpty();
    if (appraised && !mayAppraise) {
      throw cannot(
          "appraisals come after the revisit the profile's revisit window asks for, but revisits"
              + " are forbidden");
    }
    poorAppraisal =
        completed
            && mayAppraise
            && profile.appraisalScale().isPresent()
            && (reopenAfterItems
                || wants(Feature.POOR_APPRAISAL)
                || (!(profile.reopenOnPoorAppraisal() && wants(Feature.EVENTS))
                    && decide(random, Feature.POOR_APPRAISAL, 15)));
    appraisal = completed && mayAppraise && (poorAppraisal || decide(random, Feature.APPRAISAL, 60));
    progress =
        outcome == OutcomeKind.COMMITTED
            && profile.progressPublicityInterval().isPresent()
            && decide(random, Feature.PROGRESS_REPORTS, 70);
    takeUp = outcome == OutcomeKind.SHELVED && decide(random, Feature.TAKE_UP_AGAIN, 50);
    boolean reopensOnPoor = poorAppraisal && profile.reopenOnPoorAppraisal();
    if (outcome == OutcomeKind.SHELVED && (wants(Feature.REOPENING) || (takeUp && !wants(Feature.EVENTS) && Draw.chance(random, 40)))) {
      takeUp = true;
      reopening = true;
    }
    reopening |= reopensOnPoor;
    boolean recommendation = outcome == OutcomeKind.RECOMMENDATION;
    followUps = recommendation && profile.escalationFollowUpWindow().isPresent() && decide(random, Feature.ESCALATION, 70);
    solved = recommendation && decide(random, Feature.SOLVED_RECOMMENDATION, 50);
  }

  /** The text of a category, for titles. */
  String categoryName() {
    return profile.catalogue().category(category).map(TopicCategory::name).map(LocalizedText::zh).orElse(category);
  }
}
