package org.shangliang.deliberation.testkit.internal.breaking;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Approval;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.AdmissionDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.topic.TwoPartyDispute;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the unit, topic, party, tier, timing and step rules. */
final class AdmissionBreakers {
  private AdmissionBreakers() {}

  static List<Breaker> all() {
    return List.of(
        settledElsewhereAdmitted(),
        settledElsewhereExplanationMissing(),
        disputeApprovalMissing(),
        disputeApprovalLate(),
        disputeMediatorMissing(),
        disputeMediatorNotListed());
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

  // ---------------------------------------------------------------- helpers

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
