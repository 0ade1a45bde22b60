package org.shangliang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.Violation;

/**
 * The hand-written baseline of {@link ValidateBenchmark} finds a violation exactly where the
 * validator does (same code, same path) on every record the benchmarks measure, so the comparison
 * stays fair as the core changes.
 */
class HandWrittenChecksTest {
  private static final Validator VALIDATOR = JinanRecords.validator();
  private static final ValidateBenchmark.Units UNITS = ValidateBenchmark.Units.of(JinanRecords.units());

  private static List<String> byValidator(JinanRecords.Sample sample) {
    List<String> found = new ArrayList<>();
    for (Violation v : VALIDATOR.validate(sample.record(), sample.now()).violations()) {
      found.add(v.code().value() + "@" + v.path());
    }
    found.sort(null);
    return found;
  }

  private static List<String> byHand(JinanRecords.Sample sample) {
    List<String> found =
        new ArrayList<>(ValidateBenchmark.handWrittenChecks(sample.record(), sample.now(), UNITS));
    found.sort(null);
    return found;
  }

  @Test
  void compliantRecordBreaksNoRuleForEither() {
    JinanRecords.Sample compliant = JinanRecords.compliant();
    assertThat(compliant.record().parties().parties()).hasSize(20);
    assertThat(byValidator(compliant)).isEmpty();
    assertThat(byHand(compliant)).isEmpty();
  }

  @Test
  void brokenRecordBreaksTheSameTwelveRulesAtTheSamePathsForBoth() {
    JinanRecords.Sample broken = JinanRecords.broken();
    List<String> validator = byValidator(broken);
    Set<String> codes = new TreeSet<>();
    for (String found : validator) {
      codes.add(found.substring(0, found.indexOf('@')));
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "meeting.ballot.duplicate",
            "meeting.ballot.not-signed-in",
            "meeting.speaking-time.exceeded",
            "meeting.stage.order",
            "meeting.publicity.too-short",
            "meeting.vote.outcome-mismatch",
            "step.carried-out-before-decision",
            "outcome.duty.incomplete",
            "supervision.public-funds-missing",
            "revisit.missing",
            "appraisal.score-out-of-scale",
            "history.event-rejected");
    assertThat(byHand(broken)).isEqualTo(validator);
  }

  @Test
  void ownerScalingRecordsAreCompliantForBoth() {
    for (int owners : new int[] {10, 100, 1000}) {
      JinanRecords.Sample sample = JinanRecords.withOwners(owners);
      assertThat(sample.record().meetings().get(0).vote().get().eligible()).hasSize(owners);
      assertThat(byValidator(sample)).as("validator, %d owners", owners).isEmpty();
      assertThat(byHand(sample)).as("hand-written, %d owners", owners).isEmpty();
    }
  }

  @Test
  void tenThousandOwnerRecordIsCompliantByHand() {
    // the validator is slow at this size today; the smaller sizes above show that the two agree
    JinanRecords.Sample sample = JinanRecords.withOwners(10_000);
    assertThat(sample.record().meetings().get(0).vote().get().ballots().size()).isGreaterThan(9_000);
    assertThat(byHand(sample)).isEmpty();
  }

  @Test
  void meetingScalingRecordsAreCompliantForBoth() {
    for (int meetings : new int[] {10, 100}) {
      JinanRecords.Sample sample = JinanRecords.withMeetings(meetings);
      assertThat(sample.record().meetings()).hasSize(meetings);
      assertThat(byValidator(sample)).as("validator, %d meetings", meetings).isEmpty();
      assertThat(byHand(sample)).as("hand-written, %d meetings", meetings).isEmpty();
    }
  }

  @Test
  void eventScalingRecordsAreCompliantForBoth() {
    for (int events : new int[] {100, 1000}) {
      JinanRecords.Sample sample = JinanRecords.withEvents(events);
      assertThat(sample.record().events()).hasSize(events);
      assertThat(byValidator(sample)).as("validator, %d events", events).isEmpty();
      assertThat(byHand(sample)).as("hand-written, %d events", events).isEmpty();
    }
  }
}
