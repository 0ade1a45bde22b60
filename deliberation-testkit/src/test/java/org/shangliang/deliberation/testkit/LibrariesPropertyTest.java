package org.shangliang.deliberation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.process.AdmissionStatus;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.query.ExperienceCase;
import org.shangliang.deliberation.query.KeyPerson;
import org.shangliang.deliberation.query.Libraries;
import org.shangliang.deliberation.query.LibraryContents;
import org.shangliang.deliberation.query.PainPoint;
import org.shangliang.deliberation.query.PainReason;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.WaitingTopic;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.testkit.internal.RecordDraft;
import org.shangliang.deliberation.testkit.internal.TopicDraft;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.Jurisdiction;

/**
 * Haidian's four libraries over sets of generated valid records: every record appears in at most the
 * libraries its facts allow, each library is in its documented order, and the result does not depend
 * on the order of the records.
 */
class LibrariesPropertyTest {
  private static final long FIRST_SEED = 20_261_204L;
  private static final int RECORDS = 120;
  private static final int SETS = 6;

  static Stream<Arguments> profiles() {
    return Stream.of(
        Arguments.of(Profiles.jinan()),
        Arguments.of(Profiles.haidian()),
        Arguments.of(Profiles.bishan()),
        Arguments.of(Profiles.jinanOwnersExample()),
        Arguments.of(DerivedProfiles.custom()));
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void everyRecordIsOnlyInTheLibrariesItsFactsAllow(Profile profile) {
    int[] seen = new int[4];
    for (int set = 0; set < SETS; set++) {
      List<Scenario> scenarios =
          Scenarios.valid(profile).scenarios(FIRST_SEED + set * 1_000L, RECORDS).toList();
      List<Deliberation> records = new ArrayList<>();
      List<Instant> instants = new ArrayList<>();
      for (int i = 0; i < scenarios.size(); i++) {
        records.add(renamed(scenarios.get(i).record(), set + "-" + i));
        instants.add(scenarios.get(i).at());
      }
      Collections.sort(instants);
      Jurisdiction jurisdiction = scenarios.get(0).jurisdiction();
      Libraries libraries = Libraries.of(profile, jurisdiction);
      for (Instant at : List.of(instants.get(0), instants.get(instants.size() / 2), instants.get(instants.size() - 1))) {
        LibraryContents contents = libraries.at(records, at);
        check(profile, records, at, contents);
        seen[0] += contents.waiting().size();
        seen[1] += contents.experience().size();
        seen[2] += contents.painPoints().size();
        seen[3] += contents.keyPeople().size();
        List<Deliberation> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(FIRST_SEED + set));
        assertThat(libraries.at(shuffled, at)).isEqualTo(contents);
      }
    }
    assertThat(seen).as("entries in each library over the sets: the check is not vacuous").doesNotContain(0);
  }

  /** The same record under ids of its own, so that records of several seeds can be put together. */
  private static Deliberation renamed(Deliberation record, String suffix) {
    return RecordDraft.edit(
        record,
        d -> {
          d.id = DeliberationId.of(d.id.value() + "~" + suffix);
          d.topic = TopicDraft.edit(d.topic, t -> t.id = TopicId.of(t.id.value() + "~" + suffix));
        });
  }

