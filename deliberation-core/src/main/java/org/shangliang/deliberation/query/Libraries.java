package org.shangliang.deliberation.query;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.FollowUp;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Obligation;

/**
 * Haidian's four libraries (商量库, 经验库, 痛点库, 骨干库) as queries over a collection of records at an
 * instant, each criterion a {@linkplain LibrarySettings setting}.
 *
 * <p><b>At an instant.</b> A record is judged by what had happened by the instant given: a record
 * whose topic is raised after it is in no library, and an admission, outcome, completion, meeting,
 * appraisal, follow-up or event dated after it is not counted. Each query is linear in the size of
 * the records (plus sorting, n log n) and never throws on records the model accepts.
 *
 * <ul>
 *   <li><b>商量库</b> ({@link #waiting}): topics waiting to be deliberated: raised, not refused, and
 *       without an outcome classified; a topic whose admission is pending counts if {@link
 *       LibrarySettings#waitingIncludesPending()} (default). Oldest first: by the instant raised, then
 *       record id.
 *   <li><b>经验库</b> ({@link #experience}): finished cases — every agreed item completed, or a
 *       recommendation solved by the higher tier — with at least {@link
 *       LibrarySettings#minAppraisals()} appraisals on the profile's scale, whose mean score is at
 *       least {@link LibrarySettings#goodScoreAtLeast()} (default: above the scale's poor scores),
 *       compared exactly. Best first: by mean score, then number of appraisals (more first), then the
 *       instant finished (latest first), then record id.
 *   <li><b>痛点库</b> ({@link #painPoints}): records whose topic is in a class of cases that recurs
 *       among the topics raised in the {@linkplain LibrarySettings#recurrenceWindow() window} before
 *       the instant ({@link RecurringIssues} with {@link LibrarySettings#recurring()}); or that owe
 *       something overdue by more than {@link LibrarySettings#overdueFor()} ({@link Obligations} of
 *       the profile); or that were shelved more than {@link LibrarySettings#shelvedMoreThan()} times.
 *       The times shelved are the shelving classifications ({@link EventType#OUTCOME_CLASSIFIED} with
 *       {@link OutcomeKind#SHELVED}) among the record's fitting events ({@link
 *       Deliberation#history()}) — a shelved matter taken up again ({@link EventType#REOPENED}) and
 *       shelved once more counts twice — and at least 1 if the record's outcome is shelved; a record
 *       that keeps no events thus shows at most one shelving. Most reasons first, then oldest topic,
 *       then record id.
 *   <li><b>骨干库</b> ({@link #keyPeople}): parties, by id, scored by the meetings they signed in at,
 *       the meetings they chaired and the follow-ups they made as named follower of an escalated
 *       matter, each weighted by its setting; a party counts in a record only where that record's
 *       party list holds it with one of {@link LibrarySettings#keyPeopleKinds()} (default: any), and
 *       the same id in different records is the same party. Parties with a score of zero are left
 *       out; at most {@link LibrarySettings#keyPeopleLimit()} are listed. Highest score first, then
 *       most chaired, most followed up, most taken part in, then party id.
 * </ul>
 *
 * <p>Every id compared as a string ({@link String#compareTo}).
 *
 * <p>Source: Haidian 2025 (人民日报, 2025-09-10) (通过建立"商量库""经验库""痛点库""骨干库"4个库, 持续优化商量机制,
 * 挖掘基层治理难点问题); Beijing 2021 (光明日报, 2021-10-25) (每月一题, for problems that recur); docs/domain.md
 * "The four libraries".
 *
 * <p>Immutable and thread-safe.
 */
public final class Libraries {
  private static final Comparator<WaitingTopic> WAITING =
      Comparator.comparing(WaitingTopic::raisedAt).thenComparing(WaitingTopic::record);

  private static final Comparator<ExperienceCase> EXPERIENCE =
      ((Comparator<ExperienceCase>) Libraries::compareMeans)
          .reversed()
          .thenComparing(Comparator.comparingInt(ExperienceCase::appraisals).reversed())
          .thenComparing(Comparator.comparing(ExperienceCase::finishedAt).reversed())
          .thenComparing(ExperienceCase::record);

  private static final Comparator<PainPoint> PAIN =
      Comparator.comparingInt((PainPoint p) -> p.reasons().size())
          .reversed()
          .thenComparing(PainPoint::raisedAt)
          .thenComparing(PainPoint::record);

