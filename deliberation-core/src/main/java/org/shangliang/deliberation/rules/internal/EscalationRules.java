package org.shangliang.deliberation.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.validation.Severity;

/** Rules on sending a matter up (escalation.*). */
final class EscalationRules {
  private EscalationRules() {}


  /**
   * The unit a matter of {@code from} goes up to: the first unit above it at or above the level the
   * profile names for its tier and with a deliberating body (the jurisdiction, or the profile, may
   * skip levels).
   */
  static Optional<AdministrativeUnit> escalationTarget(RuleContext context, AdministrativeUnit from) {
    Optional<TierLevel> level =
        context.profile().tier(from.level()).flatMap(TierRule::escalatesTo);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    for (AdministrativeUnit unit : context.jurisdiction().pathToRoot(from.id())) {
      if (unit.level().compareTo(level.get()) >= 0
          && context.profile().tier(unit.level()).isPresent()) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * escalation.wrong-level: a matter goes up to the unit above it at the level the profile names (or
   * the first above that level where the jurisdiction skips it).
   */
  static final class EscalationWrongLevel extends BuiltInRule {
    EscalationWrongLevel() {
      super(RuleCodes.ESCALATION_WRONG_LEVEL, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      // escalations of a record mostly go up from one unit: its target is looked up once
      AdministrativeUnit lastFrom = null;
      Optional<AdministrativeUnit> expected = Optional.empty();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        Optional<AdministrativeUnit> from = context.jurisdiction().unit(escalation.fromUnit());
        Optional<AdministrativeUnit> to = context.jurisdiction().unit(escalation.toUnit());
        if (from.isEmpty() || to.isEmpty()) {
          continue;
        }
        if (from.get() != lastFrom) {
          lastFrom = from.get();
          expected = escalationTarget(context, lastFrom);
        }
        if (expected.isEmpty() || !expected.get().id().equals(to.get().id())) {
          context.report(
              Path.of("escalations").index(i).child("toUnit"),
              escalation.toUnit(),
              escalation.fromUnit(),
              expected.isPresent() ? expected.get().id() : TierRules.NONE);
        }
      }
    }
  }

  /** escalation.from-other-unit: a matter goes up from the unit that deliberated it. */
  static final class EscalationFromOtherUnit extends BuiltInRule {
    EscalationFromOtherUnit() {
      super(RuleCodes.ESCALATION_FROM_OTHER_UNIT, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        if (context.jurisdiction().has(escalation.fromUnit())
            && !escalation.fromUnit().equals(context.deliberation().deliberatingUnit())) {
          context.report(
              Path.of("escalations").index(i).child("fromUnit"),
              escalation.fromUnit(),
              context.deliberation().deliberatingUnit());
        }
      }
    }
  }

  /** escalation.answer-late: the higher tier answers (resolves) an escalated matter by its deadline. */
  static final class EscalationAnswerLate extends BuiltInRule {
    EscalationAnswerLate() {
      super(RuleCodes.ESCALATION_ANSWER_LATE, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Escalation escalation = escalations.get(i);
        if (escalation.resolvedAt().orElse(context.now()).isAfter(escalation.deadline())) {
          context.report(
              Path.of("escalations").index(i).child("deadline"),
              escalation.toUnit(),
              escalation.deadline());
        }
      }
    }
  }

  /** escalation.follower-missing: an escalated matter has a named follower on the party list. */
  static final class EscalationFollowerMissing extends BuiltInRule {
    EscalationFollowerMissing() {
      super(RuleCodes.ESCALATION_FOLLOWER_MISSING, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Optional<PartyId> follower = escalations.get(i).follower();
        if (follower.isEmpty() || !context.deliberation().parties().has(follower.get())) {
          context.report(
              Path.of("escalations").index(i).child("follower"),
              follower.isPresent() ? follower.get() : TierRules.NONE);
        }
      }
    }
  }

  /** escalation.follow-up-late: the follower follows up within the profile's window until resolved. */
  static final class EscalationFollowUpLate extends BuiltInRule {
    EscalationFollowUpLate() {
      super(RuleCodes.ESCALATION_FOLLOW_UP_LATE, Severity.ERROR, ESCALATION);
    }

    @Override
    public void check(RuleContext context) {
      Optional<Duration> window = context.profile().escalationFollowUpWindow();
      if (window.isEmpty()) {
        return;
      }
      List<Escalation> escalations = context.deliberation().escalations();
      for (int i = 0; i < escalations.size(); i++) {
        Optional<Instant> missed =
            Accountability.missedFollowUp(escalations.get(i), window.get(), context.now());
        if (missed.isPresent()) {
          context.report(
              Path.of("escalations").index(i).child("followUps"), missed.get(), window.get());
        }
      }
    }
  }
}