  private static void check(Profile profile, List<Deliberation> records, Instant at, LibraryContents contents) {
    Map<DeliberationId, Deliberation> byId = new HashMap<>();
    for (Deliberation record : records) {
      byId.put(record.id(), record);
    }
    Set<DeliberationId> waiting = new HashSet<>();
    for (WaitingTopic entry : contents.waiting()) {
      Deliberation record = byId.get(entry.record());
      assertThat(waiting.add(entry.record())).as("listed once: %s", entry).isTrue();
      assertThat(record.topic().raisedAt()).isBeforeOrEqualTo(at);
      assertThat(record.outcome().filter(o -> !o.classifiedAt().isAfter(at))).as("%s", entry).isEmpty();
      assertThat(
              record.admission()
                  .filter(a -> !a.decidedAt().isAfter(at))
                  .map(a -> a.status() == AdmissionStatus.REFUSED))
          .as("refused: %s", entry)
          .isNotEqualTo(Optional.of(true));
    }
    assertThat(contents.waiting())
        .isSortedAccordingTo(
            Comparator.comparing(WaitingTopic::raisedAt).thenComparing(WaitingTopic::record));

    Set<DeliberationId> experience = new HashSet<>();
    for (ExperienceCase entry : contents.experience()) {
      Deliberation record = byId.get(entry.record());
      assertThat(experience.add(entry.record())).isTrue();
      assertThat(waiting).as("finished and waiting: %s", entry).doesNotContain(entry.record());
      OutcomeRecord outcome = record.outcome().orElseThrow();
      assertThat(outcome.classifiedAt()).isBeforeOrEqualTo(at);
      assertThat(entry.finishedAt()).isBeforeOrEqualTo(at);
      Instant finished =
          outcome.kind() == OutcomeKind.RECOMMENDATION
              ? outcome.solvedAt().orElseThrow()
              : outcome.completedAt().orElseThrow();
      assertThat(entry.finishedAt()).isEqualTo(finished);
      List<Appraisal> counted =
          record.appraisals().stream()
              .filter(a -> !a.at().isAfter(at))
              .filter(a -> profile.appraisalScale().map(s -> s.contains(a.score())).orElse(true))
              .toList();
      assertThat(entry.appraisals()).isEqualTo(counted.size()).isPositive();
      long total = counted.stream().mapToLong(Appraisal::score).sum();
      assertThat(entry.scoreTotal()).isEqualTo(total);
      int good = profile.appraisalScale().orElseThrow().poorAtMost() + 1;
      assertThat(total).as("mean at least %s: %s", good, entry).isGreaterThanOrEqualTo((long) good * counted.size());
    }

    Set<DeliberationId> pains = new HashSet<>();
    for (PainPoint entry : contents.painPoints()) {
      Deliberation record = byId.get(entry.record());
      assertThat(pains.add(entry.record())).isTrue();
      assertThat(record.topic().raisedAt()).isBeforeOrEqualTo(at);
      assertThat(entry.reasons()).isNotEmpty();
      assertThat(entry.reasons().contains(PainReason.RECURRING)).isEqualTo(!entry.recurringClasses().isEmpty());
      for (RecurringClass c : entry.recurringClasses()) {
        assertThat(c.topics()).contains(record.topic().id());
        assertThat(c.count()).isGreaterThanOrEqualTo(2);
      }
      assertThat(entry.reasons().contains(PainReason.OVERDUE)).isEqualTo(!entry.overdue().isEmpty());
      assertThat(Obligations.of(profile).at(record, at)).containsAll(entry.overdue());
      assertThat(entry.overdue()).allSatisfy(o -> assertThat(o.overdue()).isTrue());
      assertThat(entry.reasons().contains(PainReason.SHELVED_REPEATEDLY)).isEqualTo(entry.timesShelved() > 1);
    }
    for (Deliberation record : records) {
      if (!pains.contains(record.id()) && !record.topic().raisedAt().isAfter(at)) {
        assertThat(Obligations.of(profile).at(record, at))
            .as("overdue but not a pain point: %s", record.id())
            .noneMatch(o -> o.overdue());
      }
    }

    Map<PartyId, Integer> listed = new HashMap<>();
    for (Deliberation record : records) {
      if (!record.topic().raisedAt().isAfter(at)) {
        record.parties().parties().forEach(p -> listed.merge(p.id(), 1, Integer::sum));
      }
    }
    assertThat(contents.keyPeople()).hasSizeLessThanOrEqualTo(10);
    Set<PartyId> people = new HashSet<>();
    for (KeyPerson person : contents.keyPeople()) {
      assertThat(people.add(person.party())).isTrue();
      assertThat(listed).as("a key person is on a party list: %s", person).containsKey(person.party());
      assertThat(person.records()).isBetween(1, listed.get(person.party()));
      assertThat(person.score())
          .isPositive()
          .isEqualTo((long) person.tookPart() + person.chaired() + person.followedUp());
    }
    assertThat(contents.keyPeople())
        .isSortedAccordingTo(
            Comparator.comparingLong(KeyPerson::score).reversed()
                .thenComparing(Comparator.comparingInt(KeyPerson::chaired).reversed())
                .thenComparing(Comparator.comparingInt(KeyPerson::followedUp).reversed())
                .thenComparing(Comparator.comparingInt(KeyPerson::tookPart).reversed())
                .thenComparing(KeyPerson::party));
    Set<DeliberationId> all = records.stream().map(Deliberation::id).collect(Collectors.toSet());
    assertThat(all).containsAll(waiting).containsAll(experience).containsAll(pains);
  }
}
