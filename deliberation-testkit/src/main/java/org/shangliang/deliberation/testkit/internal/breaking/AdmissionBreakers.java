package org.shangliang.deliberation.testkit.internal.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.AdmissionDraft;
import org.shangliang.deliberation.testkit.internal.EscalationDraft;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.PartyDraft;
import org.shangliang.deliberation.testkit.internal.PartyListDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.StepEventDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the unit, topic, party, tier, timing and step rules. */
final class AdmissionBreakers {
  private AdmissionBreakers() {}

  static List<Breaker> all() {
    return List.of(
        unitUnknown(),
        settledElsewhereAdmitted(),
        settledElsewhereExplanationMissing(),
        disputeApprovalMissing(),
        disputeApprovalLate(),
        disputeMediatorMissing(),
        disputeMediatorNotListed(),
        categoryUnknown(),
        catalogueEntryUnknown(),
        catalogueEntryCategoryMismatch(),
        stepActorNotListed());
  }

  // ---------------------------------------------------------------- units

  /**
   * Names a unit the jurisdiction does not hold: an affected unit, the unit of a party that chairs no
   * meeting (the affected units stay represented), a meeting's unit or an escalation's unit.
   */
  static Breaker unitUnknown() {
    RuleCode code = RuleCodes.UNIT_UNKNOWN;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          UnitId unknown = unknownUnit(valid.jurisdiction(), random);
          List<Runnable> choices = new ArrayList<>();
          Deliberation[] result = new Deliberation[1];
          choices.add(
              () -> {
                int i = random.nextInt(record.topic().affectedUnits().size());
                result[0] = editTopic(record, t -> t.affectedUnits.set(i, unknown));
              });
          List<Integer> movable = movableParties(valid, unknown);
          if (!movable.isEmpty()) {
            choices.add(
                () -> {
                  int k = movable.get(random.nextInt(movable.size()));
                  result[0] = withPartyUnit(record, k, unknown);
                });
          }
          if (!record.meetings().isEmpty()) {
            choices.add(
                () -> {
                  int i = random.nextInt(record.meetings().size());
                  result[0] =
                      RecordDraft.edit(
                          record,
                          d -> d.meetings.set(i, MeetingDraft.edit(d.meetings.get(i), m -> m.unit = unknown)));
                });
          }
          if (!record.escalations().isEmpty()) {
            choices.add(
                () -> {
                  int i = random.nextInt(record.escalations().size());
                  boolean from = random.nextBoolean();
                  result[0] =
                      RecordDraft.edit(
                          record,
                          d ->
                              d.escalations.set(
                                  i,
                                  EscalationDraft.edit(
                                      d.escalations.get(i),
                                      e -> {
                                        if (from) {
                                          e.fromUnit = unknown;
                                        } else {
                                          e.toUnit = unknown;
                                        }
                                      })));
                });
          }
          choices.get(random.nextInt(choices.size())).run();
          return broken(valid, result[0], code);
        });
  }

  /** The parties that chair no meeting and whose unit may change without leaving an affected unit unrepresented. */
  private static List<Integer> movableParties(ScenarioParts valid, UnitId to) {
    Deliberation record = valid.record();
    Set<PartyId> chairs = new HashSet<>();
    for (Meeting meeting : record.meetings()) {
      chairs.add(meeting.chair());
    }
    List<Integer> movable = new ArrayList<>();
    List<Party> parties = record.parties().parties();
    for (int k = 0; k < parties.size(); k++) {
      if (chairs.contains(parties.get(k).id())) {
        continue;
      }
      PartyList moved = withPartyUnit(record, k, to).parties();
      boolean represented = true;
      for (UnitId unit : record.topic().affectedUnits()) {
        represented &= moved.represents(unit, valid.jurisdiction());
      }
      if (represented) {
        movable.add(k);
      }
    }
    return movable;
  }

  private static Deliberation withPartyUnit(Deliberation record, int k, UnitId unit) {
    return RecordDraft.edit(
        record,
        d ->
            d.parties =
                PartyListDraft.edit(
                    d.parties,
                    l -> l.parties.set(k, PartyDraft.edit(l.parties.get(k), p -> p.unit = unit))));
  }

  // ---------------------------------------------------------------- topic: settled elsewhere

  /** Admits a topic settled elsewhere instead of refusing it (the history admits it as well). */
  static Breaker settledElsewhereAdmitted() {
    RuleCode code = RuleCodes.TOPIC_SETTLED_ELSEWHERE_ADMITTED;
    return Breaker.of(
        code,
        p -> Shape.any().withSettledElsewhere(),
        (valid, random) -> {
          Deliberation record = valid.record();
          Admission refused = record.admission().get();
          Deliberation broken =
              RecordDraft.edit(
                  record,
                  d -> {
                    d.admission =
                        Optional.of(
                            AdmissionDraft.edit(refused, a -> a.status = AdmissionStatus.ADMITTED));
                    d.events.replaceAll(
                        e ->
                            e.type() == EventType.REFUSED
                                ? DeliberationEvent.of(EventType.ADMITTED, e.at(), e.actor())
                                : e);
                  });
          return broken(valid, broken, code);
        });
  }

  /** Drops the explanation to residents from the refusal of a topic settled elsewhere. */
  static Breaker settledElsewhereExplanationMissing() {
    RuleCode code = RuleCodes.TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withSettledElsewhere(),
        (valid, random) -> {
          Deliberation record = valid.record();
          Admission refused = record.admission().get();
          return broken(
              valid,
              RecordDraft.edit(
                  record,
                  d ->
                      d.admission =
                          Optional.of(
                              AdmissionDraft.edit(
                                  refused, a -> a.explanationToResidents = Optional.empty()))),
              code);
        });
  }

  // ---------------------------------------------------------------- topic: two-party dispute

  /** Drops the party organisation's approval from the admission of a dispute. */
  static Breaker disputeApprovalMissing() {
    RuleCode code = RuleCodes.TOPIC_DISPUTE_APPROVAL_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withDispute(),
        (valid, random) ->
            broken(
                valid,
                editAdmission(valid.record(), a -> a.approval = Optional.empty()),
                code));
  }

  /** Moves the approval of a dispute after its admission (a minute to ten days after). */
  static Breaker disputeApprovalLate() {
    RuleCode code = RuleCodes.TOPIC_DISPUTE_APPROVAL_LATE;
    return Breaker.of(
        code,
        p -> Shape.any().withDispute(),
        (valid, random) -> {
          Admission admission = valid.record().admission().get();
          Approval approval = admission.approval().get();
          Instant late =
              admission
                  .decidedAt()
                  .plus(between(random, Duration.ofMinutes(1), Duration.ofDays(10)));
          return broken(
              valid,
              editAdmission(
                  valid.record(),
                  a -> a.approval = Optional.of(Approval.of(late, approval.reference()))),
              code);
        });
  }

  /** Takes the designated mediator off the dispute. */
  static Breaker disputeMediatorMissing() {
    RuleCode code = RuleCodes.TOPIC_DISPUTE_MEDIATOR_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withDispute(),
        (valid, random) ->
            broken(
                valid,
                editTopic(
                    valid.record(),
                    t -> t.dispute = Optional.of(TwoPartyDispute.withoutMediator())),
                code));
  }

  /** Designates a mediator who is not on the party list. */
  static Breaker disputeMediatorNotListed() {
    RuleCode code = RuleCodes.TOPIC_DISPUTE_MEDIATOR_NOT_LISTED;
    return Breaker.of(
        code,
        p -> Shape.any().withDispute(),
        (valid, random) -> {
          Deliberation record = valid.record();
          PartyId stranger = unlistedParty(record, "mediator", random);
          return broken(
              valid,
              editTopic(record, t -> t.dispute = Optional.of(TwoPartyDispute.mediatedBy(stranger))),
              code);
        });
  }

  // ---------------------------------------------------------------- topic: catalogue

  /**
   * Gives the topic a category the catalogue lacks (where the deliberating tier then may not decide
   * such a category, tier.powers-exceeded follows).
   */
  static Breaker categoryUnknown() {
    RuleCode code = RuleCodes.TOPIC_CATEGORY_UNKNOWN;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          String category;
          do {
            category = "unlisted-category-" + (1 + random.nextInt(999));
          } while (valid.profile().catalogue().category(category).isPresent());
          String unknown = category;
          Deliberation broken = editTopic(record, t -> t.category = unknown);
          Set<RuleCode> codes = new LinkedHashSet<>(List.of(code));
          if (!tierDecides(valid, broken.topic())) {
            codes.add(RuleCodes.TIER_POWERS_EXCEEDED);
          }
          return broken(valid, broken, codes);
        });
  }

  /**
   * Names a catalogue entry the catalogue lacks (only where the rule votes are decided by stays the
   * same, or no vote is taken).
   */
  static Breaker catalogueEntryUnknown() {
    RuleCode code = RuleCodes.TOPIC_CATALOGUE_ENTRY_UNKNOWN;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          String entry;
          do {
            entry = "unlisted-entry-" + (1 + random.nextInt(999));
          } while (valid.profile().catalogue().entry(entry).isPresent());
          String unknown = entry;
          Deliberation broken = editTopic(record, t -> t.catalogueEntry = Optional.of(unknown));
          boolean votes = record.meetings().stream().anyMatch(m -> m.vote().isPresent());
          if (votes
              && !valid
                  .profile()
                  .decisionRule(record.topic())
                  .equals(valid.profile().decisionRule(broken.topic()))) {
            return Optional.empty();
          }
          return broken(valid, broken, code);
        });
  }

  /**
   * Files the topic under another category of the catalogue than its entry's, preferring one whose
   * required party kinds are listed (party.required-kind-missing follows otherwise; tier.powers-exceeded
   * where the tier may not decide that category).
   */
  static Breaker catalogueEntryCategoryMismatch() {
    RuleCode code = RuleCodes.TOPIC_CATALOGUE_ENTRY_CATEGORY_MISMATCH;
    return Breaker.of(
            code,
            p -> Shape.any().with(Shape.Feature.CATALOGUE_ENTRY),
            (valid, random) -> {
              Deliberation record = valid.record();
              TopicCatalogue catalogue = valid.profile().catalogue();
              String own = catalogue.entry(record.topic().catalogueEntry().get()).get().category();
              List<TopicCategory> fitting = new ArrayList<>();
              List<TopicCategory> others = new ArrayList<>();
              for (TopicCategory category : catalogue.categories()) {
                if (category.id().equals(own)) {
                  continue;
                }
                others.add(category);
                if (category.requiredPartyKinds().stream().allMatch(record.parties()::hasKind)) {
                  fitting.add(category);
                }
              }
              List<TopicCategory> pool = fitting.isEmpty() ? others : fitting;
              TopicCategory other = pool.get(random.nextInt(pool.size()));
              Deliberation broken = editTopic(record, t -> t.category = other.id());
              Set<RuleCode> codes = new LinkedHashSet<>(List.of(code));
              if (fitting.isEmpty()) {
                codes.add(RuleCodes.PARTY_REQUIRED_KIND_MISSING);
              }
              if (!tierDecides(valid, broken.topic())) {
                codes.add(RuleCodes.TIER_POWERS_EXCEEDED);
              }
              return broken(valid, broken, codes);
            })
        .unsupportedWhen(
            p ->
                p.catalogue().categories().size() < 2 || p.catalogue().entries().isEmpty()
                    ? Optional.of("the catalogue has no entry and another category to file it under")
                    : Optional.empty());
  }

  /** Whether the deliberating unit's tier may decide a topic (or the rule on powers does not apply). */
  private static boolean tierDecides(ScenarioParts valid, Topic topic) {
    Optional<AdministrativeUnit> unit =
        valid.jurisdiction().unit(valid.record().deliberatingUnit());
    if (unit.isEmpty()) {
      return true;
    }
    Optional<TierRule> tier = valid.profile().tier(unit.get().level());
    return tier.isEmpty() || tier.get().mayDecide(topic.matterSize(), topic.category());
  }

  // ---------------------------------------------------------------- steps

  /** Names a step's actor who is not on the party list. */
  static Breaker stepActorNotListed() {
    RuleCode code = RuleCodes.STEP_ACTOR_NOT_LISTED;
    return Breaker.of(
            code,
            p -> Shape.any().with(Shape.Feature.STEPS),
            (valid, random) -> {
              Deliberation record = valid.record();
              if (record.steps().isEmpty()) {
                return Optional.empty();
              }
              int k = random.nextInt(record.steps().size());
              PartyId stranger = unlistedParty(record, "actor", random);
              return broken(
                  valid,
                  RecordDraft.edit(
                      record,
                      d -> d.steps.set(k, StepEventDraft.edit(d.steps.get(k), e -> e.actor = stranger))),
                  code);
            })
        .unsupportedWhen(AdmissionBreakers::noStepPlan);
  }

  private static Optional<String> noStepPlan(Profile profile) {
    return profile.stepPlan().isEmpty()
        ? Optional.of("the profile sets no step plan")
        : Optional.empty();
  }

  // ---------------------------------------------------------------- helpers

  /** A unit id the jurisdiction does not hold. */
  private static UnitId unknownUnit(Jurisdiction jurisdiction, RandomGenerator random) {
    while (true) {
      UnitId id = UnitId.of("unknown-unit-" + (1 + random.nextInt(999)));
      if (!jurisdiction.has(id)) {
        return id;
      }
    }
  }

  private static Optional<ScenarioParts> broken(
      ScenarioParts valid, Deliberation record, RuleCode... codes) {
    return Optional.of(valid.withRecord(record, new LinkedHashSet<>(List.of(codes))));
  }

  private static Optional<ScenarioParts> broken(
      ScenarioParts valid, Deliberation record, Set<RuleCode> codes) {
    return Optional.of(valid.withRecord(record, codes));
  }

  private static Deliberation editTopic(
      Deliberation record, java.util.function.Consumer<TopicDraft> change) {
    return RecordDraft.edit(record, d -> d.topic = TopicDraft.edit(d.topic, change));
  }

  private static Deliberation editAdmission(
      Deliberation record, java.util.function.Consumer<AdmissionDraft> change) {
    return RecordDraft.edit(
        record, d -> d.admission = Optional.of(AdmissionDraft.edit(d.admission.get(), change)));
  }

  /** A party id of the given stem that is not on the record's party list. */
  private static PartyId unlistedParty(Deliberation record, String stem, RandomGenerator random) {
    while (true) {
      PartyId id = PartyId.of(stem + "-unlisted-" + (1 + random.nextInt(999)));
      if (!record.parties().has(id)) {
        return id;
      }
    }
  }

  /** A duration from {@code min} to {@code max}, both included. */
  private static Duration between(RandomGenerator random, Duration min, Duration max) {
    long span = max.minus(min).toNanos();
    return span <= 0 ? min : min.plusNanos(random.nextLong(span + 1));
  }
}
