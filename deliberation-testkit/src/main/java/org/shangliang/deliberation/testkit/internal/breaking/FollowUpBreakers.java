package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.dropOrReplace;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withAppraisal;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withHotline;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withSupervision;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withTopic;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.earlier;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.expecting;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.indicesWhere;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.later;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.unlistedParty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.outcome.Supervision;
import org.shangliang.deliberation.outcome.SupervisionPhase;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.EventDraft;
import org.shangliang.deliberation.testkit.internal.HotlineCaseDraft;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.RevisitDraft;
import org.shangliang.deliberation.testkit.internal.SupervisionDraft;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.validation.RuleCode;

/** Breakers of the supervision, revisit, appraisal, hotline and history rules. */
final class FollowUpBreakers {
  private FollowUpBreakers() {}

  /**
   * The breakers of this family, one per rule code, in the order of the rules table.
   *
   * @return the breakers
   */
  static List<Breaker> all() {
    return List.of(
        supervisionPhaseMissing(),
        supervisorNotAllowed(),
        publicFundsSupervisionMissing(),
        revisitMissing(),
        appraisalScoreOutOfScale(),
        appraisalPoorNotReopened(),
        hotlinePartyNotListed(),
        hotlineTicketMismatch(),
        hotlineNotForwarded(),
        hotlineNotCoordinated(),
        hotlineReplyLate(),
        hotlineHandlingLate(),
        historyEventRejected(),
        historyRecordMismatch());
  }

  // ---------------------------------------------------------------- supervision

  /**
   * Takes away every supervision of one phase the outcome needs (before; once the items are
   * finished, also during and after): drops those records or moves them to another phase.
   */
  private static Breaker supervisionPhaseMissing() {
    RuleCode code = RuleCodes.SUPERVISION_PHASE_MISSING;
    return Breaker.of(
        code,
        profile -> Shape.any().withSupervision(),
        (valid, random) -> {
          Deliberation record = valid.record();
          if (record.outcome().isEmpty() || record.outcome().get().duties().isEmpty()) {
            return Optional.empty();
          }
          List<SupervisionPhase> needed =
              record.outcome().get().isCompleted()
                  ? List.of(SupervisionPhase.values())
                  : List.of(SupervisionPhase.BEFORE);
          List<SupervisionPhase> held = new ArrayList<>();
          for (SupervisionPhase phase : needed) {
            if (record.supervision().stream().anyMatch(s -> s.phase() == phase)) {
              held.add(phase);
            }
          }
          if (held.isEmpty()) {
            return Optional.empty();
          }
          SupervisionPhase phase = pick(random, held);
          List<SupervisionPhase> others = new ArrayList<>(List.of(SupervisionPhase.values()));
          others.remove(phase);
          Optional<SupervisionPhase> moveTo =
              random.nextBoolean() ? Optional.of(pick(random, others)) : Optional.empty();
          List<Supervision> kept =
              dropOrReplace(
                  record.supervision(),
                  s -> s.phase() == phase,
                  s -> moveTo.map(to -> SupervisionDraft.edit(s, x -> x.phase = to)));
          Deliberation broken = RecordDraft.edit(record, d -> d.supervision = kept);
          return broken(valid, broken, supervisionCodes(valid.profile(), broken, code));
        });
  }

  /**
   * Gives one supervision record a supervisor the profile does not allow: a party not on the list,
   * or a listed party of a kind that may not supervise this topic.
   */
  private static Breaker supervisorNotAllowed() {
    RuleCode code = RuleCodes.SUPERVISION_SUPERVISOR_NOT_ALLOWED;
    return Breaker.of(
        code,
        profile -> Shape.any().withSupervision(),
        (valid, random) -> {
          Deliberation record = valid.record();
          if (record.supervision().isEmpty()) {
            return Optional.empty();
          }
          List<PartyId> disallowed = new ArrayList<>();
          for (Party party : record.parties().parties()) {
            if (!allowedSupervisor(valid.profile(), record, party.kind())) {
              disallowed.add(party.id());
            }
          }
          PartyId supervisor =
              disallowed.isEmpty() || random.nextInt(3) == 0
                  ? unlistedParty(random, record, "supervisor")
                  : pick(random, disallowed);
          int index = random.nextInt(record.supervision().size());
          Deliberation broken = withSupervision(record, index, s -> s.supervisor = supervisor);
          return broken(valid, broken, supervisionCodes(valid.profile(), broken, code));
        });
  }

