package org.shangliang.deliberation.similar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.internal.Checks;
import org.shangliang.deliberation.outcome.AppraisalScale;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Finds the past cases most like a new topic (Sichuan's "rules engine", 规则引擎: match a problem to
 * the practice cases that fit it best), preferring cases that ended well, and explains each result.
 *
 * <p>Each past record's topic is compared with the new topic on five features, each worth whole
 * points up to its weight in the {@link SimilaritySettings}:
 *
 * <ol>
 *   <li>{@link SimilarityFeature#CATALOGUE_ENTRY}: both have a catalogue entry and it is the same —
 *       the full weight, else nothing;
 *   <li>{@link SimilarityFeature#CATEGORY}: the same category — the full weight;
 *   <li>{@link SimilarityFeature#MATTER_SIZE}: the same size — the full weight;
 *   <li>{@link SimilarityFeature#UNITS}: the fewest steps {@code d} in the unit tree between a unit
 *       the new topic affects and one the past topic affects (up to their lowest common ancestor and
 *       down again; 0 for a unit both affect, even one the jurisdiction does not hold) earns {@code
 *       floor(weight × (D + 1 − d) / (D + 1))} up to {@code D = maxUnitDistance}; a farther unit, or
 *       units not in the jurisdiction or in different trees of it, earn nothing;
 *   <li>{@link SimilarityFeature#TITLE}: titles sharing {@code s} of their {@code a} and {@code b}
 *       distinct words earn {@code floor(weight × 2s / (a + b))} (the Dice coefficient), nothing if
 *       either has no word.
 * </ol>
 *
 * <p>The words of a title: it is normalised (Unicode NFKC, so full-width {@code ３号楼} reads as
 * {@code 3号楼}; then lower case in the root locale); a run of Han characters (CJK ideographs) gives
 * each pair of neighbours as a word (character bigrams: {@code 加装电梯} gives {@code 加装}, {@code
 * 装电}, {@code 电梯}), a run of one Han character being a word of its own; a run of other letters and
 * digits (Latin letters, digits, kana …) is one word ({@code Lift B3} gives {@code lift} and {@code
 * b3}); combining marks stay with the word before them; spaces, punctuation and symbols only separate
 * words. A word counts once however often it occurs; a title of punctuation only has no words.
 *
 * <p>Their sum is the <em>similarity</em>; a record below the settings' minimum similarity is not a
 * result. A record that ended well ({@link CaseEnding#of(Deliberation, Optional)}, on the profile's
 * appraisal scale) adds the {@link SimilarityFeature#ENDED_WELL} bonus to make its <em>score</em>.
 * Results are ranked by score (highest first), then similarity (highest first), then record id
 * (ascending, as {@link org.shangliang.deliberation.process.DeliberationId} compares): the ranking is
 * total and does not depend on the order records are given in. At most {@code resultCount} are
 * returned. A record of the new topic itself is compared like any other (it matches every feature);
 * a caller who wants other cases only leaves it out.
 *
 * <p>All arithmetic is on integers (each graded feature rounded down to a whole point). Cost: linear
 * in the number of records times the length of their titles and unit lists (each unit's path to its
 * root is bounded by the number of tier levels), plus sorting the matches. Never throws on a topic,
 * records and jurisdiction that could be built (units not in the jurisdiction, titles without words, a
 * record compared with its own topic).
 *
 * <p>Source: Reform 2025 (中国党政干部论坛, 2025-05-21), 四川省…开发基层治理"规则引擎"，…快速匹配和推荐与用户输入的
 * 问题或需求最为契合的实践案例; docs/domain.md "Similar past cases".
 *
 * <p>Immutable and thread-safe.
 */
public final class SimilarCases {
  private static final Comparator<SimilarCase> RANK =
      Comparator.comparingInt(SimilarCase::score)
          .reversed()
          .thenComparing(Comparator.comparingInt(SimilarCase::similarity).reversed())
          .thenComparing(SimilarCase::id);

  private static final int MAX_WORDS_SHOWN = 8;

  private final Optional<AppraisalScale> scale;
  private final Jurisdiction jurisdiction;
  private final SimilaritySettings settings;

  private SimilarCases(
      Optional<AppraisalScale> scale, Jurisdiction jurisdiction, SimilaritySettings settings) {
    this.scale = scale;
    this.jurisdiction = jurisdiction;
    this.settings = settings;
  }

  /**
   * A search with the default settings ({@link SimilaritySettings#defaults()}).
   *
   * @param profile the profile the past cases were run under: its appraisal scale judges whether
   *     they ended well
   * @param jurisdiction the unit tree the topics' units lie in
   * @return the search
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is {@code null}
   */
  public static SimilarCases of(Profile profile, Jurisdiction jurisdiction) {
    return of(profile, jurisdiction, SimilaritySettings.defaults());
  }

  /**
   * A search.
   *
   * @param profile the profile the past cases were run under: its appraisal scale judges whether
   *     they ended well
   * @param jurisdiction the unit tree the topics' units lie in
   * @param settings the weights and the result count
   * @return the search
   * @throws org.shangliang.deliberation.InvalidModelException if an argument is {@code null}
   */
  public static SimilarCases of(
      Profile profile, Jurisdiction jurisdiction, SimilaritySettings settings) {
    Checks.notNull("profile", profile);
    Checks.notNull("jurisdiction", jurisdiction);
    Checks.notNull("settings", settings);
    return new SimilarCases(profile.appraisalScale(), jurisdiction, settings);
  }

  /**
   * The settings of this search.
   *
   * @return the settings
   */
  public SimilaritySettings settings() {
    return settings;
  }

  /**
   * The past cases most like a new topic, best first, each with its explanation.
   *
   * @param topic the new topic
   * @param records the past records, in any order
   * @return at most {@code resultCount} results, ranked as described above
   * @throws org.shangliang.deliberation.InvalidModelException if the topic, the collection or a
   *     record is {@code null} (path {@code topic}, {@code records} or {@code records[i]}), or two
   *     records share an id (path {@code records[i].id})
   */
  public List<SimilarCase> find(Topic topic, Collection<Deliberation> records) {
    Checks.notNull("topic", topic);
    List<Deliberation> past = Checks.copyOfNonNull("records", records);
    Checks.unique("records", "id", past, Deliberation::id);
    Set<String> words = TitleWords.of(topic.title());
    UnitIndex units = new UnitIndex(topic.affectedUnits());
    List<SimilarCase> results = new ArrayList<>();
    for (Deliberation record : past) {
      Topic other = record.topic();
      List<FeatureMatch> features = new ArrayList<>(SimilarityFeature.values().length);
      features.add(entry(topic, other));
      features.add(category(topic, other));
      features.add(size(topic, other));
      features.add(units.match(other.affectedUnits()));
      features.add(title(words, TitleWords.of(other.title())));
      int similarity = 0;
      for (FeatureMatch match : features) {
        similarity += match.points();
      }
      if (similarity < settings.minimumSimilarity()) {
        continue;
      }
      CaseEnding ending = CaseEnding.of(record, scale);
      features.add(endedWell(ending));
      results.add(
          ImmutableSimilarCase.builder().record(record).ending(ending).addAllFeatures(features).build());
    }
    results.sort(RANK);
    return Collections.unmodifiableList(
        new ArrayList<>(results.subList(0, Math.min(settings.resultCount(), results.size()))));
  }

  private FeatureMatch entry(Topic topic, Topic other) {
    Optional<String> mine = topic.catalogueEntry();
    Optional<String> theirs = other.catalogueEntry();
    if (mine.isEmpty() || theirs.isEmpty()) {
      return match(
          SimilarityFeature.CATALOGUE_ENTRY,
          false,
          LocalizedText.of("至少一方未归入台账事项", "not both filed under a catalogue entry"));
    }
    return same(
        SimilarityFeature.CATALOGUE_ENTRY,
        mine.get(),
        theirs.get(),
        LocalizedText.of("同一台账事项 ", "the same entry, "),
        LocalizedText.of("台账事项不同：", "different entries: "));
  }

  private FeatureMatch category(Topic topic, Topic other) {
    return same(
        SimilarityFeature.CATEGORY,
        topic.category(),
        other.category(),
        LocalizedText.of("同一类别 ", "the same category, "),
        LocalizedText.of("类别不同：", "different categories: "));
  }

  /** The full weight for equal identifiers, else nothing; the detail names them. */
  private FeatureMatch same(
      SimilarityFeature feature, String mine, String theirs, LocalizedText same, LocalizedText differ) {
    if (mine.equals(theirs)) {
      String shown = Checks.show(mine);
      return match(feature, true, LocalizedText.of(same.zh() + shown, same.en() + shown));
    }
    String both = Checks.show(mine) + " / " + Checks.show(theirs);
    return match(feature, false, LocalizedText.of(differ.zh() + both, differ.en() + both));
  }

  private FeatureMatch size(Topic topic, Topic other) {
    LocalizedText mine = topic.matterSize().label();
    if (topic.matterSize() == other.matterSize()) {
      return match(
          SimilarityFeature.MATTER_SIZE,
          true,
          LocalizedText.of("同为" + mine.zh(), "both: " + mine.en()));
    }
    LocalizedText theirs = other.matterSize().label();
    return match(
        SimilarityFeature.MATTER_SIZE,
        false,
        LocalizedText.of(
            "大小不同：" + mine.zh() + " / " + theirs.zh(),
            "different sizes: " + mine.en() + " / " + theirs.en()));
  }

  private FeatureMatch title(Set<String> mine, Set<String> theirs) {
    List<String> shared = new ArrayList<>();
    Set<String> smaller = mine.size() <= theirs.size() ? mine : theirs;
    Set<String> larger = smaller == mine ? theirs : mine;
    for (String word : smaller) {
      if (larger.contains(word)) {
        shared.add(word);
      }
    }
    int total = mine.size() + theirs.size();
    if (shared.isEmpty()) {
      return match(
          SimilarityFeature.TITLE,
          0,
          LocalizedText.of(
              "标题无共同用词（分别 " + mine.size() + " 与 " + theirs.size() + " 个词）",
              "no title word shared (of " + mine.size() + " and " + theirs.size() + ")"));
    }
    if (smaller != mine) {
      // list the shared words in the order the new topic's title has them
      shared.clear();
      for (String word : mine) {
        if (theirs.contains(word)) {
          shared.add(word);
        }
      }
    }
    long points = (long) settings.titleWeight() * 2 * shared.size() / total;
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < shared.size() && i < MAX_WORDS_SHOWN; i++) {
      zh.append(i == 0 ? "" : "、").append(Checks.show(shared.get(i)));
      en.append(i == 0 ? "" : ", ").append(Checks.show(shared.get(i)));
    }
    if (shared.size() > MAX_WORDS_SHOWN) {
      zh.append("…");
      en.append(", …");
    }
    return match(
        SimilarityFeature.TITLE,
        (int) points,
        LocalizedText.of(
            "标题共有 " + shared.size() + " 个词（分别 " + mine.size() + " 与 " + theirs.size()
                + " 个词）：" + zh,
            shared.size() + " title word" + (shared.size() == 1 ? "" : "s") + " shared (of "
                + mine.size() + " and " + theirs.size() + "): " + en));
  }

  private FeatureMatch endedWell(CaseEnding ending) {
    return match(SimilarityFeature.ENDED_WELL, ending == CaseEnding.ENDED_WELL, ending.label());
  }

  private FeatureMatch match(SimilarityFeature feature, boolean full, LocalizedText detail) {
    return match(feature, full ? settings.weight(feature) : 0, detail);
  }

  private FeatureMatch match(SimilarityFeature feature, int points, LocalizedText detail) {
    return ImmutableFeatureMatch.builder()
        .feature(feature)
        .points(points)
        .weight(settings.weight(feature))
        .detail(detail)
        .build();
  }

  /**
   * The new topic's units and, for every unit above them in the jurisdiction, the fewest steps up
   * from one of them: the distance to another unit is then found by walking that unit's path to its
   * root once.
   */
  private final class UnitIndex {
    private final Set<UnitId> affected;
    private final Map<UnitId, Integer> stepsUp = new HashMap<>();

    UnitIndex(List<UnitId> units) {
      this.affected = new HashSet<>(units);
      for (UnitId unit : units) {
        if (!jurisdiction.has(unit)) {
          continue;
        }
        int steps = 0;
        for (AdministrativeUnit above : jurisdiction.pathToRoot(unit)) {
          stepsUp.merge(above.id(), steps, Math::min);
          steps++;
        }
      }
    }

    FeatureMatch match(List<UnitId> others) {
      int best = Integer.MAX_VALUE;
      UnitId via = null;
      for (UnitId other : others) {
        if (affected.contains(other)) {
          best = 0;
          via = other;
          break;
        }
        if (!jurisdiction.has(other)) {
          continue;
        }
        int steps = 0;
        for (AdministrativeUnit above : jurisdiction.pathToRoot(other)) {
          Integer mine = stepsUp.get(above.id());
          if (mine != null && mine + steps < best) {
            best = mine + steps;
            via = above.id();
          }
          steps++;
        }
      }
      int max = settings.maxUnitDistance();
      if (via == null) {
        return SimilarCases.this.match(
            SimilarityFeature.UNITS,
            0,
            LocalizedText.of(
                "所涉单位在单位树中无相连路径", "no path between the affected units in the unit tree"));
      }
      if (best > max) {
        return SimilarCases.this.match(
            SimilarityFeature.UNITS,
            0,
            LocalizedText.of(
                "所涉单位相距 " + best + " 步，超过 " + max + " 步",
                "the affected units are " + steps(best) + " apart, more than " + max));
      }
      int points = (int) ((long) settings.unitWeight() * (max + 1 - best) / (max + 1));
      String zh = name(via, true);
      String en = name(via, false);
      return SimilarCases.this.match(
          SimilarityFeature.UNITS,
          points,
          best == 0
              ? LocalizedText.of("涉及同一单位 " + zh, "a unit affected by both: " + en)
              : LocalizedText.of(
                  "所涉单位相距 " + best + " 步，同属 " + zh,
                  "the affected units are " + steps(best) + " apart, within " + en));
    }

    private String steps(int count) {
      return count + (count == 1 ? " step" : " steps");
    }

    private String name(UnitId id, boolean zh) {
      Optional<AdministrativeUnit> unit = jurisdiction.unit(id);
      String shown = Checks.show(id);
      if (unit.isEmpty()) {
        return shown;
      }
      String name = Checks.show(unit.get().name());
      return zh ? name + "（" + shown + "）" : name + " (" + shown + ")";
    }
  }
}
