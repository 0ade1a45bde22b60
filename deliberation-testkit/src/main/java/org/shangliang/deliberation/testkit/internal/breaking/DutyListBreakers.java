package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withDuty;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withMeeting;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withParty;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.freshName;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.DutyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Breakers of the household-link, negative-list and duty-list rules (Reform 2025): {@code
 * party.linked-member-absent}, {@code party.forbidden-role}, {@code outcome.duty.kind-unknown} and
 * {@code outcome.duty.kind-not-carried}.
 */
final class DutyListBreakers {
  private DutyListBreakers() {}

  /**
   * One breaker per rule, in the order of the rules table.
   *
   * @return the breakers
   */
  static List<Breaker> all() {
    return List.of(linkedMemberAbsent(), forbiddenRole(), dutyKindUnknown(), dutyKindNotCarried());
  }

  /**
   * Links a party member who is not on the party list to an affected unit: either a new link, or the
   * member of an existing link of that unit replaced. Only the household links change, not the
   * record.
   */
  private static Breaker linkedMemberAbsent() {
    RuleCode code = RuleCodes.PARTY_LINKED_MEMBER_ABSENT;
    return Breaker.of(
            code,
            p -> Shape.any(),
            (valid, random) -> {
              Deliberation record = valid.record();
              HouseholdLinks links = valid.householdLinks();
              List<PartyId> members = new ArrayList<>();
              for (HouseholdLink link : links.links()) {
                members.add(link.member());
              }
              UnitId unit = pick(random, record.topic().affectedUnits());
              PartyId stranger = unlistedParty(random, record, "linked-member", members);
              List<HouseholdLink> changed = new ArrayList<>(links.links());
              List<Integer> ofUnit = new ArrayList<>();
              for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i).units().contains(unit)) {
                  ofUnit.add(i);
                }
              }
              if (!ofUnit.isEmpty() && random.nextBoolean()) {
                int index = pick(random, ofUnit);
                HouseholdLink old = changed.get(index);
                changed.set(
                    index,
                    new HouseholdLink.Builder().member(stranger).addAllUnits(old.units()).build());
              } else {
                changed.add(HouseholdLink.of(stranger, unit));
              }
              return Optional.of(
                  valid.withHouseholdLinks(HouseholdLinks.of(changed), Set.of(code)));
            })
        .unsupportedWhen(
            lacking(p -> !p.linkedMembersRequired(), "does not require linked members to take part"));
  }

  /**
   * Makes one party take a role the negative list forbids to its kind: adds a forbidden convener or
   * observer role on the party list, hands an agreed item to a party whose kind may not be
   * responsible, or has a meeting recorded by a party whose kind may not record. Handing an item to a
   * kind that does not carry its duty kind also breaks {@code outcome.duty.kind-not-carried}.
   */
  private static Breaker forbiddenRole() {
    RuleCode code = RuleCodes.PARTY_FORBIDDEN_ROLE;
    return Breaker.of(
            code,
            p -> Shape.any(),
            (valid, random) -> {
              Profile profile = valid.profile();
              Deliberation record = valid.record();
              List<Party> parties = record.parties().parties();
              List<Supplier<Optional<ScenarioParts>>> candidates = new ArrayList<>();
              for (int i = 0; i < parties.size(); i++) {
                int index = i;
                Party party = parties.get(i);
                for (PartyRole role : List.of(PartyRole.CONVENER, PartyRole.OBSERVER)) {
                  if (!party.hasRole(role)
                      && profile.forbiddenRoles(party.kind()).contains(RecordRole.of(role))) {
                    candidates.add(
                        () -> broken(valid, withParty(record, index, d -> d.roles.add(role)), code));
                  }
                }
              }
              List<Party> mayNotRecord = forbidden(profile, parties, RecordRole.RECORDER);
              for (int m = 0; m < record.meetings().size() && !mayNotRecord.isEmpty(); m++) {
                int index = m;
                Meeting meeting = record.meetings().get(m);
                Party recorder = pick(random, mayNotRecord);
                if (!meeting.recorder().equals(recorder.id())) {
                  candidates.add(
                      () ->
                          broken(
                              valid,
                              withMeeting(record, index, d -> d.recorder = recorder.id()),
                              code));
                }
              }
              List<Party> mayNotAnswer = forbidden(profile, parties, RecordRole.RESPONSIBLE);
              List<Duty> duties =
                  record.outcome().isPresent() ? record.outcome().get().duties() : List.of();
              for (int j = 0; j < duties.size() && !mayNotAnswer.isEmpty(); j++) {
                int index = j;
                Duty duty = duties.get(j);
                Party responsible = pick(random, mayNotAnswer);
                Set<RuleCode> codes = expecting(code);
                Optional<DutyKind> kind = duty.kind().flatMap(profile::dutyKind);
                if (kind.isPresent() && !kind.get().carriedBy(responsible.kind())) {
                  codes.add(RuleCodes.OUTCOME_DUTY_KIND_NOT_CARRIED);
                }
                candidates.add(
                    () ->
                        broken(
                            valid,
                            withDuty(record, index, d -> d.responsible = Optional.of(responsible.id())),
                            codes));
              }
              return candidates.isEmpty() ? Optional.empty() : pick(random, candidates).get();
            })
        .unsupportedWhen(lacking(p -> p.forbiddenRoles().isEmpty(), "has no negative list"));
  }

  /** The listed parties whose kind the negative list forbids a role, in list order. */
  private static List<Party> forbidden(Profile profile, List<Party> parties, RecordRole role) {
    List<Party> found = new ArrayList<>();
    for (Party party : parties) {
      if (profile.forbiddenRoles(party.kind()).contains(role)) {
        found.add(party);
      }
    }
    return found;
  }

  /** Gives one agreed item a duty kind that is not on the profile's list of powers and duties. */
  private static Breaker dutyKindUnknown() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_KIND_UNKNOWN;
    return Breaker.of(
            code,
            p -> Shape.any().withDuties(),
            (valid, random) -> {
              Profile profile = valid.profile();
              int index = random.nextInt(valid.record().outcome().orElseThrow().duties().size());
              String kind = freshName(random, "duty-kind", id -> profile.dutyKind(id).isPresent());
              return broken(
                  valid, withDuty(valid.record(), index, d -> d.kind = Optional.of(kind)), code);
            })
        .unsupportedWhen(lacking(p -> p.dutyKinds().isEmpty(), "has no list of powers and duties"));
  }

  /**
   * Gives one agreed item a duty kind of the list that its responsible party's kind does not carry.
   */
  private static Breaker dutyKindNotCarried() {
    RuleCode code = RuleCodes.OUTCOME_DUTY_KIND_NOT_CARRIED;
    return Breaker.of(
            code,
            p -> Shape.any().withDuties(),
            (valid, random) -> {
              Profile profile = valid.profile();
              Deliberation record = valid.record();
              List<Duty> duties = record.outcome().orElseThrow().duties();
              List<int[]> candidates = new ArrayList<>();
              for (int j = 0; j < duties.size(); j++) {
                Optional<Party> responsible =
                    duties.get(j).responsible().flatMap(id -> record.parties().party(id));
                for (int k = 0; k < profile.dutyKinds().size() && responsible.isPresent(); k++) {
                  if (!profile.dutyKinds().get(k).carriedBy(responsible.get().kind())) {
                    candidates.add(new int[] {j, k});
                  }
                }
              }
              if (candidates.isEmpty()) {
                return Optional.empty();
              }
              int[] chosen = pick(random, candidates);
              String kind = profile.dutyKinds().get(chosen[1]).id();
              return broken(valid, withDuty(record, chosen[0], d -> d.kind = Optional.of(kind)), code);
            })
        .unsupportedWhen(lacking(p -> p.dutyKinds().isEmpty(), "has no list of powers and duties"));
  }
}