  /**
   * Takes away the supervision of one public-funds supervisor kind from a topic spending public
   * money whose items are finished: drops those records or hands them to another allowed
   * supervisor.
   */
  private static Breaker publicFundsSupervisionMissing() {
    RuleCode code = RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING;
    return Breaker.of(
            code,
            profile -> Shape.any().withPublicFunds().withCompletedDuties(),
            (valid, random) -> {
              Deliberation record = valid.record();
              Profile profile = valid.profile();
              List<PartyKind> kinds = new ArrayList<>();
              for (PartyKind kind : profile.publicFundsSupervisorKinds()) {
                if (kindsSupervising(record).contains(kind)) {
                  kinds.add(kind);
                }
              }
              if (kinds.isEmpty() || record.topic().publicFunds().isEmpty()) {
                return Optional.empty();
              }
              PartyKind kind = pick(random, kinds);
              List<PartyId> standIns = new ArrayList<>();
              for (Party party : record.parties().parties()) {
                if (party.kind() != kind && allowedSupervisor(profile, record, party.kind())) {
                  standIns.add(party.id());
                }
              }
              Optional<PartyId> standIn =
                  standIns.isEmpty() || random.nextBoolean()
                      ? Optional.empty()
                      : Optional.of(pick(random, standIns));
              List<Supervision> kept =
                  dropOrReplace(
                      record.supervision(),
                      s -> supervisorKind(record, s).equals(Optional.of(kind)),
                      s -> standIn.map(p -> SupervisionDraft.edit(s, x -> x.supervisor = p)));
              Deliberation broken = RecordDraft.edit(record, d -> d.supervision = kept);
              return broken(valid, broken, supervisionCodes(profile, broken, code));
            })
        .unsupportedWhen(
            lacking(
                p -> p.publicFundsSupervisorKinds().isEmpty(),
                "names no public-funds supervisor kind"));
  }

  /** Whether a party of a kind may supervise the record (supervision.supervisor-not-allowed). */
  private static boolean allowedSupervisor(Profile profile, Deliberation record, PartyKind kind) {
    return profile.supervisorKinds().isEmpty()
        || profile.supervisorKinds().contains(kind)
        || record.topic().publicFunds().isPresent()
            && profile.publicFundsSupervisorKinds().contains(kind);
  }

  /** The kinds of the listed parties that supervised. */
  private static Set<PartyKind> kindsSupervising(Deliberation record) {
    Set<PartyKind> kinds = EnumSet.noneOf(PartyKind.class);
    for (Supervision supervision : record.supervision()) {
      supervisorKind(record, supervision).ifPresent(kinds::add);
    }
    return kinds;
  }

  /** The kind of a supervision record's supervisor, if the supervisor is on the party list. */
  private static Optional<PartyKind> supervisorKind(Deliberation record, Supervision supervision) {
    return record.parties().party(supervision.supervisor()).map(Party::kind);
  }

  /**
   * The codes a changed supervision list leads to: the breaker's own, and a phase the outcome needs
   * left unsupervised, a public-funds kind that no longer supervised.
   */
  private static Set<RuleCode> supervisionCodes(
      Profile profile, Deliberation record, RuleCode own) {
    Set<RuleCode> codes = expecting(own);
    Optional<OutcomeRecord> outcome = record.outcome();
    if (outcome.isPresent() && !outcome.get().duties().isEmpty()) {
      Set<SupervisionPhase> held = EnumSet.noneOf(SupervisionPhase.class);
      record.supervision().forEach(s -> held.add(s.phase()));
      boolean missing =
          outcome.get().isCompleted()
              ? !held.containsAll(List.of(SupervisionPhase.values()))
              : !held.contains(SupervisionPhase.BEFORE);
      if (missing) {
        codes.add(RuleCodes.SUPERVISION_PHASE_MISSING);
      }
    }
    if (outcome.isPresent()
        && outcome.get().isCompleted()
        && record.topic().publicFunds().isPresent()
        && !kindsSupervising(record).containsAll(profile.publicFundsSupervisorKinds())) {
      codes.add(RuleCodes.SUPERVISION_PUBLIC_FUNDS_MISSING);
    }
    return codes;
  }

