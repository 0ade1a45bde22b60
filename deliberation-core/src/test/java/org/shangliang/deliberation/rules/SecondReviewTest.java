package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.meeting.MeetingStage;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.tier.WorkCalendar;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.ValidationReport;

/** Behaviour settled in the second review: skipped levels, unbounded times, profiles without stages. */
class SecondReviewTest {
  /** LiftCase's units with the sub-district left out: communities sit directly in the district. */
  private static Jurisdiction withoutSubDistrict() {
    List<AdministrativeUnit> units = new ArrayList<>();
    for (AdministrativeUnit unit : OutcomeCase.JURISDICTION_WITH_NEIGHBOUR.units()) {
      if (unit.id().equals(LiftCase.SUB_DISTRICT) || unit.id().equals(OutcomeCase.OTHER_SUB_DISTRICT)) {
        continue;
      }
      boolean inSubDistrict = unit.parent().map(LiftCase.SUB_DISTRICT::equals).orElse(false);
      units.add(
          inSubDistrict
              ? AdministrativeUnit.of(unit.id(), unit.level(), unit.name(), LiftCase.DISTRICT)
              : unit);
    }
    return Jurisdiction.of(units);
  }

  @Test
  void escalatesToTheFirstUnitAboveWhereTheJurisdictionSkipsTheNamedLevel() {
    OutcomeCase c = new OutcomeCase().recommendation();
    OutcomeCase.EscalationDraft toDistrict = OutcomeCase.escalation().to(LiftCase.DISTRICT);
    c.escalations.set(0, toDistrict.build());
    ValidationReport report =
        org.shangliang.deliberation.rules.Validator.builder(c.profile)
            .jurisdiction(withoutSubDistrict())
            .calendar(WorkCalendar.weekendsOnly())
            .build()
            .validate(c.build(), c.now);
    assertThat(report.violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL)).isEmpty();
    // with the sub-district present, the district is the wrong place
    assertThat(c.validate().violationsOf(RuleCodes.ESCALATION_WRONG_LEVEL)).hasSize(1);
  }

  @Test
  void rejectsInstantsAndDatesOutsideTheYearsOneToNineThousandNineHundredNinetyNine() {
    LiftCase c = new LiftCase();
    c.raisedAt = Instant.MAX;
    assertThatThrownBy(c::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("raisedAt: must be in the years 1 to 9999");
    LiftCase d = new LiftCase();
    d.planned = java.util.Optional.of(LocalDate.MAX);
    assertThatThrownBy(d::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("plannedMeetingDate: must be in the years 1 to 9999");
  }

  @Test
  void rejectsAVoteClosedOutsideTheMeetingOrASignInAfterIt() {
    MeetingCase c = new MeetingCase();
    c.voteClosedAt = MeetingCase.ENDED.plusSeconds(60);
    assertThatThrownBy(c::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("vote.closedAt: must be within the meeting");
    MeetingCase d = new MeetingCase();
    d.attendance.add(SignIn.of(org.shangliang.deliberation.party.PartyId.of("late"), MeetingCase.ENDED.plusSeconds(1)));
    assertThatThrownBy(d::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("attendance[");
  }

  @Test
  void judgesNoStageTimesWhereTheProfileSetsNoStages() {
    OutcomeCase c = new OutcomeCase().haidian();
    c.stages.clear();
    c.stages.add(StageRecord.of(MeetingStage.DISCUSSION, MeetingCase.ENDED, "讨论"));
    c.stages.add(StageRecord.of(MeetingStage.SIGN_IN, MeetingCase.STARTED, "签到"));
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_STAGE_TIME)).isEmpty();
    assertThat(c.validate().violationsOf(RuleCodes.MEETING_RESULT_BEFORE_DISCUSSION)).isEmpty();
    assertClean(c.validate());
  }

  @Test
  void rejectsRecordListsOutOfTimeOrder() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.add(
        org.shangliang.deliberation.outcome.Revisit.of(
            OutcomeCase.COMPLETED.minusSeconds(86_400 * 30L),
            MeetingCase.RC,
            "回访记录"));
    assertThatThrownBy(c::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("revisits[1].at: must not be before revisits[0] at");
  }
}
