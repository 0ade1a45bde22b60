package org.shangliang.deliberation.rules.internal;

import java.util.List;
import java.util.Optional;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
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
}