  // ---------------------------------------------------------------- revisits and appraisals

  /**
   * Moves every revisit made within the profile's window to after it, or drops the revisits where
   * the instant judged at is already past the window.
   */
  private static Breaker revisitMissing() {
    RuleCode code = RuleCodes.REVISIT_MISSING;
    return Breaker.of(
            code,
            profile -> Shape.any().withRevisit(),
            (valid, random) -> {
              Deliberation record = valid.record();
              Optional<Instant> completed = record.outcome().flatMap(OutcomeRecord::completedAt);
              if (completed.isEmpty()) {
                return Optional.empty();
              }
              Instant due = completed.get().plus(valid.profile().revisitWindow().get());
              boolean drop = valid.at().isAfter(due) && random.nextBoolean();
              Function<Revisit, Optional<Revisit>> replacement =
                  drop
                      ? r -> Optional.empty()
                      : r ->
                          Optional.of(
                              RevisitDraft.edit(
                                  r, x -> x.at = later(random, due, Duration.ofDays(30))));
              List<Revisit> kept =
                  dropOrReplace(
                      record.revisits(),
                      r -> !r.at().isBefore(completed.get()) && !r.at().isAfter(due),
                      replacement);
              Deliberation broken = RecordDraft.edit(record, d -> d.revisits = kept);
              return broken(valid, broken, code);
            })
        .unsupportedWhen(lacking(p -> p.revisitWindow().isEmpty(), "sets no revisit window"));
  }

  /** Moves one appraisal's score just off the profile's scale, below or above it. */
  private static Breaker appraisalScoreOutOfScale() {
    RuleCode code = RuleCodes.APPRAISAL_SCORE_OUT_OF_SCALE;
    return Breaker.of(
            code,
            profile -> Shape.any().withAppraisal(),
            (valid, random) -> {
              Deliberation record = valid.record();
              if (record.appraisals().isEmpty()) {
                return Optional.empty();
              }
              AppraisalScale scale = valid.profile().appraisalScale().get();
              int index = random.nextInt(record.appraisals().size());
              int off = 1 + random.nextInt(random.nextBoolean() ? 1 : 20);
              int score = random.nextBoolean() ? scale.max() + off : scale.min() - off;
              return broken(valid, withAppraisal(record, index, a -> a.score = score), code);
            })
        .unsupportedWhen(NO_SCALE);
  }

  /**
   * Leaves a poor appraisal without a reopening after it: drops the reopenings, moves the poor
   * appraisal past the latest reopening, or adds another poor appraisal after it.
   */
  private static Breaker appraisalPoorNotReopened() {
    RuleCode code = RuleCodes.APPRAISAL_POOR_NOT_REOPENED;
    return Breaker.of(
            code,
            profile -> Shape.any().withPoorAppraisal(),
            (valid, random) -> {
              Deliberation record = valid.record();
              AppraisalScale scale = valid.profile().appraisalScale().get();
              List<Integer> poor = indicesWhere(record.appraisals(), a -> scale.isPoor(a.score()));
              if (poor.isEmpty() || record.reopenings().isEmpty()) {
                return Optional.empty();
              }
              Instant latest =
                  record.reopenings().stream()
                      .map(Reopening::at)
                      .max(Comparator.naturalOrder())
                      .get();
              Instant after = later(random, latest, Duration.ofMinutes(1), Duration.ofDays(5));
              int index = poor.get(0);
              Appraisal appraisal = record.appraisals().get(index);
              Deliberation broken;
              switch (random.nextInt(3)) {
                case 0:
                  broken = RecordDraft.edit(record, d -> d.reopenings = new ArrayList<>());
                  break;
                case 1:
                  broken = withAppraisal(record, index, a -> a.at = after);
                  break;
                default:
                  int score = scale.min() + random.nextInt(scale.poorAtMost() - scale.min() + 1);
                  broken =
                      RecordDraft.edit(
                          record,
                          d -> d.appraisals.add(Appraisal.of(after, appraisal.by(), score)));
                  break;
              }
              return broken(valid, broken, code);
            })
        .unsupportedWhen(NO_SCALE)
        .unsupportedWhen(
            lacking(p -> !p.reopenOnPoorAppraisal(), "does not reopen on a poor appraisal"));
  }

