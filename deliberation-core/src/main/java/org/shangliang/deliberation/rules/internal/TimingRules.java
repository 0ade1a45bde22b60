package org.shangliang.deliberation.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.validation.Severity;

/** Rules on when a matter is deliberated (timing.*). */
final class TimingRules {
  private TimingRules() {}

  /**
   * timing.not-regular-date: a matter that is not urgent, at a tier with a regular cadence, is planned
   * on a regular date; the warning names the next one.
   */
  static final class NotRegularDate extends BuiltInRule {
    NotRegularDate() {
      super(RuleCodes.TIMING_NOT_REGULAR_DATE, Severity.WARNING, TIMING);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<LocalDate> planned = deliberation.plannedMeetingDate();
      if (planned.isEmpty()
          || deliberation.topic().matterSize() == MatterSize.URGENT
          || !context.jurisdiction().has(deliberation.deliberatingUnit())) {
        return;
      }
      Optional<TierRule> tier = context.profile().tier(TierRules.deliberatingUnit(context).level());
      if (tier.isEmpty()) {
        return;
      }
      Cadence cadence = tier.get().cadence();
      if (!cadence.isRegular()) {
        return;
      }
      LocalDate next = cadence.nextOnOrAfter(planned.get(), context.calendar()).get();
      if (!next.equals(planned.get())) {
        context.report(
            Path.of("plannedMeetingDate"),
            planned.get(),
            tier.get().body(),
            next,
            deliberation.topic().matterSize());
      }
    }
  }

  /**
   * timing.meeting-not-regular-date: a regular meeting of a matter that is not urgent, at a tier with
   * a regular cadence, is scheduled on a regular date; the warning names the next one.
   */
  static final class MeetingNotRegularDate extends BuiltInRule {
    MeetingNotRegularDate() {
      super(RuleCodes.TIMING_MEETING_NOT_REGULAR_DATE, Severity.WARNING, TIMING);
    }

    @Override
    public void check(RuleContext context) {
      if (context.deliberation().topic().matterSize() == MatterSize.URGENT) {
        return;
      }
      List<Meeting> meetings = context.deliberation().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        Optional<AdministrativeUnit> unit = context.jurisdiction().unit(meeting.unit());
        if (meeting.kind() != MeetingKind.REGULAR || unit.isEmpty()) {
          continue;
        }
        Optional<TierRule> tier = context.profile().tier(unit.get().level());
        if (tier.isEmpty() || !tier.get().cadence().isRegular()) {
          continue;
        }
        LocalDate date = meeting.scheduledDate();
        LocalDate next = tier.get().cadence().nextOnOrAfter(date, context.calendar()).get();
        if (!next.equals(date)) {
          context.report(
              Path.of("meetings").index(i).child("scheduledDate"), date, tier.get().body(), next);
        }
      }
    }
  }
}
