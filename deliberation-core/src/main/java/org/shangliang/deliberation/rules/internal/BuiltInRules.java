package org.shangliang.deliberation.rules.internal;

import java.util.List;
import org.shangliang.deliberation.rules.Rule;

/** The built-in rules, in the order they run. Not exported. */
public final class BuiltInRules {
  private static final List<Rule> ALL =
      List.of(
          new UnitRules.UnitUnknown(),
          new AdmissionRules.SettledElsewhereAdmitted(),
          new AdmissionRules.SettledElsewhereExplanationMissing(),
          new AdmissionRules.DisputeApprovalMissing(),
          new AdmissionRules.DisputeMediatorMissing(),
          new AdmissionRules.DisputeMediatorNotListed(),
          new CatalogueRules.CategoryUnknown(),
          new CatalogueRules.EntryUnknown(),
          new CatalogueRules.EntryCategoryMismatch(),
          new PartyListRules.RequiredKindMissing(),
          new PartyListRules.PublicFundsSupervisorMissing(),
          new PartyListRules.AffectedUnitUnrepresented(),
          new TierRules.NoCommonUnit(),
          new TierRules.UnitNotCovering(),
          new TierRules.NoRule(),
          new TierRules.PowersExceeded(),
          new TierRules.NotRegularDate());

  private BuiltInRules() {}

  /**
   * The built-in rules.
   *
   * @return the rules, in the order they run
   */
  public static List<Rule> all() {
    return ALL;
  }
}
