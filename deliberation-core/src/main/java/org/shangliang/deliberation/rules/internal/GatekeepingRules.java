package org.shangliang.deliberation.rules.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.PartyActKind;
import org.shangliang.deliberation.process.PartyOrganisationAct;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Severity;

/**
 * Rules on the party organisation's own acts (gatekeeping.*, 把关定向): it reviews the topic, sets the form
 * and procedure, and names the organiser; the right body does so, and before the meeting. docs/domain.md
 * "Procedure and chair".
 */
final class GatekeepingRules {
  private static final String SOURCE =
      "Jinan 2018 (人民网, 2018-09-13), 在议题选择上，强化把关定向 and 在议事流程上，强化组织引领;"
          + " Haidian 2025 (人民日报, 2025-09-10), 基层党组织把关定向; docs/domain.md#procedure-and-chair";

  private GatekeepingRules() {}

  static Path act(int index) {
    return Path.of("partyActs").index(index);
  }

  /**
   * The unit whose party organisation acts for the deliberation: the deliberating unit — the community
   * for a matter of one community, the sub-district for a cross-community matter (街道党工委), since a
   * deliberating unit covers every affected unit. Empty if a unit is unknown or the deliberating unit
   * does not cover every affected unit (the routing is wrong: tier.unit-not-covering reports it, or
   * tier.no-common-unit).
   */
  static Optional<AdministrativeUnit> responsibleUnit(RuleContext context) {
    if (!UnitRules.allTopicUnitsKnown(context)) {
      return Optional.empty();
    }
    Jurisdiction jurisdiction = context.jurisdiction();
    Deliberation deliberation = context.deliberation();
    Optional<AdministrativeUnit> lowest =
        jurisdiction.lowestCommonAncestor(deliberation.topic().affectedUnits());
    if (lowest.isEmpty()
        || !jurisdiction.contains(deliberation.deliberatingUnit(), lowest.get().id())) {
      return Optional.empty();
    }
    return jurisdiction.unit(deliberation.deliberatingUnit());
  }

  /** The position of the earliest act of a kind (the first given among equals), or -1. */
  static int earliest(List<PartyOrganisationAct> acts, PartyActKind kind) {
    int found = -1;
    for (int i = 0; i < acts.size(); i++) {
      PartyOrganisationAct act = acts.get(i);
      if (act.kind() == kind && (found < 0 || act.at().isBefore(acts.get(found).at()))) {
        found = i;
      }
    }
    return found;
  }

  /** When the first meeting started, or null if none was held. */
  static Instant firstMeetingStart(RuleContext context) {
    List<Meeting> meetings = context.deliberation().meetings();
    if (meetings.isEmpty()) {
      return null;
    }
    return meetings.get(context.meetingsInTimeOrder().index(0)).startedAt();
  }

  /**
   * gatekeeping.act-missing: each act the profile requires is recorded once it is due: the review once
   * the admission is decided, the procedure and the organiser once a meeting is held.
   */
  static final class ActMissing extends BuiltInRule {
    ActMissing() {
      super(RuleCodes.GATEKEEPING_ACT_MISSING, Severity.ERROR, SOURCE);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      for (PartyActKind kind : context.profile().requiredPartyActs()) {
        boolean due =
            kind == PartyActKind.REVIEWED_TOPIC
                ? deliberation.admission().isPresent()
                : !deliberation.meetings().isEmpty();
        if (due && earliest(deliberation.partyActs(), kind) < 0) {
          context.report(Path.of("partyActs"), kind, context.profile().id());
        }
      }
    }
  }

  /**
   * gatekeeping.actor-wrong-body: every act is taken by a listed party organisation of the deliberating
   * unit ({@link #responsibleUnit}); an actor whose unit is unknown is left to unit.unknown.
   */
  static final class ActorWrongBody extends BuiltInRule {
    ActorWrongBody() {
      super(RuleCodes.GATEKEEPING_ACTOR_WRONG_BODY, Severity.ERROR, SOURCE);
    }

