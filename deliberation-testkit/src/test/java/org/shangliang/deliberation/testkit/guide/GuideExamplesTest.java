package org.shangliang.deliberation.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventRejectedException;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.Gen;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Histories;
import org.shangliang.deliberation.testkit.InvalidHistory;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;

/** The examples of docs/testing.md, sections 1, 5, 6 and 7, compiled and run. */
class GuideExamplesTest {

  @Test
  void aScenarioCarriesItsSeedAndRebuilds() {
    ScenarioGen valid = Scenarios.valid(Profiles.jinan());
    Scenario s = valid.generate(42L);
    assertThat(s.validate().violations()).isEmpty();
    assertThat(s.snippet()).isEqualTo("Scenarios.valid(Profiles.jinan()).generate(42L, 20)");
    assertThat(s.rebuild().record()).isEqualTo(s.record());
  }

  @Test
  void generatorsComposeAndAScenarioGeneratorMapsToAnyModelType() {
    Gen<Integer> owners = Gen.ints(3, 30);
    Gen<List<Integer>> floors = Gen.ints(1, 33).list(0, 5);
    int n = owners.sample(42L, 10);
    assertThat(n).isBetween(3, 30).isEqualTo(owners.sample(42L, 10));
    assertThat(floors.sample(7L, 10)).hasSizeBetween(0, 5).allMatch(f -> f >= 1 && f <= 33);

    Gen<List<Meeting>> meetings =
        Scenarios.valid(Profiles.haidian(), Shape.any().withMeetingKind(MeetingKind.ONLINE_MICRO))
            .map(s -> s.record().meetings());
    assertThat(meetings.sample(5L, 20)).isEqualTo(meetings.sample(5L, 20));
    assertThat(meetings.samples(1L, 20, 20).toList())
        .hasSize(20)
        .allMatch(list -> list.stream().anyMatch(m -> m.kind() == MeetingKind.ONLINE_MICRO));
  }

  @Test
  void anInvalidHistoryIsRejectedByTheFold() {
    InvalidHistory bad = Histories.invalid(Profiles.jinan()).sample(3L, 20);
    assertThatThrownBy(() -> DeliberationHistory.of(bad.events()))
        .isInstanceOf(EventRejectedException.class);
    assertThat(DeliberationHistory.ofFitting(bad.events()).events())
        .hasSize(bad.rejectedIndex());
  }

  @Test
  void scenariosOverOneProvinceShareItsTreeAndCalendar() {
    Jurisdiction province = Generators.province(7L, 5_000);
    WorkCalendar calendar = Generators.workCalendars(2020, 2031).sample(7L, 0);
    ScenarioGen valid = Scenarios.valid(Profiles.jinan()).over(province, calendar);
    for (long seed = 0; seed < 100; seed++) { // the guide's loop, shortened
      Scenario s = valid.generate(seed);
      assertThat(s.jurisdiction()).isSameAs(province);
      assertThat(s.calendar()).isSameAs(calendar);
      assertThat(s.validate().violations()).as(s::snippet).isEmpty();
    }
    assertThat(valid.generate(42L).snippet())
        .isEqualTo(
            "Scenarios.valid(Profiles.jinan()).over(jurisdiction /* given: 5000 units */, calendar"
                + " /* given */).generate(42L, 20)");
    Scenario broken =
        Scenarios.breaking(Profiles.haidian(), "meeting.quorum.not-met")
            .over(province, calendar)
            .generate(3L);
    assertThat(broken.jurisdiction()).isSameAs(province);
    assertThat(broken.expectedCodes()).extracting(c -> c.value()).contains("meeting.quorum.not-met");
    assertThat(broken.validate().violations())
        .extracting(v -> v.code())
        .hasSameElementsAs(broken.expectedCodes());
  }
}
