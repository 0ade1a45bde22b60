package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.update;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withAdmission;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withEscalation;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withMeeting;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withParties;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withParty;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withStep;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withTopic;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.before;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.firstInRandomOrder;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.freshName;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.inSomeMeeting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.indicesWhere;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.later;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.strictlyBetween;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.tierOf;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unknownUnit;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.shangliang.deliberation.decision.Outcome;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Step;
import org.shangliang.deliberation.process.StepEvent;
import org.shangliang.deliberation.process.StepPlan;
import org.shangliang.deliberation.process.StepRole;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.TimeOrder;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.AdmissionDraft;
import org.shangliang.deliberation.testkit.internal.Draw;
import org.shangliang.deliberation.testkit.internal.PartyDraft;
import org.shangliang.deliberation.testkit.internal.PartyListDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
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
        requiredKindMissing(),
        publicFundsSupervisorMissing(),
        affectedUnitUnrepresented(),
        noCommonUnit(),
        unitNotCovering(),
        noTierRule(),
        powersExceeded(),
        notRegularDate(),
        meetingNotRegularDate(),
        stepUnknown(),
        stepActorNotListed(),
        stepOrder(),
        stepStartedEarly(),
        deliberateNoMeeting(),
        carriedOutBeforeDecision());
  }

  // ---------------------------------------------------------------- units

  /**
   * Names a unit the jurisdiction does not hold: an affected unit, the unit of a party that chairs
   * no meeting (the affected units stay represented), a meeting's unit or an escalation's unit.
   */
  static Breaker unitUnknown() {
    RuleCode code = RuleCodes.UNIT_UNKNOWN;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          UnitId unknown = unknownUnit(random, valid.jurisdiction());
          List<Integer> movable = movableParties(valid, unknown);
          List<String> places = new ArrayList<>(List.of("affected unit"));
          if (!movable.isEmpty()) {
            places.add("party");
          }
          if (!record.meetings().isEmpty()) {
            places.add("meeting");
          }
          if (!record.escalations().isEmpty()) {
            places.add("escalation");
          }
          Deliberation broken;
          switch (pick(random, places)) {
            case "party":
              broken = withParty(record, pick(random, movable), p -> p.unit = unknown);
              break;
            case "meeting":
              int meeting = random.nextInt(record.meetings().size());
              broken = withMeeting(record, meeting, m -> m.unit = unknown);
              break;
            case "escalation":
              int escalation = random.nextInt(record.escalations().size());
              boolean from = random.nextBoolean();
              broken =
                  withEscalation(
                      record,
                      escalation,
                      e -> {
                        if (from) {
                          e.fromUnit = unknown;
                        } else {
                          e.toUnit = unknown;
                        }
                      });
              break;
            default:
              int i = random.nextInt(record.topic().affectedUnits().size());
              broken = withTopic(record, t -> t.affectedUnits.set(i, unknown));
              break;
          }
          return broken(valid, broken, code);
        });
  }

  /**
   * The positions of the parties that chair no meeting and whose unit may move to {@code to}
   * without leaving an affected unit unrepresented.
   */
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
      int at = k;
      PartyList moved =
          PartyListDraft.edit(
              record.parties(),
              l -> update(l.parties, at, party -> PartyDraft.edit(party, p -> p.unit = to)));
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
          Deliberation broken =
              withAdmission(valid.record(), a -> a.explanationToResidents = Optional.empty());
          return broken(valid, broken, code);
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
            broken(valid, withAdmission(valid.record(), a -> a.approval = Optional.empty()), code));
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
              later(random, admission.decidedAt(), Duration.ofMinutes(1), Duration.ofDays(10));
          return broken(
              valid,
              withAdmission(
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
                withTopic(
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
          PartyId stranger = unlistedParty(random, record, "mediator");
          return broken(
              valid,
              withTopic(record, t -> t.dispute = Optional.of(TwoPartyDispute.mediatedBy(stranger))),
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
          TopicCatalogue catalogue = valid.profile().catalogue();
          String unknown =
              freshName(random, "unlisted-category", c -> catalogue.category(c).isPresent());
          Deliberation broken = withTopic(valid.record(), t -> t.category = unknown);
          Set<RuleCode> codes = expecting(code);
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
          TopicCatalogue catalogue = valid.profile().catalogue();
          String unknown = freshName(random, "unlisted-entry", e -> catalogue.entry(e).isPresent());
          Deliberation broken = withTopic(record, t -> t.catalogueEntry = Optional.of(unknown));
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
   * required party kinds are listed (party.required-kind-missing follows otherwise;
   * tier.powers-exceeded where the tier may not decide that category).
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
              TopicCategory other = pick(random, pool);
              Deliberation broken = withTopic(record, t -> t.category = other.id());
              Set<RuleCode> codes = expecting(code);
              if (fitting.isEmpty()) {
                codes.add(RuleCodes.PARTY_REQUIRED_KIND_MISSING);
              }
              if (!tierDecides(valid, broken.topic())) {
                codes.add(RuleCodes.TIER_POWERS_EXCEEDED);
              }
              return broken(valid, broken, codes);
            })
        .unsupportedWhen(
            lacking(
                p -> p.catalogue().categories().size() < 2 || p.catalogue().entries().isEmpty(),
                "has no catalogue entry and another category to file it under"));
  }

  /** Whether the deliberating unit's tier may decide a topic (or no tier rule applies). */
  private static boolean tierDecides(ScenarioParts valid, Topic topic) {
    Optional<TierRule> tier = tierOf(valid, valid.record().deliberatingUnit());
    return tier.isEmpty() || tier.get().mayDecide(topic.matterSize(), topic.category());
  }

  // ---------------------------------------------------------------- parties

  /** Kinds a party may take that no rule gives a meaning to. */
  private static final List<PartyKind> NEUTRAL_KINDS =
      List.of(
          PartyKind.RESIDENT_UNIT,
          PartyKind.THIRD_PARTY_BODY,
          PartyKind.LEGAL_ADVISER,
          PartyKind.PLANNER,
          PartyKind.GRID_WORKER);

  /**
   * Turns every party of one kind the topic's category or entry requires into a kind no rule reads;
   * only a kind whose parties chair no meeting, supervise nothing, vote in no vote and supervise no
   * public money.
   */
  static Breaker requiredKindMissing() {
    RuleCode code = RuleCodes.PARTY_REQUIRED_KIND_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withoutVote(),
        (valid, random) -> {
          Deliberation record = valid.record();
          Profile profile = valid.profile();
          Set<PartyKind> required = EnumSet.noneOf(PartyKind.class);
          profile
              .catalogue()
              .category(record.topic().category())
              .ifPresent(c -> required.addAll(c.requiredPartyKinds()));
          record
              .topic()
              .catalogueEntry()
              .flatMap(profile.catalogue()::entry)
              .ifPresent(e -> required.addAll(e.requiredPartyKinds()));
          Set<PartyId> busy = new HashSet<>();
          for (Meeting meeting : record.meetings()) {
            busy.add(meeting.chair());
            meeting.vote().ifPresent(v -> v.eligible().forEach(voter -> busy.add(voter.party())));
          }
          for (Supervision supervision : record.supervision()) {
            busy.add(supervision.supervisor());
          }
          record.partyActs().forEach(act -> busy.add(act.actor())); // gatekeeping.actor-wrong-body
          List<PartyKind> candidates = new ArrayList<>();
          for (PartyKind kind : required) {
            boolean funds =
                record.topic().publicFunds().isPresent()
                    && profile.publicFundsSupervisorKinds().contains(kind);
            boolean free =
                record.parties().ofKind(kind).stream().noneMatch(p -> busy.contains(p.id()));
            if (!funds && free) {
              candidates.add(kind);
            }
          }
          if (candidates.isEmpty()) {
            return Optional.empty();
          }
          PartyKind gone = pick(random, candidates);
          List<PartyKind> neutral = new ArrayList<>(NEUTRAL_KINDS);
          neutral.removeAll(required);
          PartyKind other = pick(random, neutral);
          Deliberation broken =
              withParties(
                  record,
                  parties ->
                      parties.replaceAll(
                          p -> p.kind() == gone ? PartyDraft.edit(p, d -> d.kind = other) : p));
          return broken(valid, broken, code);
        });
  }

  /**
   * Takes the supervisor role from the parties of one public-funds supervisor kind (they stay on
   * the list as deliberators, so what they supervised still counts).
   */
  static Breaker publicFundsSupervisorMissing() {
    RuleCode code = RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING;
    return Breaker.of(
            code,
            p -> Shape.any().withPublicFunds(),
            (valid, random) -> {
              List<PartyKind> kinds = new ArrayList<>(valid.profile().publicFundsSupervisorKinds());
              PartyKind kind = pick(random, kinds);
              Deliberation broken =
                  withParties(
                      valid.record(),
                      parties ->
                          parties.replaceAll(
                              p ->
                                  p.kind() == kind && p.hasRole(PartyRole.SUPERVISOR)
                                      ? PartyDraft.edit(
                                          p,
                                          d -> {
                                            d.roles.remove(PartyRole.SUPERVISOR);
                                            if (d.roles.isEmpty()) {
                                              d.roles.add(PartyRole.DELIBERATOR);
                                            }
                                          })
                                      : p));
              return broken(valid, broken, code);
            })
        .unsupportedWhen(
            lacking(
                p -> p.publicFundsSupervisorKinds().isEmpty(),
                "names no public-funds supervisor kind"));
  }

  /**
   * Replaces an affected unit by a unit inside the deliberating unit that no party represents (a
   * new one added to the jurisdiction below the deliberating unit where the tree has none).
   */
  static Breaker affectedUnitUnrepresented() {
    RuleCode code = RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED;
    return Breaker.of(code, p -> Shape.any(), affectedUnitUnrepresented(code, true))
        .overAGivenTree(affectedUnitUnrepresented(code, false));
  }

  /**
   * The mutation of {@link #affectedUnitUnrepresented()}; where the tree has no unrepresented unit
   * inside the deliberating one, it adds one if {@code mayAddAUnit}, else offers nothing to break.
   */
  private static Breaker.Mutation affectedUnitUnrepresented(RuleCode code, boolean mayAddAUnit) {
    return (valid, random) -> {
      Deliberation record = valid.record();
      Jurisdiction jurisdiction = valid.jurisdiction();
      UnitId here = record.deliberatingUnit();
      List<UnitId> affected = record.topic().affectedUnits();
      List<UnitId> lonely = new ArrayList<>();
      for (AdministrativeUnit unit : jurisdiction.units()) {
        if (jurisdiction.contains(here, unit.id())
            && !affected.contains(unit.id())
            && !record.parties().represents(unit.id(), jurisdiction)) {
          lonely.add(unit.id());
        }
      }
      int i = random.nextInt(affected.size());
      if (!lonely.isEmpty()) {
        UnitId unit = pick(random, lonely);
        return broken(valid, withTopic(record, t -> t.affectedUnits.set(i, unit)), code);
      }
      AdministrativeUnit deliberating = jurisdiction.unit(here).get();
      if (!mayAddAUnit || deliberating.level().ordinal() == 0) {
        return Optional.empty();
      }
      TierLevel level = TierLevel.values()[random.nextInt(deliberating.level().ordinal())];
      UnitId id = unknownUnit(random, jurisdiction);
      List<AdministrativeUnit> units = new ArrayList<>(jurisdiction.units());
      units.add(AdministrativeUnit.of(id, level, "新建单元 " + id.value(), here));
      Deliberation broken = withTopic(record, t -> t.affectedUnits.set(i, id));
      return broken(valid, Jurisdiction.of(units), broken, List.of(code));
    };
  }

  // ---------------------------------------------------------------- tiers

  /**
   * Lets the matter affect a unit in another tree of the jurisdiction (a new root), represented by
   * a stakeholder of its own; the unit is added, or replaces one of two or more affected units
   * where an online meeting allows no more.
   */
  static Breaker noCommonUnit() {
    RuleCode code = RuleCodes.TIER_NO_COMMON_UNIT;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          Jurisdiction jurisdiction = valid.jurisdiction();
          List<UnitId> affected = record.topic().affectedUnits();
          UnitId id = unknownUnit(random, jurisdiction);
          TierLevel level = pick(random, List.of(TierLevel.values()));
          List<AdministrativeUnit> units = new ArrayList<>(jurisdiction.units());
          units.add(AdministrativeUnit.root(id, level, "另一辖区 " + id.value()));
          boolean online =
              record.meetings().stream().anyMatch(m -> m.kind() == MeetingKind.ONLINE_MICRO);
          boolean roomForOne =
              !online || affected.size() + 1 <= valid.profile().onlineMaxAffectedUnits();
          boolean replace = affected.size() >= 2 && (!roomForOne || random.nextBoolean());
          if (!replace && !roomForOne) {
            return Optional.empty();
          }
          int i = random.nextInt(affected.size());
          Party stakeholder =
              new Party.Builder()
                  .id(unlistedParty(random, record, "stakeholder"))
                  .kind(PartyKind.STAKEHOLDER)
                  .unit(id)
                  .addRole(PartyRole.DELIBERATOR)
                  .build();
          Deliberation broken =
              RecordDraft.edit(
                  record,
                  d -> {
                    d.topic =
                        TopicDraft.edit(
                            d.topic,
                            t -> {
                              if (replace) {
                                t.affectedUnits.set(i, id);
                              } else {
                                t.affectedUnits.add(id);
                              }
                            });
                    d.parties = PartyListDraft.edit(d.parties, l -> l.parties.add(stakeholder));
                  });
          return broken(valid, Jurisdiction.of(units), broken, List.of(code));
        })
        .replacingTheTree("adds a root unit to the jurisdiction");
  }

  /**
   * Replaces an affected unit by a unit above the deliberating one (its parties represent it), so
   * that the deliberating unit no longer covers the matter.
   */
  static Breaker unitNotCovering() {
    RuleCode code = RuleCodes.TIER_UNIT_NOT_COVERING;
    return Breaker.of(
        code,
        p -> Shape.any(),
        (valid, random) -> {
          Deliberation record = valid.record();
          List<AdministrativeUnit> path =
              valid.jurisdiction().pathToRoot(record.deliberatingUnit());
          if (path.size() < 2) {
            return Optional.empty();
          }
          UnitId above = path.get(1 + random.nextInt(path.size() - 1)).id();
          int i = random.nextInt(record.topic().affectedUnits().size());
          return broken(valid, withTopic(record, t -> t.affectedUnits.set(i, above)), code);
        });
  }

  /**
   * Moves the deliberating unit, in the jurisdiction, to a level between its parent's and its
   * children's at which the profile has no tier (escalation.wrong-level follows where the record
   * escalated, since such a unit has no level to escalate to).
   */
  static Breaker noTierRule() {
    RuleCode code = RuleCodes.TIER_NO_RULE;
    return Breaker.of(
            code,
            p -> Shape.any(),
            (valid, random) -> {
              Deliberation record = valid.record();
              Jurisdiction jurisdiction = valid.jurisdiction();
              AdministrativeUnit unit = jurisdiction.unit(record.deliberatingUnit()).get();
              int above = TierLevel.values().length;
              if (unit.parent().isPresent()) {
                above = jurisdiction.unit(unit.parent().get()).get().level().ordinal();
              }
              int below = -1;
              for (AdministrativeUnit child : jurisdiction.children(unit.id())) {
                below = Math.max(below, child.level().ordinal());
              }
              List<TierLevel> levels = new ArrayList<>();
              for (int l = below + 1; l < above; l++) {
                if (valid.profile().tier(TierLevel.values()[l]).isEmpty()) {
                  levels.add(TierLevel.values()[l]);
                }
              }
              if (levels.isEmpty()) {
                return Optional.empty();
              }
              TierLevel level = pick(random, levels);
              AdministrativeUnit moved =
                  unit.parent().isPresent()
                      ? AdministrativeUnit.of(unit.id(), level, unit.name(), unit.parent().get())
                      : AdministrativeUnit.root(unit.id(), level, unit.name());
              List<AdministrativeUnit> units = new ArrayList<>(jurisdiction.units());
              units.replaceAll(u -> u.id().equals(unit.id()) ? moved : u);
              Set<RuleCode> codes = expecting(code);
              if (!record.escalations().isEmpty()) {
                codes.add(RuleCodes.ESCALATION_WRONG_LEVEL);
              }
              return broken(valid, Jurisdiction.of(units), record, codes);
            })
        .unsupportedWhen(
            lacking(
                p -> p.tiers().size() == TierLevel.values().length, "has a tier at every level"))
        .replacingTheTree("moves the deliberating unit to another level in the jurisdiction");
  }

  /**
   * Makes a minor matter without meetings major where the deliberating tier may decide only smaller
   * matters.
   */
  static Breaker powersExceeded() {
    RuleCode code = RuleCodes.TIER_POWERS_EXCEEDED;
    return Breaker.of(
            code,
            p ->
                Shape.any()
                    .withoutOutcome()
                    .without(Shape.Feature.MEETING)
                    .withMatterSize(MatterSize.MINOR),
            (valid, random) -> {
              Deliberation broken = withTopic(valid.record(), t -> t.matterSize = MatterSize.MAJOR);
              if (tierDecides(valid, broken.topic())) {
                return Optional.empty();
              }
              return broken(valid, broken, code);
            })
        .unsupportedWhen(
            lacking(
                p ->
                    p.tiers().stream()
                        .noneMatch(
                            t ->
                                t.matterSizes().contains(MatterSize.MINOR)
                                    && !t.matterSizes().contains(MatterSize.MAJOR)),
                "has no tier that decides minor matters but not major ones"));
  }

  // ---------------------------------------------------------------- timing

  /** Moves the planned meeting date off the deliberating tier's regular dates (up to 20 days). */
  static Breaker notRegularDate() {
    RuleCode code = RuleCodes.TIMING_NOT_REGULAR_DATE;
    return Breaker.of(
            code,
            p -> Shape.any().withRegularDate(),
            (valid, random) -> {
              Deliberation record = valid.record();
              Optional<LocalDate> planned = record.plannedMeetingDate();
              Cadence cadence = tierOf(valid, record.deliberatingUnit()).get().cadence();
              if (planned.isEmpty()) {
                return Optional.empty();
              }
              Optional<LocalDate> moved = offRegularDate(planned.get(), cadence, valid, random);
              if (moved.isEmpty()) {
                return Optional.empty();
              }
              return broken(
                  valid, RecordDraft.edit(record, d -> d.plannedMeetingDate = moved), code);
            })
        .unsupportedWhen(NO_REGULAR_TIER);
  }

  /** Moves the scheduled date of a regular meeting off its tier's regular dates (up to 20 days). */
  static Breaker meetingNotRegularDate() {
    RuleCode code = RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE;
    return Breaker.of(
            code,
            p -> Shape.any().withRegularDate(),
            inSomeMeeting(
                m -> m.kind() == MeetingKind.REGULAR,
                (valid, random, i, meeting) -> {
                  Optional<Cadence> cadence = cadence(valid, meeting);
                  if (cadence.isEmpty()) {
                    return Optional.empty();
                  }
                  Optional<LocalDate> moved =
                      offRegularDate(meeting.scheduledDate(), cadence.get(), valid, random);
                  if (moved.isEmpty()) {
                    return Optional.empty();
                  }
                  return broken(
                      valid,
                      withMeeting(valid.record(), i, m -> m.scheduledDate = moved.get()),
                      code);
                }))
        .unsupportedWhen(NO_REGULAR_TIER);
  }

  /** The regular cadence of the tier of a meeting's unit, if it has one. */
  private static Optional<Cadence> cadence(ScenarioParts valid, Meeting meeting) {
    return tierOf(valid, meeting.unit()).map(TierRule::cadence).filter(Cadence::isRegular);
  }

  /** A date up to 20 days before or after one that is not a regular date of the cadence. */
  private static Optional<LocalDate> offRegularDate(
      LocalDate date, Cadence cadence, ScenarioParts valid, RandomGenerator random) {
    for (int attempt = 0; attempt < 40; attempt++) {
      int days = 1 + random.nextInt(20);
      LocalDate moved = random.nextBoolean() ? date.plusDays(days) : date.minusDays(days);
      if (!cadence.isRegularDate(moved, valid.calendar())) {
        return Optional.of(moved);
      }
    }
    return Optional.empty();
  }

  /** Why a profile none of whose tiers meets on regular dates cannot break a timing rule. */
  private static final Function<Profile, Optional<String>> NO_REGULAR_TIER =
      lacking(
          p -> p.tiers().stream().noneMatch(t -> t.cadence().isRegular()),
          "has no tier meeting on regular dates");

  // ---------------------------------------------------------------- steps

  /**
   * Renames the latest step (in time order) to one the plan lacks, so that no later step is judged
   * against the gap it leaves.
   */
  static Breaker stepUnknown() {
    RuleCode code = RuleCodes.STEP_UNKNOWN;
    return Breaker.of(
            code,
            p -> Shape.any().with(Shape.Feature.STEPS),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<StepEvent> steps = record.steps();
              if (steps.isEmpty()) {
                return Optional.empty();
              }
              int k = TimeOrder.of(steps, StepEvent::enteredAt).index(steps.size() - 1);
              StepPlan plan = valid.profile().stepPlan().get();
              String id = freshName(random, "unlisted-step", s -> role(plan, s).isPresent());
              return broken(valid, withStep(record, k, e -> e.step = id), code);
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /** Leaves out a step that a later one follows, so the later one skips it. */
  static Breaker stepOrder() {
    RuleCode code = RuleCodes.STEP_ORDER;
    return Breaker.of(
            code,
            p -> Shape.any().withStep(StepRole.DELIBERATE),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<StepEvent> steps = record.steps();
              if (steps.size() < 2) {
                return Optional.empty();
              }
              int rank = random.nextInt(steps.size() - 1);
              int k = TimeOrder.of(steps, StepEvent::enteredAt).index(rank);
              return broken(valid, RecordDraft.edit(record, d -> d.steps.remove(k)), code);
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /**
   * Moves a step's entry into the time its predecessor was still under way (a carry-out step stays
   * after the decision).
   */
  static Breaker stepStartedEarly() {
    RuleCode code = RuleCodes.STEP_STARTED_EARLY;
    return Breaker.of(
            code,
            p -> Shape.any().withStep(StepRole.DELIBERATE),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<StepEvent> steps = record.steps();
              StepPlan plan = valid.profile().stepPlan().get();
              TimeOrder order = TimeOrder.of(steps, StepEvent::enteredAt);
              Instant decided = firstDecision(record);
              List<Integer> ranks = IntStream.range(1, steps.size()).boxed().toList();
              return firstInRandomOrder(
                  random,
                  ranks,
                  rank -> {
                    int k = order.index(rank);
                    StepEvent previous = steps.get(order.index(rank - 1));
                    if (previous.completedAt().isEmpty()) {
                      return Optional.empty();
                    }
                    Instant from = previous.enteredAt();
                    if (role(plan, steps.get(k).step()).orElse(null) == StepRole.CARRY_OUT) {
                      if (decided == null) {
                        return Optional.empty();
                      }
                      from = Draw.max(from, decided.minusNanos(1));
                    }
                    Optional<Instant> entered =
                        strictlyBetween(random, from, previous.completedAt().get());
                    if (entered.isEmpty()) {
                      return Optional.empty();
                    }
                    return broken(
                        valid, withStep(record, k, e -> e.enteredAt = entered.get()), code);
                  });
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /** Completes a deliberate step before the first meeting it contained started. */
  static Breaker deliberateNoMeeting() {
    RuleCode code = RuleCodes.STEP_DELIBERATE_NO_MEETING;
    return Breaker.of(
            code,
            p -> Shape.any().withStep(StepRole.DELIBERATE),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<StepEvent> steps = record.steps();
              StepPlan plan = valid.profile().stepPlan().get();
              List<Integer> completed =
                  indicesWhere(
                      steps,
                      s ->
                          role(plan, s.step()).orElse(null) == StepRole.DELIBERATE
                              && s.completedAt().isPresent());
              return firstInRandomOrder(
                  random,
                  completed,
                  k -> {
                    Instant entered = steps.get(k).enteredAt();
                    Optional<Instant> first =
                        record.meetings().stream()
                            .map(Meeting::startedAt)
                            .filter(start -> !start.isBefore(entered))
                            .min(Comparator.naturalOrder());
                    if (first.isEmpty() || !first.get().isAfter(entered)) {
                      return Optional.empty();
                    }
                    Instant early = before(random, entered, first.get());
                    return broken(
                        valid, withStep(record, k, e -> e.completedAt = Optional.of(early)), code);
                  });
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /**
   * Moves the entry of a carry-out step before the first decision, after its predecessor's entry;
   * step.started-early follows where the predecessor was then still under way.
   */
  static Breaker carriedOutBeforeDecision() {
    RuleCode code = RuleCodes.STEP_CARRIED_OUT_BEFORE_DECISION;
    return Breaker.of(
            code,
            p -> Shape.any().withStep(StepRole.CARRY_OUT),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<StepEvent> steps = record.steps();
              StepPlan plan = valid.profile().stepPlan().get();
              Instant decided = firstDecision(record);
              TimeOrder order = TimeOrder.of(steps, StepEvent::enteredAt);
              List<Integer> ranks = new ArrayList<>();
              for (int rank = 0; rank < steps.size(); rank++) {
                if (role(plan, steps.get(order.index(rank)).step()).orElse(null)
                    == StepRole.CARRY_OUT) {
                  ranks.add(rank);
                }
              }
              if (decided == null || ranks.isEmpty()) {
                return Optional.empty();
              }
              int rank = pick(random, ranks);
              int k = order.index(rank);
              StepEvent previous = rank > 0 ? steps.get(order.index(rank - 1)) : null;
              Instant from =
                  previous != null ? previous.enteredAt() : decided.minus(Duration.ofDays(1));
              Optional<Instant> entered = strictlyBetween(random, from, decided);
              if (entered.isEmpty()) {
                return Optional.empty();
              }
              Set<RuleCode> codes = expecting(code);
              if (previous != null
                  && (previous.completedAt().isEmpty()
                      || entered.get().isBefore(previous.completedAt().get()))) {
                codes.add(RuleCodes.STEP_STARTED_EARLY);
              }
              return broken(valid, withStep(record, k, e -> e.enteredAt = entered.get()), codes);
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /** The role of a step of the plan, if the plan has it. */
  private static Optional<StepRole> role(StepPlan plan, String id) {
    for (Step step : plan.steps()) {
      if (step.id().equals(id)) {
        return Optional.of(step.role());
      }
    }
    return Optional.empty();
  }

  /**
   * When the first meeting that formed a result (passed, where it voted) ended, or null: the
   * decision a carry-out step waits for.
   */
  private static Instant firstDecision(Deliberation record) {
    Instant first = null;
    for (Meeting meeting : record.meetings()) {
      if (meeting.result().isEmpty()) {
        continue;
      }
      Optional<Outcome> outcome = meeting.result().get().outcome();
      if ((outcome.isEmpty() || outcome.get() == Outcome.PASSED)
          && (first == null || meeting.endedAt().isBefore(first))) {
        first = meeting.endedAt();
      }
    }
    return first;
  }

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
              PartyId stranger = unlistedParty(random, record, "actor");
              return broken(valid, withStep(record, k, e -> e.actor = stranger), code);
            })
        .unsupportedWhen(NO_STEP_PLAN);
  }

  /** Why a profile without a step plan cannot break a step rule. */
  private static final Function<Profile, Optional<String>> NO_STEP_PLAN =
      lacking(p -> p.stepPlan().isEmpty(), "sets no step plan");
}
