package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.decision.Consensus;
import org.shangliang.deliberation.decision.DecisionRule;
import org.shangliang.deliberation.decision.DoubleThreshold;
import org.shangliang.deliberation.decision.MajorityRule;
import org.shangliang.deliberation.decision.RestrictedVote;
import org.shangliang.deliberation.decision.Voter;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.meeting.Vote;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCategory;

/**
 * The records of {@code Scenarios.valid(profile)} reach every structure the profile allows: over a
 * fixed run of seeds, every meeting kind, matter size and outcome kind (and no outcome), every kind
 * of decision rule the profile can hold for each form of vote, escalations, 12345 hotline cases with
 * one and with several departments, disputes, public funds, reopenings and event histories. What a
 * profile allows is worked out from its data (the sizes its tiers may decide, its online limit, its
 * escalation levels, its decision rules, whether it reopens on a poor appraisal), so a profile that
 * lacks a structure is checked never to have it.
 *
 * <p>A plain {@code Scenarios.valid(profile)} reaches all of these in {@value #COUNT} seeds (the
 * rarest, an online meeting, a double threshold or a reopening, in about one record of thirty), so
 * no {@link Shape} is needed for them. A {@link Shape} is used for the votes of thousands of owners:
 * a plain scenario votes in only some records and, at the default size, among about twenty parties;
 * {@code Shape.any().withVote(BALLOTS)} at a size of thousands asks for one.
 */
class ScenarioCoverageTest {
  private static final long FIRST_SEED = 4_200L;
  private static final int COUNT = 1_000;

  /** A profile with the tiers and catalogue of Bishan but no quorum, decision rule or window. */
  private static final Profile NO_RULES =
      Profiles.bishan()
          .withProcedureOf(
              new Profile.Builder()
                  .id("bare")
                  .name(Profiles.bishan().name())
                  .catalogue(Profiles.bishan().catalogue())
                  .build())
          .withIdentity("bishan-no-rules", Profiles.bishan().name());

  private static final Map<String, Coverage> COVERAGE = new ConcurrentHashMap<>();

  /** What the records of {@value #COUNT} seeds of a profile hold, each record checked compliant. */
  private static final class Coverage {
    final Set<MeetingKind> meetingKinds = EnumSet.noneOf(MeetingKind.class);
    final Set<MatterSize> matterSizes = EnumSet.noneOf(MatterSize.class);
    final Set<String> outcomes = new TreeSet<>();
    final Set<Shape.RuleKind> ballotRules = EnumSet.noneOf(Shape.RuleKind.class);
    final Set<Shape.RuleKind> showOfHandsRules = EnumSet.noneOf(Shape.RuleKind.class);
    final Set<Integer> hotlineDepartments = new TreeSet<>();
    final Set<OutcomeKind> reopened = EnumSet.noneOf(OutcomeKind.class);
    int escalations;
    int recommendationsWithoutEscalation;
    int disputes;
    int publicFunds;
    int events;
    int withoutEvents;

    Coverage(Profile profile) {
      ScenarioGen valid = Scenarios.valid(profile);
      for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
        Scenario scenario = valid.generate(seed);
        Compliance.assertCompliant(scenario);
        add(scenario.record());
      }
    }

