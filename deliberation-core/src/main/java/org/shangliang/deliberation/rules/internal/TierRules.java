package org.shangliang.deliberation.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Path;
import org.shangliang.deliberation.validation.Severity;

/** Rules on routing a matter to a tier and on its timing (DOMAIN.md, Jinan "tiered, regular meetings"). */
final class TierRules {
  /** Argument for "no unit": language-neutral. */
  static final String NONE = "—";

  private TierRules() {}

  private static AdministrativeUnit deliberatingUnit(RuleContext context) {
    return context.jurisdiction().unit(context.deliberation().deliberatingUnit()).get();
  }

  /** tier.no-common-unit: the affected units lie in one tree, so some unit covers them all. */
  static final class NoCommonUnit extends BuiltInRule {
    NoCommonUnit() {
      super(RuleCodes.TIER_NO_COMMON_UNIT, Severity.ERROR, TIERS);
    }

    @Override
    public void check(RuleContext context) {
      if (!UnitRules.allTopicUnitsKnown(context)) {
        return;
      }
      List<UnitId> affected = context.deliberation().topic().affectedUnits();
      if (context.jurisdiction().lowestCommonAncestor(affected).isEmpty()) {
        context.report(Path.of("topic", "affectedUnits"), affected);
      }
    }
  }

  /**
   * tier.unit-not-covering: the deliberating unit covers every affected unit; a cross-community matter
   * goes to the sub-district.
   */
  static final class UnitNotCovering extends BuiltInRule {
    UnitNotCovering() {
      super(RuleCodes.TIER_UNIT_NOT_COVERING, Severity.ERROR, TIERS);
    }

    @Override
    public void check(RuleContext context) {
      if (!UnitRules.allTopicUnitsKnown(context)) {
        return;
      }
      Deliberation deliberation = context.deliberation();
      Jurisdiction jurisdiction = context.jurisdiction();
      List<UnitId> affected = deliberation.topic().affectedUnits();
      Optional<AdministrativeUnit> lowest = jurisdiction.lowestCommonAncestor(affected);
      if (lowest.isEmpty() || jurisdiction.contains(deliberation.deliberatingUnit(), lowest.get().id())) {
        return;
      }
      List<UnitId> uncovered = new ArrayList<>();
      for (UnitId unit : affected) {
        if (!jurisdiction.contains(deliberation.deliberatingUnit(), unit)) {
          uncovered.add(unit);
        }
      }
      context.report(
          Path.of("deliberatingUnit"),
          deliberation.deliberatingUnit(),
          List.copyOf(uncovered),
          lowest.get().id(),
          lowest.get().level());
    }
  }

  /** tier.no-rule: the profile has a tier rule at the deliberating unit's level. */
  static final class NoRule extends BuiltInRule {
    NoRule() {
      super(RuleCodes.TIER_NO_RULE, Severity.ERROR, TIERS);
    }

    @Override
    public void check(RuleContext context) {
      if (!context.jurisdiction().has(context.deliberation().deliberatingUnit())) {
        return;
      }
      AdministrativeUnit unit = deliberatingUnit(context);
      if (context.profile().tier(unit.level()).isEmpty()) {
        context.report(Path.of("deliberatingUnit"), unit.id(), unit.level(), context.profile().id());
      }
    }
  }

  /**
   * tier.powers-exceeded: the deliberating tier may decide the matter's size and category; otherwise
   * the report names the unit that must.
   */
  static final class PowersExceeded extends BuiltInRule {
    PowersExceeded() {
      super(RuleCodes.TIER_POWERS_EXCEEDED, Severity.ERROR, TIERS);
    }

    @Override
    public void check(RuleContext context) {
      if (!UnitRules.allTopicUnitsKnown(context)) {
        return;
      }
      Profile profile = context.profile();
      Topic topic = context.deliberation().topic();
      AdministrativeUnit unit = deliberatingUnit(context);
      Optional<TierRule> tier = profile.tier(unit.level());
      if (tier.isEmpty() || tier.get().mayDecide(topic.matterSize(), topic.category())) {
        return;
      }
      Optional<AdministrativeUnit> route =
          profile.route(
              topic.affectedUnits(), topic.matterSize(), topic.category(), context.jurisdiction());
      Optional<TopicCategory> category = profile.catalogue().category(topic.category());
      context.report(
          Path.of("deliberatingUnit"),
          unit.id(),
          unit.level(),
          topic.matterSize(),
          category.isPresent() ? category.get().name() : topic.category(),
          route.isPresent() ? route.get().id() : NONE,
          route.isPresent() ? route.get().level() : NONE);
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
      Optional<TierRule> tier = context.profile().tier(deliberatingUnit(context).level());
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
}
