package org.shangliang.deliberation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.CatalogueEntry;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.unit.TierLevel;

/**
 * Profiles that differ from {@link Profiles#jinan()} in one setting, so that a test can break exactly
 * one rule. Each copies everything else of Jinan unchanged, its procedure included.
 */
final class ProfileVariants {
  private ProfileVariants() {}

  /** Jinan with extra rule settings. */
  static Profile jinanWith(RuleSetting... settings) {
    List<RuleSetting> all = new ArrayList<>(Profiles.jinan().ruleSettings());
    all.addAll(List.of(settings));
    return Profiles.jinan().withRuleSettings(all);
  }

  /** Jinan without a deliberating body at one level. */
  static Profile jinanWithoutTier(String id, TierLevel level) {
    List<TierRule> tiers = new ArrayList<>();
    for (TierRule tier : Profiles.jinan().tiers()) {
      if (tier.level() != level) {
        tiers.add(tier);
      }
    }
    return jinan(id).withTiers(tiers);
  }

  /** Jinan where every tier may decide only matters of the given sizes. */
  static Profile jinanWhereEveryTierDecidesOnly(String id, MatterSize... sizes) {
    List<TierRule> tiers = new ArrayList<>();
    for (TierRule tier : Profiles.jinan().tiers()) {
      tiers.add(copy(tier).addMatterSizes(sizes).addAllCategories(tier.categories()).build());
    }
    return jinan(id).withTiers(tiers);
  }

  /** Jinan where the tier at one level may decide only topics of the given categories. */
  static Profile jinanWithTierCategories(String id, TierLevel level, String... categories) {
    List<TierRule> tiers = new ArrayList<>();
    for (TierRule tier : Profiles.jinan().tiers()) {
      TierRule.Builder builder = copy(tier).addAllMatterSizes(tier.matterSizes());
      tiers.add(
          tier.level() == level
              ? builder.addCategories(categories).build()
              : builder.addAllCategories(tier.categories()).build());
    }
    return jinan(id).withTiers(tiers);
  }

  /** Jinan where one catalogue entry requires more party kinds. */
  static Profile jinanWithEntryRequiring(String id, String entryId, PartyKind... kinds) {
    TopicCatalogue jinan = Profiles.jinan().catalogue();
    TopicCatalogue.Builder catalogue = new TopicCatalogue.Builder().addAllCategories(jinan.categories());
    for (CatalogueEntry entry : jinan.entries()) {
      if (!entry.id().equals(entryId)) {
        catalogue.addEntry(entry);
        continue;
      }
      catalogue.addEntry(
          new CatalogueEntry.Builder()
              .id(entry.id())
              .category(entry.category())
              .name(entry.name())
              .defaultMatterSize(entry.defaultMatterSize())
              .addAllRequiredPartyKinds(entry.requiredPartyKinds())
              .addAllRequiredPartyKinds(Set.of(kinds))
              .build());
    }
    return jinan(id).withCatalogue(catalogue.build());
  }

  /** Jinan, procedure included, under another id. */
  private static Profile jinan(String id) {
    return Profiles.jinan().withIdentity(id, Profiles.jinan().name());
  }

  /** A builder with everything of the tier but its matter sizes and categories. */
  private static TierRule.Builder copy(TierRule tier) {
    return new TierRule.Builder()
        .level(tier.level())
        .body(tier.body())
        .convenerKind(tier.convenerKind())
        .cadence(tier.cadence())
        .escalatesTo(tier.escalatesTo());
  }
}
