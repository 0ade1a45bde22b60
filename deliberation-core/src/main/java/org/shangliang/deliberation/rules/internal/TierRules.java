package org.shangliang.deliberation.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;

/** Rules on routing a matter to a tier (tier.*). */
final class TierRules {
  private TierRules() {}

  /** Argument for "no unit": language-neutral. */
  static final String NONE = "—";

  static AdministrativeUnit deliberatingUnit(RuleContext context) {
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
}
