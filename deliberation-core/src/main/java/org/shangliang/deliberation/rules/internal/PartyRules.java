package org.shangliang.deliberation.rules.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.party.RecordRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.RuleContext;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Severity;

/** Rules on the party list (party.*). */
final class PartyRules {
  private PartyRules() {}

  /**
   * party.required-kind-missing: every kind the topic's category and catalogue entry require is on
   * the party list.
   */
  static final class RequiredKindMissing extends BuiltInRule {
    RequiredKindMissing() {
      super(RuleCodes.PARTY_REQUIRED_KIND_MISSING, Severity.ERROR, PARTY_LIST);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      PartyList parties = context.deliberation().parties();
      Optional<TopicCategory> category = context.profile().catalogue().category(topic.category());
      if (category.isPresent()) {
        for (PartyKind kind : category.get().requiredPartyKinds()) {
          if (!parties.hasKind(kind)) {
            context.report(Path.of("parties"), kind, category.get().name());
          }
        }
      }
      if (topic.catalogueEntry().isEmpty()) {
        return;
      }
      Optional<CatalogueEntry> entry =
          context.profile().catalogue().entry(topic.catalogueEntry().get());
      if (entry.isPresent()) {
        for (PartyKind kind : entry.get().requiredPartyKinds()) {
          boolean reported =
              category.isPresent() && category.get().requiredPartyKinds().contains(kind);
          if (!reported && !parties.hasKind(kind)) {
            context.report(Path.of("parties"), kind, entry.get().name());
          }
        }
      }
    }
  }

  /**
   * party.public-funds-supervisor-missing: where public money is involved, each supervisor kind the
   * profile names is on the list as a supervisor.
   */
  static final class PublicFundsSupervisorMissing extends BuiltInRule {
    PublicFundsSupervisorMissing() {
      super(RuleCodes.PARTY_PUBLIC_FUNDS_SUPERVISOR_MISSING, Severity.ERROR, SUPERVISION);
    }

    @Override
    public void check(RuleContext context) {
      Topic topic = context.deliberation().topic();
      if (topic.publicFunds().isEmpty()) {
        return;
      }
      PartyList parties = context.deliberation().parties();
      for (PartyKind kind : context.profile().publicFundsSupervisorKinds()) {
        if (!parties.hasKindInRole(kind, PartyRole.SUPERVISOR)) {
          context.report(Path.of("parties"), kind, topic.publicFunds().get());
        }
      }
    }
  }

  /**
   * party.affected-unit-unrepresented: each affected unit has a party that belongs to it or to a unit
   * inside it.
   */
  static final class AffectedUnitUnrepresented extends BuiltInRule {
    AffectedUnitUnrepresented() {
      super(RuleCodes.PARTY_AFFECTED_UNIT_UNREPRESENTED, Severity.ERROR, PARTY_LIST);
    }

    @Override
    public void check(RuleContext context) {
      Jurisdiction jurisdiction = context.jurisdiction();
      List<UnitId> affected = context.deliberation().topic().affectedUnits();
      PartyList parties = context.deliberation().parties();
      for (int i = 0; i < affected.size(); i++) {
        UnitId unit = affected.get(i);
        if (jurisdiction.has(unit) && !parties.represents(unit, jurisdiction)) {
          context.report(Path.of("topic", "affectedUnits").index(i), unit);
        }
      }
    }
  }

  /**
   * party.linked-member-absent: where the profile requires it, every party member linked to the
   * households of an affected unit is on the party list.
   */
  static final class LinkedMemberAbsent extends BuiltInRule {
    LinkedMemberAbsent() {
      super(RuleCodes.PARTY_LINKED_MEMBER_ABSENT, Severity.ERROR, HOUSEHOLD_LINKS);
    }

    @Override
    public void check(RuleContext context) {
      HouseholdLinks links = context.householdLinks();
      if (!context.profile().linkedMembersRequired() || links.isEmpty()) {
        return;
      }
      List<UnitId> affected = context.deliberation().topic().affectedUnits();
      PartyList parties = context.deliberation().parties();
      for (int i = 0; i < affected.size(); i++) {
        for (PartyId member : links.membersOf(affected.get(i))) {
          if (!parties.has(member)) {
            context.report(Path.of("topic", "affectedUnits").index(i), member, affected.get(i));
          }
        }
      }
    }
  }

  /**
   * party.forbidden-role: no party takes a role the profile's negative list forbids to its kind — on
   * the party list, as a meeting's chair or recorder, as a voter, as a supervisor or as the
   * responsible party of an agreed item.
   */
  static final class ForbiddenRole extends BuiltInRule {
    ForbiddenRole() {
      super(RuleCodes.PARTY_FORBIDDEN_ROLE, Severity.ERROR, NEGATIVE_LIST);
    }

    @Override
    public void check(RuleContext context) {
      Profile profile = context.profile();
      if (profile.forbiddenRoles().isEmpty()) {
        return;
      }
      Deliberation record = context.deliberation();
      PartyList parties = record.parties();
      for (int i = 0; i < parties.parties().size(); i++) {
        Party party = parties.parties().get(i);
        Set<RecordRole> forbidden = profile.forbiddenRoles(party.kind());
        for (PartyRole role : party.roles()) {
          if (forbidden.contains(RecordRole.of(role))) {
            report(context, Path.of("parties").index(i).child("roles"), party, RecordRole.of(role));
          }
        }
      }
      for (int i = 0; i < record.meetings().size(); i++) {
        Meeting meeting = record.meetings().get(i);
        Path at = Path.of("meetings").index(i);
        check(context, meeting.chair(), RecordRole.CHAIR, at.child("chair"));
        check(context, meeting.recorder(), RecordRole.RECORDER, at.child("recorder"));
        if (meeting.vote().isPresent()) {
          List<Ballot> ballots = meeting.vote().get().ballots();
          for (int k = 0; k < ballots.size(); k++) {
            check(
                context,
                ballots.get(k).party(),
                RecordRole.VOTER,
                at.child("vote").child("ballots").index(k).child("party"));
          }
        }
      }
      for (int i = 0; i < record.supervision().size(); i++) {
        check(
            context,
            record.supervision().get(i).supervisor(),
            RecordRole.SUPERVISOR,
            Path.of("supervision").index(i).child("supervisor"));
      }
      if (record.outcome().isPresent()) {
        List<Duty> duties = record.outcome().get().duties();
        for (int i = 0; i < duties.size(); i++) {
          if (duties.get(i).responsible().isPresent()) {
            check(
                context,
                duties.get(i).responsible().get(),
                RecordRole.RESPONSIBLE,
                OnOutcome.OUTCOME.child("duties").index(i).child("responsible"));
          }
        }
      }
    }

    /** Reports the party of an id if it is listed and its kind may not take the role. */
    private static void check(RuleContext context, PartyId id, RecordRole role, Path path) {
      Optional<Party> party = context.deliberation().parties().party(id);
      if (party.isPresent() && context.profile().forbiddenRoles(party.get().kind()).contains(role)) {
        report(context, path, party.get(), role);
      }
    }

    private static void report(RuleContext context, Path path, Party party, RecordRole role) {
      context.report(path, party.id(), party.kind(), role);
    }
  }
}
