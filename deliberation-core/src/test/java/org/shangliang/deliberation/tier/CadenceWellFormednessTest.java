package org.shangliang.deliberation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;

/**
 * A cadence carries exactly the day its kind needs: a day of the month for a monthly cadence, a
 * weekday for a weekly one, neither (and no moving off non-working days) for one on demand. The
 * public factories cannot break this; the check guards the value type itself, naming the field.
 */
class CadenceWellFormednessTest {
  private static void assertRejected(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(field);
  }

  @Test
  void rejectsAMonthlyCadenceWithAWeekday() {
    assertRejected(
        () ->
            ImmutableCadence.of(
                CadenceKind.MONTHLY, 11, Optional.of(DayOfWeek.MONDAY), NonWorkingDayRule.KEEP),
        "dayOfWeek");
    assertThat(
            ImmutableCadence.of(CadenceKind.MONTHLY, 11, Optional.empty(), NonWorkingDayRule.KEEP))
        .isEqualTo(Cadence.monthly(11, NonWorkingDayRule.KEEP));
  }

  @Test
  void rejectsAWeeklyCadenceWithADayOfTheMonth() {
    assertRejected(
        () ->
            ImmutableCadence.of(
                CadenceKind.WEEKLY, 3, Optional.of(DayOfWeek.MONDAY), NonWorkingDayRule.KEEP),
        "dayOfMonth");
    assertThat(
            ImmutableCadence.of(
                CadenceKind.WEEKLY, 0, Optional.of(DayOfWeek.MONDAY), NonWorkingDayRule.KEEP))
        .isEqualTo(Cadence.weekly(DayOfWeek.MONDAY, NonWorkingDayRule.KEEP));
  }

  @Test
  void rejectsAnOnDemandCadenceWithADay() {
    assertRejected(
        () -> ImmutableCadence.of(CadenceKind.ON_DEMAND, 11, Optional.empty(), NonWorkingDayRule.KEEP),
        "cadence");
    assertRejected(
        () ->
            ImmutableCadence.of(
                CadenceKind.ON_DEMAND, 0, Optional.of(DayOfWeek.FRIDAY), NonWorkingDayRule.KEEP),
        "cadence");
    assertThat(
            ImmutableCadence.of(CadenceKind.ON_DEMAND, 0, Optional.empty(), NonWorkingDayRule.KEEP))
        .isEqualTo(Cadence.onDemand());
  }

  @Test
  void rejectsAnOnDemandCadenceThatMovesOffNonWorkingDays() {
    assertRejected(
        () ->
            ImmutableCadence.of(
                CadenceKind.ON_DEMAND, 0, Optional.empty(), NonWorkingDayRule.NEXT_WORKING_DAY),
        "onNonWorkingDay");
  }
}