  private static final Comparator<KeyPerson> KEY =
      Comparator.comparingLong(KeyPerson::score)
          .reversed()
          .thenComparing(Comparator.comparingInt(KeyPerson::chaired).reversed())
          .thenComparing(Comparator.comparingInt(KeyPerson::followedUp).reversed())
          .thenComparing(Comparator.comparingInt(KeyPerson::tookPart).reversed())
          .thenComparing(KeyPerson::party);

  private final Profile profile;
  private final Jurisdiction jurisdiction;
  private final LibrarySettings settings;
  private final Obligations obligations;

  private Libraries(Profile profile, Jurisdiction jurisdiction, LibrarySettings settings) {
    this.profile = profile;
    this.jurisdiction = jurisdiction;
    this.settings = settings;
    this.obligations = Obligations.of(profile);
  }

  /**
   * The libraries of a profile with the default settings ({@link LibrarySettings#defaults()}).
   *
   * @param profile the profile: its appraisal scale, time limits and rule switches
   * @param jurisdiction the units recurring classes are rolled up in
   * @return the libraries
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is {@code null}
   */
  public static Libraries of(Profile profile, Jurisdiction jurisdiction) {
    return of(profile, jurisdiction, LibrarySettings.defaults());
  }

  /**
   * The libraries of a profile.
   *
   * @param profile the profile: its appraisal scale, time limits and rule switches
   * @param jurisdiction the units recurring classes are rolled up in
   * @param settings the criteria
   * @return the libraries
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is {@code null}
   */
  public static Libraries of(Profile profile, Jurisdiction jurisdiction, LibrarySettings settings) {
    return new Libraries(
        Checks.notNull("profile", profile),
        Checks.notNull("jurisdiction", jurisdiction),
        Checks.notNull("settings", settings));
  }

  /** @return the settings */
  public LibrarySettings settings() {
    return settings;
  }

  /**
   * All four libraries at an instant.
   *
   * @param records the records, in any order
   * @param at the instant to judge at
   * @return the libraries
   * @throws org.shangliang.deliberation.InvalidModelException if a record is {@code null} (path
   *     {@code records[i]}), two share an id ({@code records[i].id}) or two hold different topics
   *     under one id ({@code records[i].topic.id})
   */
  public LibraryContents at(Collection<Deliberation> records, Instant at) {
    List<Deliberation> checked = check(records, at);
    return new LibraryContents.Builder()
        .at(at)
        .addAllWaiting(waiting(checked, at))
        .addAllExperience(experience(checked, at))
        .addAllPainPoints(painPoints(checked, at))
        .addAllKeyPeople(keyPeople(checked, at))
        .build();
  }

  /**
   * 商量库: the topics waiting to be deliberated at an instant (see the class documentation).
   *
   * @param records the records, in any order
   * @param at the instant to judge at
   * @return the entries, oldest first; unmodifiable
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #at}
   */
  public List<WaitingTopic> waiting(Collection<Deliberation> records, Instant at) {
    List<WaitingTopic> waiting = new ArrayList<>();
    for (Deliberation record : check(records, at)) {
      if (!known(record, at) || outcome(record, at).isPresent()) {
        continue;
      }
      Optional<Admission> admission = record.admission().filter(a -> !a.decidedAt().isAfter(at));
      if (admission.isPresent() && admission.get().status() == AdmissionStatus.REFUSED) {
        continue;
      }
      boolean admitted = admission.isPresent() && admission.get().isAdmitted();
      if (!admitted && !settings.waitingIncludesPending()) {
        continue;
      }
      int meetings = 0;
      for (Meeting meeting : record.meetings()) {
        meetings += meeting.startedAt().isAfter(at) ? 0 : 1;
      }
      waiting.add(
          new WaitingTopic.Builder()
              .record(record.id())
              .topic(record.topic().id())
              .raisedAt(record.topic().raisedAt())
              .admittedAt(admitted ? Optional.of(admission.get().decidedAt()) : Optional.empty())
              .meetingsHeld(meetings)
              .build());
    }
    waiting.sort(WAITING);
    return Collections.unmodifiableList(waiting);
  }

