package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * Rules of the timing.* prefix: planned and regular meetings on the tier's regular dates, moved off
 * holidays.
 */
class TimingRulesTest {
  private static final LocalizedText COMMUNITY_BODY =
      Profiles.jinan().tier(TierLevel.COMMUNITY).get().body();

  // timing.not-regular-date

  @Test
  void warnsOfNonUrgentMeetingOffTheCommunitysRegularDate() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    ValidationReport report = c.validate();
    Violation v =
        assertSingle(report, RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args())
        .containsExactly(
            LocalDate.of(2026, 12, 14), COMMUNITY_BODY, LocalDate.of(2027, 1, 11), MatterSize.MAJOR);
    assertThat(report.isCompliant()).isTrue();
  }

  @Test
  void acceptsUrgentMatterOffTheRegularDate() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.URGENT;
    c.raisedAt = LiftCase.NOW.minus(java.time.Duration.ofHours(1)); // within the urgent window
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    assertClean(c.validate());
  }

  @Test
  void acceptsAnyDateAtTierThatMeetsOnDemand() {
    LiftCase c = new LiftCase();
    c.size = MatterSize.MINOR;
    c.deliberatingUnit = LiftCase.GRID_1;
    c.actsByPartyOrganisationOf(LiftCase.GRID_1); // the deliberating unit's party organisation
    c.planned = Optional.of(LocalDate.of(2026, 12, 14));
    assertClean(c.validate());
  }

  @Test
  void acceptsRecordWithoutPlannedDate() {
    LiftCase c = new LiftCase();
    c.planned = Optional.empty();
    assertClean(c.validate());
  }

  @Test
  void acceptsMondayWhenTheEleventhFallsOnSunday() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2027, 4, 12));
    assertClean(c.validate());
  }

  @Test
  void warnsOfMeetingOnSundayEleventhNamingTheMonday() {
    LiftCase c = new LiftCase();
    c.planned = Optional.of(LocalDate.of(2027, 4, 11));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2027, 4, 12));
  }

  @Test
  void movesRegularDateOffAHolidayToTheNextWorkingDay() {
    LiftCase c = new LiftCase();
    c.calendar = WorkCalendar.of(Set.of(LocalDate.of(2027, 5, 11)), Set.of()); // a Tuesday
    c.planned = Optional.of(LocalDate.of(2027, 5, 12));
    assertClean(c.validate());

    c.planned = Optional.of(LocalDate.of(2027, 5, 11));
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2027, 5, 12));
  }

  @Test
  void movesBaseRegularDateOffAFridayHolidayOverTheWeekend() {
    LiftCase c = new LiftCase(); // planned on Friday 2026-12-11
    c.calendar = WorkCalendar.of(Set.of(LocalDate.of(2026, 12, 11)), Set.of());
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TIMING_NOT_REGULAR_DATE, "plannedMeetingDate", Severity.WARNING);
    assertThat(v.args().get(2)).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void keepsRegularDateOnAMakeUpWorkingSaturday() {
    LiftCase c = new LiftCase();
    c.calendar = WorkCalendar.of(Set.of(), Set.of(LocalDate.of(2027, 9, 11))); // a Saturday
    c.planned = Optional.of(LocalDate.of(2027, 9, 11));
    assertClean(c.validate());
  }

  // timing.meeting-not-regular-date

  @Test
  void warnsOfARegularMeetingScheduledOffTheRegularDate() {
    MeetingCase c = new MeetingCase();
    c.scheduledDate = LocalDate.of(2026, 12, 14);
    Violation v =
        assertSingle(
            c.validate(),
            RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE,
            "meetings[0].scheduledDate",
            Severity.WARNING);
    assertThat(v.args())
        .containsExactly(
            LocalDate.of(2026, 12, 14),
            Profiles.jinan().tier(TierLevel.COMMUNITY).get().body(),
            LocalDate.of(2027, 1, 11));
    assertThat(c.validate().isCompliant()).isTrue();
  }

  @Test
  void acceptsOtherMeetingKindsAndUrgentMattersOffTheRegularDate() {
    MeetingCase urgent = new MeetingCase();
    urgent.scheduledDate = LocalDate.of(2026, 12, 14);
    urgent.kind = MeetingKind.URGENT;
    assertThat(urgent.validate().violationsOf(RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE)).isEmpty();
  }
}
