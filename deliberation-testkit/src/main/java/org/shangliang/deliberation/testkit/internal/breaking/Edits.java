package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.testkit.internal.AdmissionDraft;
import org.shangliang.deliberation.testkit.internal.AppraisalDraft;
import org.shangliang.deliberation.testkit.internal.DutyDraft;
import org.shangliang.deliberation.testkit.internal.EscalationDraft;
import org.shangliang.deliberation.testkit.internal.MeetingDraft;
import org.shangliang.deliberation.testkit.internal.OutcomeRecordDraft;
import org.shangliang.deliberation.testkit.internal.PartyDraft;
import org.shangliang.deliberation.testkit.internal.PartyListDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.StepEventDraft;
import org.shangliang.deliberation.testkit.internal.SupervisionDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.testkit.internal.VoteDraft;

/**
 * A record rebuilt with one of its parts changed, the rest kept: the edits the breakers share. Each
 * one goes through the part's draft ({@code internal.*Draft}), so the result is checked by the
 * model's builders like any record. Stateless and thread-safe.
 */
final class Edits {
  private Edits() {}

  /**
   * Replaces an element of a mutable list by what a change makes of it.
   *
   * @param <T> the type of the elements
   * @param list the list (a draft's)
   * @param index the element's index
   * @param change from the element to its replacement
   */
  static <T> void update(List<T> list, int index, UnaryOperator<T> change) {
    list.set(index, change.apply(list.get(index)));
  }

  /**
   * A list with the elements that pass a test dropped, or each replaced by what a replacement makes
   * of it; the other elements stay, in order.
   *
   * @param <T> the type of the elements
   * @param list the list
   * @param which the elements to drop or replace
   * @param replacement from such an element to its replacement, or empty to drop it
   * @return a new list
   */
  static <T> List<T> dropOrReplace(
      List<T> list, Predicate<? super T> which, Function<? super T, Optional<T>> replacement) {
    List<T> kept = new ArrayList<>();
    for (T value : list) {
      if (!which.test(value)) {
        kept.add(value);
      } else {
        replacement.apply(value).ifPresent(kept::add);
      }
    }
    return kept;
  }

  /**
   * The record with its topic changed.
   *
   * @param record the record
   * @param change the change to the topic's draft
   * @return the new record
   */
  static Deliberation withTopic(Deliberation record, Consumer<? super TopicDraft> change) {
    return RecordDraft.edit(record, d -> d.topic = TopicDraft.edit(d.topic, change));
  }

  /**
   * The record with its admission (which it has) changed.
   *
   * @param record the record
   * @param change the change to the admission's draft
   * @return the new record
   */
  static Deliberation withAdmission(Deliberation record, Consumer<? super AdmissionDraft> change) {
    return RecordDraft.edit(
        record, d -> d.admission = Optional.of(AdmissionDraft.edit(d.admission.get(), change)));
  }

  /**
   * The record with its list of parties changed.
   *
   * @param record the record
   * @param change the change to the mutable list of parties
   * @return the new record
   */
  static Deliberation withParties(Deliberation record, Consumer<List<Party>> change) {
    return RecordDraft.edit(
        record, d -> d.parties = PartyListDraft.edit(d.parties, l -> change.accept(l.parties)));
  }

  /**
   * The record with one party changed.
   *
   * @param record the record
   * @param index the party's index on the party list
   * @param change the change to the party's draft
   * @return the new record
   */
  static Deliberation withParty(
      Deliberation record, int index, Consumer<? super PartyDraft> change) {
    return withParties(record, parties -> update(parties, index, p -> PartyDraft.edit(p, change)));
  }

  /**
   * The record with one meeting replaced.
   *
   * @param record the record
   * @param index the meeting's index
   * @param meeting its replacement
   * @return the new record
   */
  static Deliberation withMeeting(Deliberation record, int index, Meeting meeting) {
    return RecordDraft.edit(record, d -> d.meetings.set(index, meeting));
  }

  /**
   * The record with one meeting changed.
   *
   * @param record the record
   * @param index the meeting's index
   * @param change the change to the meeting's draft
   * @return the new record
   */
  static Deliberation withMeeting(
      Deliberation record, int index, Consumer<? super MeetingDraft> change) {
    return withMeeting(record, index, MeetingDraft.edit(record.meetings().get(index), change));
  }

  /**
   * The record with the vote of one meeting (which has one) changed.
   *
   * @param record the record
   * @param index the meeting's index
   * @param change the change to the vote's draft
   * @return the new record
   */
  static Deliberation withVote(Deliberation record, int index, Consumer<? super VoteDraft> change) {
    return withMeeting(
        record, index, d -> d.vote = Optional.of(VoteDraft.edit(d.vote.get(), change)));
  }

  /**
   * The record with one step event changed.
   *
   * @param record the record
   * @param index the step event's index
   * @param change the change to the step event's draft
   * @return the new record
   */
  static Deliberation withStep(
      Deliberation record, int index, Consumer<? super StepEventDraft> change) {
    return RecordDraft.edit(
        record, d -> update(d.steps, index, s -> StepEventDraft.edit(s, change)));
  }

  /**
   * The record with one escalation changed.
   *
   * @param record the record
   * @param index the escalation's index
   * @param change the change to the escalation's draft
   * @return the new record
   */
  static Deliberation withEscalation(
      Deliberation record, int index, Consumer<? super EscalationDraft> change) {
    return RecordDraft.edit(
        record, d -> update(d.escalations, index, e -> EscalationDraft.edit(e, change)));
  }

  /**
   * The record with its outcome (which it has) changed.
   *
   * @param record the record
   * @param change the change to the outcome's draft
   * @return the new record
   */
  static Deliberation withOutcome(
      Deliberation record, Consumer<? super OutcomeRecordDraft> change) {
    return RecordDraft.edit(
        record, d -> d.outcome = Optional.of(OutcomeRecordDraft.edit(d.outcome.get(), change)));
  }

  /**
   * The record with one agreed item of its outcome (which it has) changed.
   *
   * @param record the record
   * @param index the agreed item's index
   * @param change the change to the agreed item's draft
   * @return the new record
   */
  static Deliberation withDuty(Deliberation record, int index, Consumer<? super DutyDraft> change) {
    return withOutcome(record, o -> update(o.duties, index, d -> DutyDraft.edit(d, change)));
  }

  /**
   * The record with one supervision record changed.
   *
   * @param record the record
   * @param index the supervision record's index
   * @param change the change to its draft
   * @return the new record
   */
  static Deliberation withSupervision(
      Deliberation record, int index, Consumer<? super SupervisionDraft> change) {
    return RecordDraft.edit(
        record, d -> update(d.supervision, index, s -> SupervisionDraft.edit(s, change)));
  }

  /**
   * The record with one appraisal changed.
   *
   * @param record the record
   * @param index the appraisal's index
   * @param change the change to the appraisal's draft
   * @return the new record
   */
  static Deliberation withAppraisal(
      Deliberation record, int index, Consumer<? super AppraisalDraft> change) {
    return RecordDraft.edit(
        record, d -> update(d.appraisals, index, a -> AppraisalDraft.edit(a, change)));
  }

  /**
   * The record with another hotline case.
   *
   * @param record the record
   * @param hotline the hotline case
   * @return the new record
   */
  static Deliberation withHotline(Deliberation record, HotlineCase hotline) {
    return RecordDraft.edit(record, d -> d.hotlineCase = Optional.of(hotline));
  }
}