  /**
   * 经验库: the finished cases with good appraisals at an instant (see the class documentation).
   *
   * @param records the records, in any order
   * @param at the instant to judge at
   * @return the entries, best first; unmodifiable
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #at}
   */
  public List<ExperienceCase> experience(Collection<Deliberation> records, Instant at) {
    List<Deliberation> checked = check(records, at);
    Optional<AppraisalScale> scale = profile.appraisalScale();
    Optional<Integer> good =
        settings.goodScoreAtLeast().isPresent()
            ? settings.goodScoreAtLeast()
            : scale.map(s -> s.poorAtMost() + 1);
    List<ExperienceCase> cases = new ArrayList<>();
    if (good.isEmpty()) {
      return List.of();
    }
    for (Deliberation record : checked) {
      Optional<OutcomeRecord> outcome = outcome(record, at);
      if (!known(record, at) || outcome.isEmpty()) {
        continue;
      }
      Optional<Instant> finished = finishedAt(outcome.get(), at);
      if (finished.isEmpty()) {
        continue;
      }
      int count = 0;
      long total = 0;
      for (Appraisal appraisal : record.appraisals()) {
        if (!appraisal.at().isAfter(at)
            && (scale.isEmpty() || scale.get().contains(appraisal.score()))) {
          count++;
          total += appraisal.score();
        }
      }
      if (count < settings.minAppraisals()
          || BigInteger.valueOf(total)
                  .compareTo(BigInteger.valueOf(good.get()).multiply(BigInteger.valueOf(count)))
              < 0) {
        continue;
      }
      cases.add(
          new ExperienceCase.Builder()
              .record(record.id())
              .topic(record.topic().id())
              .category(record.topic().category())
              .catalogueEntry(record.topic().catalogueEntry())
              .kind(outcome.get().kind())
              .finishedAt(finished.get())
              .appraisals(count)
              .scoreTotal(total)
              .build());
    }
    cases.sort(EXPERIENCE);
    return Collections.unmodifiableList(cases);
  }