    private void add(Deliberation d) {
      matterSizes.add(d.topic().matterSize());
      for (Meeting meeting : d.meetings()) {
        meetingKinds.add(meeting.kind());
        for (Vote vote : meeting.vote().stream().toList()) {
          (vote.showOfHands().isPresent() ? showOfHandsRules : ballotRules).add(kindOf(vote.rule()));
        }
      }
      outcomes.add(d.outcome().map(o -> o.kind().name()).orElse("none"));
      if (!d.escalations().isEmpty()) {
        escalations++;
      }
      if (d.outcome().map(OutcomeRecord::kind).orElse(null) == OutcomeKind.RECOMMENDATION
          && d.escalations().isEmpty()) {
        recommendationsWithoutEscalation++;
      }
      d.hotlineCase().ifPresent(h -> hotlineDepartments.add(h.departments().size()));
      if (!d.reopenings().isEmpty()) {
        reopened.add(d.outcome().get().kind());
      }
      disputes += d.topic().dispute().isPresent() ? 1 : 0;
      publicFunds += d.topic().publicFunds().isPresent() ? 1 : 0;
      events += d.events().isEmpty() ? 0 : 1;
      withoutEvents += d.events().isEmpty() ? 1 : 0;
    }
  }

  private static Coverage coverage(Profile profile) {
    return COVERAGE.computeIfAbsent(profile.id(), id -> new Coverage(profile));
  }

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()),
        Arguments.of(NO_RULES));
  }

  private static Shape.RuleKind kindOf(DecisionRule rule) {
    if (rule instanceof Consensus) {
      return Shape.RuleKind.CONSENSUS;
    }
    if (rule instanceof MajorityRule) {
      return Shape.RuleKind.MAJORITY;
    }
    if (rule instanceof DoubleThreshold) {
      return Shape.RuleKind.DOUBLE_THRESHOLD;
    }
    assertThat(rule).isInstanceOf(RestrictedVote.class);
    return Shape.RuleKind.RESTRICTED;
  }

  // ---------------------------------------------------------------- what a profile allows

  /** The matter sizes some tier of the profile may decide, in some category of its catalogue. */
  private static Set<MatterSize> decidableSizes(Profile profile) {
    Set<MatterSize> sizes = EnumSet.noneOf(MatterSize.class);
    for (TierRule tier : profile.tiers()) {
      for (TopicCategory category : profile.catalogue().categories()) {
        for (MatterSize size : MatterSize.values()) {
          if (tier.mayDecide(size, category.id())) {
            sizes.add(size);
          }
        }
      }
    }
    return sizes;
  }

  /** Whether some tier sends matters up to a level where the profile has a tier. */
  private static boolean escalates(Profile profile) {
    for (TierRule tier : profile.tiers()) {
      if (tier.escalatesTo().isPresent()
          && profile.tiers().stream().anyMatch(t -> t.level().compareTo(tier.escalatesTo().get()) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kinds of rule a vote of a form may be decided by: those the profile sets (by matter size or
   * catalogue entry), and every kind where the profile sets none for some size; a show of hands never
   * by a rule that weighs floor area.
   */
  private static Set<Shape.RuleKind> ruleKinds(Profile profile, Shape.VoteForm form) {
    Set<Shape.RuleKind> kinds = EnumSet.noneOf(Shape.RuleKind.class);
    boolean hands = form == Shape.VoteForm.SHOW_OF_HANDS;
    Stream.concat(profile.decisionRules().values().stream(), profile.entryDecisionRules().values().stream())
        .filter(rule -> !(hands && rule.measuresWeight()))
        .forEach(rule -> kinds.add(kindOf(rule)));
    if (!profile.decisionRules().keySet().containsAll(decidableSizes(profile))) {
      kinds.addAll(EnumSet.allOf(Shape.RuleKind.class));
      if (hands) {
        kinds.remove(Shape.RuleKind.DOUBLE_THRESHOLD);
      }
    }
    return kinds;
  }

  // ---------------------------------------------------------------- the tests

  @ParameterizedTest
  @MethodSource("profiles")
  void recordsReachEveryMatterSizeAndMeetingKindTheProfileAllows(Profile profile) {
    Set<MatterSize> sizes = decidableSizes(profile);
    Set<MeetingKind> kinds = EnumSet.of(MeetingKind.REGULAR, MeetingKind.URGENT);
    if (sizes.contains(MatterSize.MINOR) || sizes.contains(MatterSize.URGENT)) {
      kinds.add(MeetingKind.SMALL);
    }
    if (sizes.contains(MatterSize.MINOR) && profile.onlineMaxAffectedUnits() >= 1) {
      kinds.add(MeetingKind.ONLINE_MICRO);
    }
    Coverage coverage = coverage(profile);
    assertThat(coverage.matterSizes).as("matter sizes of %s", profile.id()).isEqualTo(sizes);
    assertThat(coverage.meetingKinds).as("meeting kinds of %s", profile.id()).isEqualTo(kinds);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void recordsReachEveryOutcomeKindAndNoOutcome(Profile profile) {
    Set<String> outcomes = new TreeSet<>(Set.of("none", "IMMEDIATE", "COMMITTED", "SHELVED"));
    if (escalates(profile)) {
      outcomes.add("RECOMMENDATION");
    }
    assertThat(coverage(profile).outcomes).as("outcomes of %s", profile.id()).isEqualTo(outcomes);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void votesReachEveryKindOfRuleTheProfileCanHoldByBallotsAndByShowOfHands(Profile profile) {
    Coverage coverage = coverage(profile);
    assertThat(coverage.ballotRules)
        .as("rules of votes by ballots in %s", profile.id())
        .isEqualTo(ruleKinds(profile, Shape.VoteForm.BALLOTS));
    assertThat(coverage.showOfHandsRules)
        .as("rules of votes by show of hands in %s", profile.id())
        .isEqualTo(ruleKinds(profile, Shape.VoteForm.SHOW_OF_HANDS));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void recommendationsAreEscalatedWhereTheProfileEscalates(Profile profile) {
    Coverage coverage = coverage(profile);
    if (escalates(profile)) {
      assertThat(coverage.escalations).as("records with an escalation in %s", profile.id()).isPositive();
    } else {
      assertThat(coverage.escalations).isZero();
    }
    assertThat(coverage.recommendationsWithoutEscalation).isZero();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void hotlineCasesConcernOneAndSeveralDepartments(Profile profile) {
    assertThat(coverage(profile).hotlineDepartments)
        .as("departments of hotline cases in %s", profile.id())
        .containsExactly(1, 2, 3);
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void recordsReachDisputesPublicFundsAndEventHistoriesAndRecordsWithout(Profile profile) {
    Coverage coverage = coverage(profile);
    assertThat(coverage.disputes).as("disputes in %s", profile.id()).isBetween(1, COUNT - 1);
    assertThat(coverage.publicFunds).as("public funds in %s", profile.id()).isBetween(1, COUNT - 1);
    assertThat(coverage.events).as("event histories in %s", profile.id()).isPositive();
    assertThat(coverage.withoutEvents).as("records without events in %s", profile.id()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void reopeningsFollowShelvingAndPoorAppraisalsWhereTheProfileReopensOnOne(Profile profile) {
    Set<OutcomeKind> reopened = EnumSet.of(OutcomeKind.SHELVED);
    if (profile.reopenOnPoorAppraisal() && profile.appraisalScale().isPresent()) {
      reopened.add(OutcomeKind.IMMEDIATE);
      reopened.add(OutcomeKind.COMMITTED);
    }
    assertThat(coverage(profile).reopened).as("outcomes reopened in %s", profile.id()).isEqualTo(reopened);
  }

  // ---------------------------------------------------------------- votes of thousands of owners

  /** The vote with the most ballots in a record. */
  private static Vote largestVote(Scenario scenario) {
    return scenario.record().meetings().stream()
        .flatMap(m -> m.vote().stream())
        .max(Comparator.comparingInt(v -> v.ballots().size()))
        .orElseThrow(() -> new AssertionError(scenario.snippet() + " holds no vote"));
  }

  /**
   * Generates and validates a scenario, asserting it is compliant and takes well under the time a
   * quadratic generation would need at thousands of parties (it takes tens of milliseconds).
   */
  private static Scenario quickAndCompliant(ScenarioGen gen, long seed, int size) {
    return assertTimeout(
        Duration.ofSeconds(10),
        () -> {
          Scenario scenario = gen.generate(seed, size);
          Compliance.assertCompliant(scenario);
          return scenario;
        },
        () -> "generating and validating seed " + seed + " at size " + size);
  }

  @Test
  void votesByBallotsOfThousandsOfOwnersAreCompliantAndQuick() {
    // Ballots are cast by those present: at least the quorum of the matter (half or two thirds of
    // the invited in this profile, who are nine in ten parties), 70 to 100 percent of them; so every
    // vote has at least a quarter of the size in ballots, and the largest of a few seeds over half.
    ScenarioGen ballots =
        Scenarios.valid(Profiles.jinanOwnersExample(), Shape.any().withVote(Shape.VoteForm.BALLOTS));
    for (int size : new int[] {2_000, 5_000}) {
      int most = 0;
      for (long seed = FIRST_SEED; seed < FIRST_SEED + 3; seed++) {
        Scenario scenario = quickAndCompliant(ballots, seed, size);
        Vote vote = largestVote(scenario);
        assertThat(vote.ballots().size()).as("ballots of %s", scenario.snippet()).isGreaterThanOrEqualTo(size / 4);
        assertThat(vote.eligible().size()).as("eligible voters of %s", scenario.snippet())
            .isGreaterThanOrEqualTo(size * 8 / 10)
            .isGreaterThanOrEqualTo(vote.ballots().size());
        most = Math.max(most, vote.ballots().size());
      }
      assertThat(most).as("the most ballots at size %s", size).isGreaterThanOrEqualTo(size / 2);
    }
  }

  @Test
  void ownersDecideALiftByFloorAreaAndHeadcountInThousands() {
    // the owners' double threshold decides lift installation in this profile only
    ScenarioGen owners =
        Scenarios.valid(
            Profiles.jinanOwnersExample(), Shape.any().withDecisionRule(Shape.RuleKind.DOUBLE_THRESHOLD));
    for (long seed = FIRST_SEED; seed < FIRST_SEED + 3; seed++) {
      Scenario scenario = quickAndCompliant(owners, seed, 5_000);
      Vote vote = largestVote(scenario);
      assertThat(vote.rule()).isEqualTo(Profiles.ownersMajorMatterRule());
      assertThat(scenario.record().topic().catalogueEntry()).contains(Profiles.LIFT_INSTALLATION);
      // owners are the stakeholders, a quarter of the residents, each with a floor area
      long owning = vote.eligible().stream().filter(v -> v.kind() == PartyKind.STAKEHOLDER).count();
      assertThat(vote.ballots().size()).as("ballots of %s", scenario.snippet()).isGreaterThanOrEqualTo(5_000 / 4);
      assertThat(owning).as("owners eligible in %s", scenario.snippet()).isGreaterThanOrEqualTo(1_000);
      assertThat(vote.eligible()).extracting(Voter::party).doesNotHaveDuplicates();
    }
  }
}