  /** Why a profile without an appraisal scale cannot break an appraisal rule. */
  private static final Function<Profile, Optional<String>> NO_SCALE =
      lacking(p -> p.appraisalScale().isEmpty(), "sets no appraisal scale");

  // ---------------------------------------------------------------- hotline

  /** Replaces the hotline case's first contact or one of its departments by a party not listed. */
  private static Breaker hotlinePartyNotListed() {
    RuleCode code = RuleCodes.HOTLINE_PARTY_NOT_LISTED;
    return Breaker.of(
        code,
        profile -> Shape.any().with(Shape.Feature.HOTLINE),
        (valid, random) -> {
          HotlineCase hotline = valid.record().hotlineCase().get();
          int slot = random.nextInt(hotline.departments().size() + 1); // 0: the first contact
          PartyId stranger =
              unlistedParty(
                  random,
                  valid.record(),
                  slot == 0 ? "contact" : "department",
                  hotline.departments());
          HotlineCase broken =
              HotlineCaseDraft.edit(
                  hotline,
                  d -> {
                    if (slot == 0) {
                      d.firstContact = stranger;
                    } else {
                      d.departments.set(slot - 1, stranger);
                    }
                  });
          return broken(valid, withHotline(valid.record(), broken), code);
        });
  }

  /**
   * Makes the topic's source and the hotline case disagree: another ticket in the case, another
   * ticket in the source, or a source that is not the hotline.
   */
  private static Breaker hotlineTicketMismatch() {
    RuleCode code = RuleCodes.HOTLINE_TICKET_MISMATCH;
    return Breaker.of(
        code,
        profile -> Shape.any().with(Shape.Feature.HOTLINE),
        (valid, random) -> {
          Deliberation record = valid.record();
          HotlineCase hotline = record.hotlineCase().get();
          String other = otherTicket(hotline.ticketId(), random);
          switch (random.nextInt(3)) {
            case 0:
              HotlineCase renumbered = HotlineCaseDraft.edit(hotline, d -> d.ticketId = other);
              return broken(valid, withHotline(record, renumbered), code);
            case 1:
              return broken(valid, withSource(record, TopicSource.hotline(other)), code);
            default:
              List<SourceKind> kinds = new ArrayList<>(List.of(SourceKind.values()));
              kinds.remove(SourceKind.HOTLINE_12345);
              SourceKind kind = pick(random, kinds);
              TopicSource source =
                  random.nextBoolean()
                      ? TopicSource.of(kind)
                      : TopicSource.of(kind, hotline.ticketId());
              return broken(valid, withSource(record, source), code);
          }
        });
  }

  /** Clears the forwarding of a case for one department. */
  private static Breaker hotlineNotForwarded() {
    RuleCode code = RuleCodes.HOTLINE_NOT_FORWARDED;
    return Breaker.of(
        code,
        profile -> Shape.any().withHotline(1),
        (valid, random) -> {
          HotlineCase hotline = valid.record().hotlineCase().get();
          if (hotline.departments().size() != 1) {
            return Optional.empty();
          }
          HotlineCase broken =
              HotlineCaseDraft.edit(hotline, d -> d.forwardedAt = Optional.empty());
          return broken(valid, withHotline(valid.record(), broken), code);
        });
  }