  /**
   * 痛点库: the pain points at an instant (see the class documentation).
   *
   * @param records the records, in any order
   * @param at the instant to judge at
   * @return the entries, most reasons first; unmodifiable
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #at}
   */
  public List<PainPoint> painPoints(Collection<Deliberation> records, Instant at) {
    List<Deliberation> checked = check(records, at);
    Duration window = settings.recurrenceWindow();
    Instant from = Instant.MIN.plus(window).isAfter(at) ? Instant.MIN : at.minus(window);
    Instant until = at.equals(Instant.MAX) ? at : at.plusNanos(1);
    List<RecurringClass> classes =
        RecurringIssues.of(jurisdiction, settings.recurring()).findInRecords(checked, from, until);
    Map<TopicId, List<RecurringClass>> byTopic = new HashMap<>();
    for (RecurringClass c : classes) {
      for (TopicId topic : c.topics()) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(c);
      }
    }
    List<PainPoint> pains = new ArrayList<>();
    for (Deliberation record : checked) {
      if (!known(record, at)) {
        continue;
      }
      Set<PainReason> reasons = EnumSet.noneOf(PainReason.class);
      List<RecurringClass> recurring = byTopic.getOrDefault(record.topic().id(), List.of());
      if (!recurring.isEmpty()) {
        reasons.add(PainReason.RECURRING);
      }
      List<Obligation> overdue = new ArrayList<>();
      for (Obligation obligation : obligations.at(record, at)) {
        if (obligation.overdue()
            && Duration.between(obligation.dueAt(), at).compareTo(settings.overdueFor()) > 0) {
          overdue.add(obligation);
        }
      }
      if (!overdue.isEmpty()) {
        reasons.add(PainReason.OVERDUE);
      }
      int shelved = timesShelved(record, at);
      if (shelved > settings.shelvedMoreThan()) {
        reasons.add(PainReason.SHELVED_REPEATEDLY);
      }
      if (reasons.isEmpty()) {
        continue;
      }
      pains.add(
          new PainPoint.Builder()
              .record(record.id())
              .topic(record.topic().id())
              .raisedAt(record.topic().raisedAt())
              .addAllReasons(reasons)
              .addAllRecurringClasses(recurring)
              .addAllOverdue(overdue)
              .timesShelved(shelved)
              .build());
    }
    pains.sort(PAIN);
    return Collections.unmodifiableList(pains);
  }

  /**
   * 骨干库: the key people at an instant (see the class documentation).
   *
   * @param records the records, in any order
   * @param at the instant to judge at
   * @return the entries, highest score first, at most {@link LibrarySettings#keyPeopleLimit()};
   *     unmodifiable
   * @throws org.shangliang.deliberation.InvalidModelException as for {@link #at}
   */
  public List<KeyPerson> keyPeople(Collection<Deliberation> records, Instant at) {
    Map<PartyId, Tally> tallies = new HashMap<>();
    for (Deliberation record : check(records, at)) {
      if (!known(record, at)) {
        continue;
      }
      Set<PartyId> active = new HashSet<>();
      for (Meeting meeting : record.meetings()) {
        if (meeting.startedAt().isAfter(at)) {
          continue;
        }
        Set<PartyId> signedIn = new HashSet<>();
        for (SignIn signIn : meeting.attendance()) {
          PartyId party = signIn.party();
          if (!signIn.at().isAfter(at) && eligible(record, party) && signedIn.add(party)) {
            tallies.computeIfAbsent(party, p -> new Tally()).tookPart++;
            active.add(party);
          }
        }
        if (eligible(record, meeting.chair())) {
          tallies.computeIfAbsent(meeting.chair(), p -> new Tally()).chaired++;
          active.add(meeting.chair());
        }
      }
      for (Escalation escalation : record.escalations()) {
        Optional<PartyId> follower = escalation.follower();
        if (follower.isEmpty() || !eligible(record, follower.get())) {
          continue;
        }
        for (FollowUp followUp : escalation.followUps()) {
          if (!followUp.at().isAfter(at)) {
            tallies.computeIfAbsent(follower.get(), p -> new Tally()).followedUp++;
            active.add(follower.get());
          }
        }
      }
      for (PartyId party : active) {
        tallies.get(party).records++;
      }
    }
    List<KeyPerson> people = new ArrayList<>();
    for (Map.Entry<PartyId, Tally> entry : tallies.entrySet()) {
      Tally tally = entry.getValue();
      long score =
          (long) tally.tookPart * settings.tookPartWeight()
              + (long) tally.chaired * settings.chairedWeight()
              + (long) tally.followedUp * settings.followedUpWeight();
      if (score > 0) {
        people.add(
            new KeyPerson.Builder()
                .party(entry.getKey())
                .tookPart(tally.tookPart)
                .chaired(tally.chaired)
                .followedUp(tally.followedUp)
                .records(tally.records)
                .score(score)
                .build());
      }
    }
    people.sort(KEY);
    return Collections.unmodifiableList(
        new ArrayList<>(people.subList(0, Math.min(people.size(), settings.keyPeopleLimit()))));
  }

  /** Whether a party counts towards the key people in a record: listed there with a kind allowed. */
  private boolean eligible(Deliberation record, PartyId party) {
    Optional<Party> listed = record.parties().party(party);
    return listed.isPresent()
        && (settings.keyPeopleKinds().isEmpty()
            || settings.keyPeopleKinds().contains(listed.get().kind()));
  }

  private static List<Deliberation> check(Collection<Deliberation> records, Instant at) {
    Checks.notNull("at", at);
    RecurringIssues.topicsOf(Checks.notNull("records", records));
    return List.copyOf(records);
  }

  /** Whether a record's topic had been raised by the instant. */
  private static boolean known(Deliberation record, Instant at) {
    return !record.topic().raisedAt().isAfter(at);
  }

  /** The record's outcome if it had been classified by the instant. */
  private static Optional<OutcomeRecord> outcome(Deliberation record, Instant at) {
    return record.outcome().filter(o -> !o.classifiedAt().isAfter(at));
  }

  /** When an outcome was finished, if it was by the instant. */
  private static Optional<Instant> finishedAt(OutcomeRecord outcome, Instant at) {
    if (outcome.kind() == OutcomeKind.RECOMMENDATION) {
      return outcome.solvedAt().filter(s -> !s.isAfter(at));
    }
    return outcome.completedAt().filter(c -> !c.isAfter(at));
  }

  /** How many times a record was shelved by the instant (see the class documentation). */
  private static int timesShelved(Deliberation record, Instant at) {
    int shelved = 0;
    for (DeliberationEvent event : record.history().events()) {
      if (event.type() == EventType.OUTCOME_CLASSIFIED
          && event.outcomeKind().get() == OutcomeKind.SHELVED
          && !event.at().isAfter(at)) {
        shelved++;
      }
    }
    Optional<OutcomeRecord> outcome = outcome(record, at);
    boolean shelvedNow = outcome.isPresent() && outcome.get().kind() == OutcomeKind.SHELVED;
    return shelvedNow ? Math.max(shelved, 1) : shelved;
  }

  @Override
  public String toString() {
    return "Libraries{profile=" + profile.id() + ", " + jurisdiction + "}";
  }

  /** What a party did, counted over the records. */
  private static final class Tally {
    int tookPart;
    int chaired;
    int followedUp;
    int records;
  }

  private static int compareMeans(ExperienceCase a, ExperienceCase b) {
    return BigInteger.valueOf(a.scoreTotal())
        .multiply(BigInteger.valueOf(b.appraisals()))
        .compareTo(BigInteger.valueOf(b.scoreTotal()).multiply(BigInteger.valueOf(a.appraisals())));
  }
}
