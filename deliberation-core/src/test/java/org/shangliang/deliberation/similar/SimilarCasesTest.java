package org.shangliang.deliberation.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.B3;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.B5;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.DAILY;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.DL1;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.DL2_B1;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.DONE;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.JN;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.OTHER_C1;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.PUBLIC;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.UNITS;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.UNKNOWN;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.endedWell;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.liftForBuilding3;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.outcome;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.record;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.sameAsNew;
import static org.shangliang.deliberation.similar.SimilarCaseFixtures.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Similar past cases (Sichuan's 规则引擎, Reform 2025): each feature both ways, the preference for
 * cases that ended well, the tie-break, the result count and the explanation in both languages.
 */
class SimilarCasesTest {
  private static final SimilarCases DEFAULTS = SimilarCases.of(Profiles.jinan(), UNITS);

  /** A search that counts one feature only, at 100 points, and returns every case. */
  private static SimilarCases only(SimilarityFeature feature) {
    SimilaritySettings settings =
        new SimilaritySettings.Builder()
            .catalogueEntryWeight(feature == SimilarityFeature.CATALOGUE_ENTRY ? 100 : 0)
            .categoryWeight(feature == SimilarityFeature.CATEGORY ? 100 : 0)
            .matterSizeWeight(feature == SimilarityFeature.MATTER_SIZE ? 100 : 0)
            .unitWeight(feature == SimilarityFeature.UNITS ? 100 : 0)
            .titleWeight(feature == SimilarityFeature.TITLE ? 100 : 0)
            .endedWellWeight(feature == SimilarityFeature.ENDED_WELL ? 100 : 0)
            .minimumSimilarity(0)
            .resultCount(SimilaritySettings.MAX_RESULTS)
            .build();
    return SimilarCases.of(Profiles.jinan(), UNITS, settings);
  }

  private static int points(SimilarCase result, SimilarityFeature feature) {
    return result.features().stream().filter(f -> f.feature() == feature).findFirst().get().points();
  }

  /** The points one feature gives a past topic, the new topic being the lift for building 3. */
  private static int pointsFor(SimilarityFeature feature, Topic past) {
    List<SimilarCase> found =
        only(feature).find(liftForBuilding3(), List.of(record("d-past", past).build()));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).score()).isEqualTo(points(found.get(0), feature));
    return points(found.get(0), feature);
  }

  private static Topic withEntry(String entry) {
    return topic("t-p", "其他", DAILY, entry, MatterSize.MINOR, UNKNOWN);
  }

  private static Topic withCategory(String category) {
    return topic("t-p", "其他", category, null, MatterSize.MINOR, UNKNOWN);
  }

  private static Topic withSize(MatterSize size) {
    return topic("t-p", "其他", DAILY, null, size, UNKNOWN);
  }

  private static Topic withUnits(UnitId... units) {
    return topic("t-p", "其他", DAILY, null, MatterSize.MINOR, units);
  }

  private static Topic withTitle(String title) {
    return topic("t-p", title, DAILY, null, MatterSize.MINOR, UNKNOWN);
  }

  @Test
  void countsTheSameCatalogueEntry() {
    assertThat(pointsFor(SimilarityFeature.CATALOGUE_ENTRY, withEntry("lift"))).isEqualTo(100);
  }

  @Test
  void countsNothingForAnotherEntryOrForATopicWithoutOne() {
    assertThat(pointsFor(SimilarityFeature.CATALOGUE_ENTRY, withEntry("parking"))).isZero();
    assertThat(pointsFor(SimilarityFeature.CATALOGUE_ENTRY, withEntry(null))).isZero();
    Topic noEntry = topic("new", "3号楼加装电梯", PUBLIC, null, MatterSize.MAJOR, B3);
    Topic alsoNone = topic("t-p", "3号楼加装电梯", PUBLIC, null, MatterSize.MAJOR, B3);
    SimilarCase found =
        only(SimilarityFeature.CATALOGUE_ENTRY)
            .find(noEntry, List.of(record("d-past", alsoNone).build()))
            .get(0);
    assertThat(points(found, SimilarityFeature.CATALOGUE_ENTRY)).isZero();
  }

  @Test
  void countsTheSameCategoryAndNothingForAnother() {
    assertThat(pointsFor(SimilarityFeature.CATEGORY, withCategory(PUBLIC))).isEqualTo(100);
    assertThat(pointsFor(SimilarityFeature.CATEGORY, withCategory(DAILY))).isZero();
  }

  @Test
  void countsTheSameMatterSizeAndNothingForAnother() {
    assertThat(pointsFor(SimilarityFeature.MATTER_SIZE, withSize(MatterSize.MAJOR))).isEqualTo(100);
    assertThat(pointsFor(SimilarityFeature.MATTER_SIZE, withSize(MatterSize.URGENT))).isZero();
  }

  @Test
  void countsAffectedUnitsByTheirStepsInTheUnitTree() {
    // weight 100, at most 4 steps: floor(100 × (5 − d) / 5)
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(B3))).isEqualTo(100);
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(DL1))).isEqualTo(80);
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(B5))).isEqualTo(60);
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(DL2_B1))).isEqualTo(20);
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(JN))).isEqualTo(20);
    // the nearest pair counts, in whatever order the units are listed
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(DL2_B1, B5))).isEqualTo(60);
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(B5, DL2_B1))).isEqualTo(60);
  }

  @Test
  void countsNothingForUnitsTooFarApartInAnotherTreeOrOutsideTheJurisdiction() {
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(OTHER_C1))).isZero();
    assertThat(pointsFor(SimilarityFeature.UNITS, withUnits(UNKNOWN))).isZero();
    SimilarCases nearOnly =
        SimilarCases.of(
            Profiles.jinan(),
            UNITS,
            new SimilaritySettings.Builder().maxUnitDistance(1).minimumSimilarity(0).build());
    Deliberation b5 = record("d-b5", withUnits(B5)).build();
    SimilarCase found = nearOnly.find(liftForBuilding3(), List.of(b5)).get(0);
    assertThat(points(found, SimilarityFeature.UNITS)).isZero();
    assertThat(found.features().get(3).detail().en())
        .isEqualTo("the affected units are 2 steps apart, more than 1");
    assertThat(found.features().get(3).detail().zh()).isEqualTo("所涉单位相距 2 步，超过 1 步");
    SimilarCase elsewhere =
        nearOnly.find(liftForBuilding3(), List.of(record("d-x", withUnits(OTHER_C1)).build())).get(0);
    assertThat(elsewhere.features().get(3).detail().en())
        .isEqualTo("no path between the affected units in the unit tree");
    assertThat(elsewhere.features().get(3).detail().zh()).isEqualTo("所涉单位在单位树中无相连路径");
  }

  @Test
  void countsAUnitBothTopicsAffectEvenOutsideTheJurisdiction() {
    Topic outside = topic("new", "加装电梯", PUBLIC, null, MatterSize.MAJOR, UNKNOWN);
    SimilarCase found =
        only(SimilarityFeature.UNITS)
            .find(outside, List.of(record("d-p", withUnits(UNKNOWN)).build()))
            .get(0);
    assertThat(found.score()).isEqualTo(100);
    SimilarCase empty =
        SimilarCases.of(Profiles.jinan(), Jurisdiction.of(List.of()), new SimilaritySettings.Builder().build())
            .find(liftForBuilding3(), List.of(record("d-p", withUnits(B3)).build(), record("d-q", withUnits(B5)).build()))
            .get(0);
    assertThat(empty.id().value()).isEqualTo("d-p");
    assertThat(points(empty, SimilarityFeature.UNITS)).isEqualTo(20);
  }

  @Test
  void countsSharedTitleWordsByTheirDiceCoefficient() {
    // 3号楼加装电梯: 3, 号楼, 楼加, 加装, 装电, 电梯; 5号楼加装电梯 shares five of six
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("3号楼加装电梯"))).isEqualTo(100);
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("５号楼加装电梯"))).isEqualTo(83);
    // 加装电梯: 加装, 装电, 电梯 — 2 × 3 / (6 + 3)
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("加装电梯！"))).isEqualTo(66);
  }

  @Test
  void countsNothingForTitlesWithoutACommonWord() {
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("小区停车位划线"))).isZero();
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("！？……"))).isZero();
    // a single character in common is not a shared bigram
    assertThat(pointsFor(SimilarityFeature.TITLE, withTitle("电动车充电"))).isZero();
  }

  @Test
  void comparesLatinWordsWholeAndWithoutCase() {
    Topic latin = topic("new", "Lift for Building 3", PUBLIC, null, MatterSize.MAJOR, B3);
    Deliberation past = record("d-p", withTitle("LIFT, building 5")).build();
    SimilarCase found = only(SimilarityFeature.TITLE).find(latin, List.of(past)).get(0);
    // lift, for, building, 3 and lift, building, 5: 2 × 2 / (4 + 3)
    assertThat(found.score()).isEqualTo(57);
    assertThat(found.features().get(4).detail().en())
        .isEqualTo("2 title words shared (of 4 and 3): lift, building");
  }

  @Test
  void prefersACaseThatEndedWellOverAnEquallySimilarOneThatDidNot() {
    Deliberation open = sameAsNew("d-a").build();
    Deliberation good = endedWell("d-b");
    List<SimilarCase> found = DEFAULTS.find(liftForBuilding3(), List.of(open, good));
    assertThat(found).extracting(r -> r.id().value()).containsExactly("d-b", "d-a");
    assertThat(found.get(0).score()).isEqualTo(120);
    assertThat(found.get(0).similarity()).isEqualTo(100);
    assertThat(found.get(0).ending()).isEqualTo(CaseEnding.ENDED_WELL);
    assertThat(found.get(1).score()).isEqualTo(100);
    assertThat(found.get(1).ending()).isEqualTo(CaseEnding.NOT_FINISHED);
    assertThat(points(found.get(1), SimilarityFeature.ENDED_WELL)).isZero();
  }

  @Test
  void keepsAMuchCloserCaseAheadOfOneThatEndedWell() {
    Deliberation close = sameAsNew("d-a").build();
    Topic far = topic("t-far", "停车位划线", PUBLIC, "lift", MatterSize.MINOR, DL2_B1);
    Deliberation good =
        record("d-b", far).outcome(outcome(OutcomeKind.IMMEDIATE, DONE).build()).build();
    List<SimilarCase> found = DEFAULTS.find(liftForBuilding3(), List.of(good, close));
    // entry 30 + category 10 + units 4 + ended well 20 = 64, against 100
    assertThat(found).extracting(SimilarCase::score).containsExactly(100, 64);
    assertThat(found).extracting(r -> r.id().value()).containsExactly("d-a", "d-b");
  }

  @Test
  void breaksTiesByRecordIdWhateverTheInputOrder() {
    List<Deliberation> records = new ArrayList<>();
    for (String id : new String[] {"d-c", "d-a", "d-d", "d-b"}) {
      records.add(sameAsNew(id).build());
    }
    List<String> expected = List.of("d-a", "d-b", "d-c", "d-d");
    assertThat(DEFAULTS.find(liftForBuilding3(), records)).extracting(r -> r.id().value())
        .containsExactlyElementsOf(expected);
    Collections.reverse(records);
    assertThat(DEFAULTS.find(liftForBuilding3(), records)).extracting(r -> r.id().value())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void breaksAnEqualScoreByTheHigherSimilarityBeforeTheId() {
    Topic lessSimilar = topic("t-a", "3号楼加装电梯", PUBLIC, "parking", MatterSize.MAJOR, B3);
    Deliberation good =
        record("d-a", lessSimilar).outcome(outcome(OutcomeKind.IMMEDIATE, DONE).build()).build();
    Topic moreSimilar = topic("t-b", "3号楼加装电梯", PUBLIC, "lift", MatterSize.MINOR, DL1);
    Deliberation open = record("d-b", moreSimilar).build();
    // d-a: 0 + 10 + 10 + 20 + 30 = 70, and 16 for ending well; d-b: 30 + 10 + 0 + 16 + 30 = 86
    SimilarCases equalised =
        SimilarCases.of(
            Profiles.jinan(), UNITS, new SimilaritySettings.Builder().endedWellWeight(16).build());
    List<SimilarCase> found = equalised.find(liftForBuilding3(), List.of(good, open));
    assertThat(found).extracting(SimilarCase::score).containsExactly(86, 86);
    assertThat(found).extracting(SimilarCase::similarity).containsExactly(86, 70);
    assertThat(found).extracting(r -> r.id().value()).containsExactly("d-b", "d-a");
  }

  @Test
  void returnsAtMostTheResultCountAndNothingBelowTheMinimumSimilarity() {
    List<Deliberation> records = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      records.add(sameAsNew("d-" + i).build());
    }
    Topic unrelated = topic("t-x", "路灯维修", DAILY, "lights", MatterSize.URGENT, UNKNOWN);
    Deliberation nothingInCommon =
        record("d-x", unrelated).outcome(outcome(OutcomeKind.IMMEDIATE, DONE).build()).build();
    records.add(nothingInCommon);
    assertThat(DEFAULTS.find(liftForBuilding3(), records)).hasSize(5);
    SimilarCases all =
        SimilarCases.of(
            Profiles.jinan(),
            UNITS,
            new SimilaritySettings.Builder().resultCount(100).build());
    assertThat(all.find(liftForBuilding3(), records))
        .hasSize(8)
        .noneMatch(r -> r.id().value().equals("d-x"));
    SimilarCases everything =
        SimilarCases.of(
            Profiles.jinan(),
            UNITS,
            new SimilaritySettings.Builder().resultCount(100).minimumSimilarity(0).build());
    List<SimilarCase> found = everything.find(liftForBuilding3(), records);
    assertThat(found).hasSize(9);
    SimilarCase last = found.get(8);
    assertThat(last.id().value()).isEqualTo("d-x");
    assertThat(last.similarity()).isZero();
    assertThat(last.score()).isEqualTo(20);
  }

  @Test
  void ranksARecordOfTheNewTopicItselfFirstWithEveryFeatureMatched() {
    Deliberation itself = record("d-self", liftForBuilding3()).build();
    Deliberation other = record("d-0", withUnits(B5)).build();
    List<SimilarCase> found = DEFAULTS.find(liftForBuilding3(), List.of(other, itself));
    assertThat(found.get(0).record()).isEqualTo(itself);
    assertThat(found.get(0).similarity()).isEqualTo(100);
    assertThat(found.get(0).features().subList(0, 5)).allMatch(FeatureMatch::matched);
  }

  @Test
  void findsNothingAmongNoRecords() {
    assertThat(DEFAULTS.find(liftForBuilding3(), List.of())).isEmpty();
  }

  @Test
  void rejectsTwoRecordsWithOneIdAndNulls() {
    List<Deliberation> twice = List.of(sameAsNew("d-1").build(), endedWell("d-1"));
    assertThatThrownBy(() -> DEFAULTS.find(liftForBuilding3(), twice))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("records[1].id")
        .hasMessageContaining("d-1");
    assertThatThrownBy(() -> DEFAULTS.find(liftForBuilding3(), Arrays.asList(sameAsNew("d-1").build(), null)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("records[1]");
    assertThatThrownBy(() -> DEFAULTS.find(null, List.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("topic");
    assertThatThrownBy(() -> SimilarCases.of(Profiles.jinan(), null))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("jurisdiction");
  }

  @Test
  void explainsEveryFeatureInChineseAndEnglish() {
    Topic past = topic("t-p", "5号楼加装电梯", PUBLIC, "lift", MatterSize.MINOR, B5);
    Deliberation record =
        record("d-5", past).outcome(outcome(OutcomeKind.COMMITTED, DONE).build()).build();
    SimilarCase found = DEFAULTS.find(liftForBuilding3(), List.of(record)).get(0);

    assertThat(found.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(
            "d-5 \"5号楼加装电梯\"：得分 97（相似度 77；办结良好）\n"
                + "  台账事项 +30/30：同一台账事项 lift\n"
                + "  类别 +10/10：同一类别 public-affairs\n"
                + "  事项大小 +0/10：大小不同：大事 / 小事\n"
                + "  所涉单位 +12/20：所涉单位相距 2 步，同属 甸柳一社区（jn.lx.qc.dl1）\n"
                + "  标题用词 +25/30：标题共有 5 个词（分别 6 与 6 个词）：号楼、楼加、加装、装电、电梯\n"
                + "  办结良好 +20/20：办结良好");
    assertThat(found.explain(Locale.ENGLISH))
        .isEqualTo(
            "d-5 \"5号楼加装电梯\": score 97 (similarity 77; ended well)\n"
                + "  catalogue entry +30/30: the same entry, lift\n"
                + "  category +10/10: the same category, public-affairs\n"
                + "  matter size +0/10: different sizes: major matter / minor matter\n"
                + "  affected units +12/20: the affected units are 2 steps apart, within 甸柳一社区"
                + " (jn.lx.qc.dl1)\n"
                + "  title words +25/30: 5 title words shared (of 6 and 6): 号楼, 楼加, 加装, 装电, 电梯\n"
                + "  ended well +20/20: ended well");
    assertThat(found.toString()).isEqualTo(found.explain(Locale.ENGLISH));
  }

  @Test
  void explainsWhatDidNotMatch() {
    Topic past = topic("t-p", "路灯维修", DAILY, "lights", MatterSize.URGENT, B3);
    Deliberation record =
        record("d-9", past).outcome(outcome(OutcomeKind.SHELVED, null).build()).build();
    SimilarCase found = DEFAULTS.find(liftForBuilding3(), List.of(record)).get(0);
    assertThat(found.features())
        .extracting(f -> f.detail().zh())
        .containsExactly(
            "台账事项不同：lift / lights",
            "类别不同：public-affairs / daily-life-and-disputes",
            "大小不同：大事 / 急事",
            "涉及同一单位 3号楼（jn.lx.qc.dl1.b3）",
            "标题无共同用词（分别 6 与 3 个词）",
            "已搁置");
    assertThat(found.features())
        .extracting(f -> f.detail().en())
        .containsExactly(
            "different entries: lift / lights",
            "different categories: public-affairs / daily-life-and-disputes",
            "different sizes: major matter / urgent matter",
            "a unit affected by both: 3号楼 (jn.lx.qc.dl1.b3)",
            "no title word shared (of 6 and 3)",
            "shelved");
  }
}