  /** Clears the coordination group's meeting of a case for several departments. */
  private static Breaker hotlineNotCoordinated() {
    RuleCode code = RuleCodes.HOTLINE_NOT_COORDINATED;
    return Breaker.of(
        code,
        profile -> Shape.any().with(Shape.Feature.HOTLINE),
        (valid, random) -> {
          HotlineCase hotline = valid.record().hotlineCase().get();
          if (hotline.departments().size() < 2) {
            return Optional.empty();
          }
          HotlineCase broken =
              HotlineCaseDraft.edit(hotline, d -> d.coordinationConvenedAt = Optional.empty());
          return broken(valid, withHotline(valid.record(), broken), code);
        });
  }

  /**
   * Moves the reply to the caller past the profile's reply window, or drops it where the instant
   * judged at is already past the window.
   */
  private static Breaker hotlineReplyLate() {
    RuleCode code = RuleCodes.HOTLINE_REPLY_LATE;
    return Breaker.of(
            code,
            profile -> Shape.any().with(Shape.Feature.HOTLINE),
            (valid, random) ->
                hotlineLate(
                    valid,
                    random,
                    code,
                    valid.profile().hotlineReplyWindow().get(),
                    (d, late) -> d.repliedAt = late))
        .unsupportedWhen(
            lacking(p -> p.hotlineReplyWindow().isEmpty(), "sets no hotline reply window"));
  }

  /**
   * Moves the handling of the case past the profile's handling window, or drops it where the
   * instant judged at is already past the window.
   */
  private static Breaker hotlineHandlingLate() {
    RuleCode code = RuleCodes.HOTLINE_HANDLING_LATE;
    return Breaker.of(
            code,
            profile -> Shape.any().with(Shape.Feature.HOTLINE),
            (valid, random) ->
                hotlineLate(
                    valid,
                    random,
                    code,
                    valid.profile().hotlineHandlingWindow().get(),
                    (d, late) -> d.handledAt = late))
        .unsupportedWhen(
            lacking(p -> p.hotlineHandlingWindow().isEmpty(), "sets no hotline handling window"));
  }

  /**
   * Sets an instant of the hotline case to one after the window from the case's receipt (from a
   * second to five days after), or to none at all if the instant judged at is already past it
   * (chosen half the time then).
   */
  private static Optional<ScenarioParts> hotlineLate(
      ScenarioParts valid,
      RandomGenerator random,
      RuleCode code,
      Duration window,
      BiConsumer<HotlineCaseDraft, Optional<Instant>> set) {
    HotlineCase hotline = valid.record().hotlineCase().get();
    Instant due = hotline.receivedAt().plus(window);
    Optional<Instant> late =
        valid.at().isAfter(due) && random.nextBoolean()
            ? Optional.empty()
            : Optional.of(later(random, due, Duration.ofDays(5)));
    HotlineCase broken = HotlineCaseDraft.edit(hotline, d -> set.accept(d, late));
    return broken(valid, withHotline(valid.record(), broken), code);
  }

  private static Deliberation withSource(Deliberation record, TopicSource source) {
    return withTopic(record, t -> t.source = source);
  }

  /** Another ticket of the same form: the number after the last dash changed. */
  private static String otherTicket(String ticket, RandomGenerator random) {
    String stem = ticket.substring(0, ticket.lastIndexOf('-') + 1);
    String other;
    do {
      other = stem + (1000 + random.nextInt(9000));
    } while (other.equals(ticket));
    return other;
  }

  // ---------------------------------------------------------------- history

