package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.indicesWhere;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.later;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.strictlyBetween;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.PartyOrganisationActDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Breakers of the party organisation's own acts (gatekeeping.*, 把关定向). They start from a valid
 * scenario of a profile that requires the acts (its valid records carry them, taken by the right body
 * at the right time) and change one act.
 */
final class PartyActBreakers {
  private PartyActBreakers() {}

  static List<Breaker> all() {
    return List.of(
        actMissing(), actorWrongBody(), organiserNotListed(), actAfterMeeting(), reviewAfterAdmission());
  }

  /** A scenario with a meeting: the admission is decided and every act the profile requires is due. */
  private static Shape withMeeting() {
    return Shape.any().withMeetings(1);
  }

  /** The record with one act changed. */
  private static Deliberation withAct(
      Deliberation record, int index, UnaryOperator<PartyOrganisationAct> change) {
    return RecordDraft.edit(record, d -> d.partyActs.set(index, change.apply(d.partyActs.get(index))));
  }

  private static Instant firstMeetingStart(Deliberation record) {
    Instant first = null;
    for (Meeting meeting : record.meetings()) {
      if (first == null || meeting.startedAt().isBefore(first)) {
        first = meeting.startedAt();
      }
    }
    return first;
  }

  /** Drops every act of one kind the profile requires (chosen at random). */
  static Breaker actMissing() {
    RuleCode code = RuleCodes.GATEKEEPING_ACT_MISSING;
    return Breaker.of(
            code,
            p -> withMeeting(),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<PartyActKind> kinds = new ArrayList<>(valid.profile().requiredPartyActs());
              PartyActKind kind = pick(random, kinds);
              if (indicesWhere(record.partyActs(), a -> a.kind() == kind).isEmpty()) {
                return Optional.empty();
              }
              return broken(
                  valid,
                  RecordDraft.edit(record, d -> d.partyActs.removeIf(a -> a.kind() == kind)),
                  code);
            })
        .unsupportedWhen(
            lacking(p -> p.requiredPartyActs().isEmpty(), "requires no act of the party organisation"));
  }

  /**
   * Gives one act to another actor: a party not on the list, or a listed party that is not a party
   * organisation of the responsible unit (the unit of the valid act's actor).
   */
  static Breaker actorWrongBody() {
    RuleCode code = RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY;
    return Breaker.of(
            code,
            p -> withMeeting(),
            (valid, random) -> {
              Deliberation record = valid.record();
              if (record.partyActs().isEmpty()) {
                return Optional.empty();
              }
              int index = random.nextInt(record.partyActs().size());
              Party right = record.parties().party(record.partyActs().get(index).actor()).get();
              List<PartyId> wrong = new ArrayList<>();
              for (Party party : record.parties().parties()) {
                if (party.kind() != PartyKind.PARTY_ORGANISATION || !party.unit().equals(right.unit())) {
                  wrong.add(party.id());
                }
              }
              wrong.add(unlistedParty(random, record, "party-organisation"));
              PartyId actor = pick(random, wrong);
              return broken(
                  valid,
                  withAct(record, index, a -> PartyOrganisationActDraft.edit(a, d -> d.actor = actor)),
                  code);
            })
        .unsupportedWhen(
            lacking(p -> p.requiredPartyActs().isEmpty(), "requires no act of the party organisation"));
  }

  /** Names an organiser who is not on the party list. */
  static Breaker organiserNotListed() {
    RuleCode code = RuleCodes.GATEKEEPING_ORGANISER_NOT_LISTED;
    return Breaker.of(
            code,
            p -> withMeeting(),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> naming = indicesWhere(record.partyActs(), a -> a.named().isPresent());
              if (naming.isEmpty()) {
                return Optional.empty();
              }
              PartyId stranger = unlistedParty(random, record, "organiser");
              return broken(
                  valid,
                  withAct(
                      record,
                      pick(random, naming),
                      a -> PartyOrganisationActDraft.edit(a, d -> d.named = Optional.of(stranger))),
                  code);
            })
        .unsupportedWhen(
            lacking(
                p -> !p.requiredPartyActs().contains(PartyActKind.NAMED_ORGANISER),
                "requires no naming of the organiser"));
  }

  /**
   * Moves one act to after the first meeting started (a review so moved also comes after the
   * admission decision: gatekeeping.review-after-admission follows).
   */
  static Breaker actAfterMeeting() {
    RuleCode code = RuleCodes.GATEKEEPING_ACT_AFTER_MEETING;
    return Breaker.of(
            code,
            p -> withMeeting(),
            (valid, random) -> {
              Deliberation record = valid.record();
              Instant first = firstMeetingStart(record);
              if (record.partyActs().isEmpty() || first == null) {
                return Optional.empty();
              }
              int index = random.nextInt(record.partyActs().size());
              PartyOrganisationAct act = record.partyActs().get(index);
              Instant late = later(random, first, Duration.ofDays(30));
              Set<RuleCode> codes = expecting(code);
              Optional<Admission> admission = record.admission();
              if (act.kind() == PartyActKind.REVIEWED_TOPIC
                  && admission.isPresent()
                  && late.isAfter(admission.get().decidedAt())) {
                codes.add(RuleCodes.GATEKEEPING_REVIEW_AFTER_ADMISSION);
              }
              return broken(
                  valid,
                  withAct(record, index, a -> PartyOrganisationActDraft.edit(a, d -> d.at = late)),
                  codes);
            })
        .unsupportedWhen(
            lacking(p -> p.requiredPartyActs().isEmpty(), "requires no act of the party organisation"));
  }

  /**
   * Moves the review to after the admission decision, but not past the first meeting's start (so
   * that only the review's timing against the admission breaks).
   */
  static Breaker reviewAfterAdmission() {
    RuleCode code = RuleCodes.GATEKEEPING_REVIEW_AFTER_ADMISSION;
    return Breaker.of(
            code,
            p -> Shape.any(),
            (valid, random) -> {
              Deliberation record = valid.record();
              List<Integer> reviews =
                  indicesWhere(record.partyActs(), a -> a.kind() == PartyActKind.REVIEWED_TOPIC);
              if (reviews.isEmpty() || record.admission().isEmpty()) {
                return Optional.empty();
              }
              Instant decided = record.admission().get().decidedAt();
              Instant first = firstMeetingStart(record);
              Optional<Instant> late =
                  first == null
                      ? Optional.of(later(random, decided, Duration.ofDays(30)))
                      : strictlyBetween(random, decided, first.plusNanos(1));
              if (late.isEmpty()) {
                return Optional.empty();
              }
              return broken(
                  valid,
                  withAct(
                      record,
                      pick(random, reviews),
                      a -> PartyOrganisationActDraft.edit(a, d -> d.at = late.get())),
                  code);
            })
        .unsupportedWhen(
            lacking(
                p -> !p.requiredPartyActs().contains(PartyActKind.REVIEWED_TOPIC),
                "requires no review of the topic"));
  }
}
