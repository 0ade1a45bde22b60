package org.shangliang.deliberation.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.tier.Cadence;
import org.shangliang.deliberation.tier.TierRule;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.TopicCatalogue;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Routing picks the lowest unit that covers every affected unit and whose tier may decide the matter,
 * checked against a brute-force search over all units, on the testkit's unit trees ({@link
 * Generators#jurisdictions(java.util.Collection)}: any set of levels, levels inserted between them,
 * sometimes a second root) and random tier powers.
 */
class RoutingPropertyTest {
  private static final long BASE_SEED = 20261121L;
  private static final String CATEGORY = TopicCategory.PUBLIC_AFFAIRS;

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> BASE_SEED + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void routesToTheLowestCoveringUnitWithThePowersToDecide(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Jurisdiction jurisdiction = randomJurisdiction(random);
    List<AdministrativeUnit> units = jurisdiction.units();
    Profile profile = randomProfile(random);
    List<UnitId> affected = new ArrayList<>();
    int count = 1 + random.nextInt(Math.min(4, units.size()));
    while (affected.size() < count) {
      UnitId id = units.get(random.nextInt(units.size())).id();
      if (!affected.contains(id)) {
        affected.add(id);
      }
    }
    MatterSize size = MatterSize.values()[random.nextInt(3)];

    Optional<AdministrativeUnit> routed = profile.route(affected, size, CATEGORY, jurisdiction);

    Optional<AdministrativeUnit> expected = Optional.empty();
    int bestDepth = -1;
    for (AdministrativeUnit candidate : units) {
      boolean coversAll = affected.stream().allMatch(a -> isAncestorOrSelf(units, candidate.id(), a));
      boolean mayDecide =
          profile.tier(candidate.level()).map(t -> t.mayDecide(size, CATEGORY)).orElse(false);
      int depth = depth(units, candidate.id());
      if (coversAll && mayDecide && depth > bestDepth) {
        expected = Optional.of(candidate);
        bestDepth = depth;
      }
    }
    assertThat(routed).as("seed %s, affected %s, size %s", seed, affected, size).isEqualTo(expected);
  }

  private static Jurisdiction randomJurisdiction(SplittableRandom random) {
    EnumSet<TierLevel> levels = EnumSet.noneOf(TierLevel.class);
    for (TierLevel level : TierLevel.values()) {
      if (random.nextInt(3) == 0) {
        levels.add(level);
      }
    }
    if (levels.isEmpty()) {
      levels.add(TierLevel.values()[random.nextInt(TierLevel.values().length)]);
    }
    return Generators.jurisdictions(levels).generate(random, random.nextInt(250));
  }

  private static Profile randomProfile(SplittableRandom random) {
    Profile.Builder builder =
        new Profile.Builder()
            .id("random")
            .name(LocalizedText.of("随机", "random"))
            .catalogue(
                new TopicCatalogue.Builder()
                    .addCategory(
                        new TopicCategory.Builder()
                            .id(CATEGORY)
                            .name(LocalizedText.of("公共事务类", "public affairs"))
                            .build())
                    .build());
    for (TierLevel level : TierLevel.values()) {
      if (random.nextInt(4) == 0) {
        continue; // no body at this level
      }
      TierRule.Builder tier =
          new TierRule.Builder()
              .level(level)
              .body(LocalizedText.of("议事会", "council"))
              .convenerKind(PartyKind.PARTY_ORGANISATION)
              .cadence(Cadence.onDemand());
      boolean any = false;
      for (MatterSize size : MatterSize.values()) {
        if (random.nextBoolean()) {
          tier.addMatterSize(size);
          any = true;
        }
      }
      if (!any) {
        tier.addMatterSize(MatterSize.URGENT);
      }
      builder.addTier(tier.build());
    }
    return builder.build();
  }

  private static Optional<AdministrativeUnit> find(List<AdministrativeUnit> units, UnitId id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  private static boolean isAncestorOrSelf(List<AdministrativeUnit> units, UnitId outer, UnitId inner) {
    Optional<AdministrativeUnit> current = find(units, inner);
    while (current.isPresent()) {
      if (current.get().id().equals(outer)) {
        return true;
      }
      current = current.get().parent().flatMap(p -> find(units, p));
    }
    return false;
  }

  private static int depth(List<AdministrativeUnit> units, UnitId id) {
    int depth = 0;
    Optional<UnitId> parent = find(units, id).get().parent();
    while (parent.isPresent()) {
      depth++;
      parent = find(units, parent.get()).get().parent();
    }
    return depth;
  }
}