  /**
   * Puts one event where the history cannot take it: an event dated before the one it follows, or
   * an event inserted of a type the state before it does not allow.
   */
  private static Breaker historyEventRejected() {
    RuleCode code = RuleCodes.HISTORY_EVENT_REJECTED;
    return Breaker.of(
        code,
        profile -> Shape.any().withEvents(),
        (valid, random) -> {
          List<DeliberationEvent> events = valid.record().events();
          if (events.isEmpty()) {
            return Optional.empty();
          }
          List<DeliberationEvent> changed = new ArrayList<>(events);
          if (events.size() > 1 && random.nextBoolean()) {
            int index = 1 + random.nextInt(events.size() - 1);
            Instant previous = events.get(index - 1).at();
            Instant misdated = earlier(random, previous, Duration.ofDays(10));
            changed.set(index, EventDraft.edit(events.get(index), e -> e.at = misdated));
          } else {
            int index = random.nextInt(events.size() + 1);
            Set<EventType> allowed = DeliberationHistory.of(events.subList(0, index)).allowed();
            List<EventType> misfits = new ArrayList<>();
            for (EventType type : EventType.values()) {
              if (!allowed.contains(type)) {
                misfits.add(type);
              }
            }
            EventType type = pick(random, misfits);
            DeliberationEvent model = events.get(Math.max(0, index - 1));
            changed.add(
                index,
                type == EventType.OUTCOME_CLASSIFIED
                    ? DeliberationEvent.classified(
                        pick(random, List.of(OutcomeKind.values())), model.at(), model.actor())
                    : DeliberationEvent.of(type, model.at(), model.actor()));
          }
          return broken(valid, RecordDraft.edit(valid.record(), d -> d.events = changed), code);
        });
  }

  /**
   * Makes the events disagree with the record while they still fold: cuts them before the last
   * event that decides admission, a meeting or the outcome; holds one meeting twice; or classifies
   * the outcome as another kind the later events still fit.
   */
  private static Breaker historyRecordMismatch() {
    RuleCode code = RuleCodes.HISTORY_RECORD_MISMATCH;
    return Breaker.of(
        code,
        profile -> Shape.any().withEvents(),
        (valid, random) -> {
          List<DeliberationEvent> events = valid.record().events();
          List<Supplier<List<DeliberationEvent>>> ways = new ArrayList<>();
          int lastTelling = -1; // the last event whose effect the record's facts show
          List<Integer> meetings = new ArrayList<>();
          int classified = -1;
          boolean kindBound = false; // later events fit only the recorded kind
          for (int i = 0; i < events.size(); i++) {
            EventType type = events.get(i).type();
            if (type == EventType.ADMITTED
                || type == EventType.REFUSED
                || type == EventType.MEETING_HELD
                || type == EventType.OUTCOME_CLASSIFIED) {
              lastTelling = i;
            }
            if (type == EventType.MEETING_HELD) {
              meetings.add(i);
            }
            if (type == EventType.OUTCOME_CLASSIFIED) {
              classified = i;
            }
            kindBound |= type == EventType.PROGRESS_PUBLISHED || type == EventType.ESCALATED;
          }
          if (lastTelling > 0) {
            int cut = 1 + random.nextInt(lastTelling);
            ways.add(() -> new ArrayList<>(events.subList(0, cut)));
          }
          if (!meetings.isEmpty()) {
            int twice = pick(random, meetings);
            ways.add(
                () -> {
                  List<DeliberationEvent> changed = new ArrayList<>(events);
                  changed.add(twice + 1, events.get(twice));
                  return changed;
                });
          }
          if (classified >= 0 && !kindBound) {
            DeliberationEvent event = events.get(classified);
            OutcomeKind kind = event.outcomeKind().get();
            Optional<OutcomeKind> other =
                kind == OutcomeKind.IMMEDIATE
                    ? Optional.of(OutcomeKind.COMMITTED)
                    : kind == OutcomeKind.COMMITTED
                        ? Optional.of(OutcomeKind.IMMEDIATE)
                        : kind == OutcomeKind.SHELVED && classified == events.size() - 1
                            ? Optional.of(OutcomeKind.RECOMMENDATION)
                            : Optional.empty();
            int index = classified;
            other.ifPresent(
                k ->
                    ways.add(
                        () -> {
                          List<DeliberationEvent> changed = new ArrayList<>(events);
                          changed.set(
                              index, DeliberationEvent.classified(k, event.at(), event.actor()));
                          return changed;
                        }));
          }
          if (ways.isEmpty()) {
            return Optional.empty();
          }
          List<DeliberationEvent> changed = pick(random, ways).get();
          return broken(valid, RecordDraft.edit(valid.record(), d -> d.events = changed), code);
        });
  }
}