    @Override
    public void check(RuleContext context) {
      List<PartyOrganisationAct> acts = context.deliberation().partyActs();
      if (acts.isEmpty()) {
        return;
      }
      Optional<AdministrativeUnit> responsible = responsibleUnit(context);
      if (responsible.isEmpty()) {
        return;
      }
      AdministrativeUnit unit = responsible.get();
      for (int i = 0; i < acts.size(); i++) {
        PartyOrganisationAct act = acts.get(i);
        Optional<Party> actor = context.deliberation().parties().party(act.actor());
        if (actor.isPresent() && !context.jurisdiction().has(actor.get().unit())) {
          continue; // unit.unknown reports the actor's unit
        }
        if (actor.isEmpty()
            || actor.get().kind() != PartyKind.PARTY_ORGANISATION
            || !actor.get().unit().equals(unit.id())) {
          context.report(act(i).child("actor"), act.actor(), act.kind(), unit.id(), unit.level());
        }
      }
    }
  }

  /** gatekeeping.organiser-not-listed: the person named to draft the plan and invite the parties is listed. */
  static final class OrganiserNotListed extends BuiltInRule {
    OrganiserNotListed() {
      super(RuleCodes.GATEKEEPING_ORGANISER_NOT_LISTED, Severity.ERROR, SOURCE);
    }

    @Override
    public void check(RuleContext context) {
      List<PartyOrganisationAct> acts = context.deliberation().partyActs();
      for (int i = 0; i < acts.size(); i++) {
        Optional<org.shangliang.deliberation.party.PartyId> named = acts.get(i).named();
        if (named.isPresent() && !context.deliberation().parties().has(named.get())) {
          context.report(act(i).child("named"), named.get());
        }
      }
    }
  }

  /**
   * gatekeeping.act-after-meeting: the first act of each kind comes no later than the start of the first
   * meeting (later acts of a kind, e.g. after a reopening, are not judged).
   */
  static final class ActAfterMeeting extends BuiltInRule {
    ActAfterMeeting() {
      super(RuleCodes.GATEKEEPING_ACT_AFTER_MEETING, Severity.ERROR, SOURCE);
    }

    @Override
    public void check(RuleContext context) {
      List<PartyOrganisationAct> acts = context.deliberation().partyActs();
      if (acts.isEmpty()) {
        return;
      }
      Instant first = firstMeetingStart(context);
      if (first == null) {
        return;
      }
      int[] late = new int[PartyActKind.values().length];
      int count = 0;
      for (PartyActKind kind : PartyActKind.values()) {
        int k = earliest(acts, kind);
        if (k >= 0 && acts.get(k).at().isAfter(first)) {
          late[count++] = k;
        }
      }
      Arrays.sort(late, 0, count); // reported in position order
      for (int i = 0; i < count; i++) {
        PartyOrganisationAct act = acts.get(late[i]);
        context.report(act(late[i]).child("at"), act.kind(), act.at(), first);
      }
    }
  }

  /** gatekeeping.review-after-admission: the first review comes no later than the admission decision. */
  static final class ReviewAfterAdmission extends BuiltInRule {
    ReviewAfterAdmission() {
      super(RuleCodes.GATEKEEPING_REVIEW_AFTER_ADMISSION, Severity.ERROR, SOURCE);
    }

    @Override
    public void check(RuleContext context) {
      Deliberation deliberation = context.deliberation();
      Optional<Admission> admission = deliberation.admission();
      if (admission.isEmpty()) {
        return;
      }
      int k = earliest(deliberation.partyActs(), PartyActKind.REVIEWED_TOPIC);
      if (k >= 0 && deliberation.partyActs().get(k).at().isAfter(admission.get().decidedAt())) {
        context.report(
            act(k).child("at"), deliberation.partyActs().get(k).at(), admission.get().decidedAt());
      }
    }
  }
}
