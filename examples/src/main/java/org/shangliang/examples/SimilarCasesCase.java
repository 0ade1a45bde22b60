package org.shangliang.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.Appraisal;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.similar.SimilarCase;
import org.shangliang.deliberation.similar.SimilarCases;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Similar past cases (Sichuan's "rules engine", 规则引擎): in July 2027 the residents of building 7 of
 * 甸柳新村第二社区 raise a lift again; before the community sets up the deliberation, it looks for the
 * past cases most like it among the demo's records — building 7's own lift, shelved in 2025 for lack
 * of agreement; the lift of building 3 next door, committed and finished in 2027
 * ({@code jinan-outcome-done}); the parking lines in front of building 7, done at once in 2026;
 * Haidian's bus stop, a recommendation solved upstream; and Bishan's leaking pipe, which shares
 * nothing with a lift and is left out. Each result is explained feature by feature in Chinese and in
 * English. All names and numbers are invented for the example.
 *
 * <p>The two records of building 7 are case files ({@code similar-shelved-lift.json}, {@code
 * similar-parking.json}) written from {@link #shelvedLift()} and {@link #parking()}.
 */
public final class SimilarCasesCase {
  private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};
  private static final PartyId COMMITTEE = PartyId.of("dianliu-2-residents-committee");
  private static final PartyId PROPERTY = PartyId.of("dianliu-property-co");
  private static final PartyId RESIDENT = PartyId.of("dianliu-2-b7-resident-rep");

  private SimilarCasesCase() {}

  /**
   * The new topic: a lift for building 7, raised in July 2027.
   *
   * @return the topic
   */
  public static Topic newTopic() {
    return topic(
        "dianliu-2-2027-lift-b7",
        "7号楼加装电梯",
        Profiles.LIFT_INSTALLATION,
        MatterSize.MAJOR,
        Instant.parse("2027-07-06T01:00:00Z"));
  }

  /**
   * Building 7's first lift, in 2025: three rounds without agreement (the ground-floor owners
   * objected), so it was shelved (搁置件) and explained to the residents.
   *
   * @return the record
   */
  public static Deliberation shelvedLift() {
    Topic topic =
        topic(
            "dianliu-2-2025-lift-b7",
            "7号楼加装电梯",
            Profiles.LIFT_INSTALLATION,
            MatterSize.MAJOR,
            Instant.parse("2025-03-03T01:00:00Z"));
    OutcomeRecord outcome =
        new OutcomeRecord.Builder()
            .kind(OutcomeKind.SHELVED)
            .facts(
                new OutcomeFacts.Builder()
                    .agreementReached(false)
                    .withinPowers(true)
                    .roundsHeld(3)
                    .disagreement(Disagreement.DEEP)
                    .wideScopeOrComplexCauses(false)
                    .build())
            .classifiedAt(Instant.parse("2025-06-12T02:00:00Z"))
            .residentsNotice(
                Publicity.of(
                    "7号楼单元公示栏：加装电梯暂缓说明",
                    Instant.parse("2025-06-13T01:00:00Z"),
                    Instant.parse("2025-06-20T01:00:00Z")))
            .takeUpAgainOn(LocalDate.of(2027, 7, 1))
            .build();
    return record("dianliu-2-2025-lift-b7", topic, Instant.parse("2025-03-10T02:00:00Z"))
        .outcome(outcome)
        .build();
  }

  /**
   * The parking lines in front of building 7, in 2026: agreed and done at once (即办件), then appraised
   * well.
   *
   * @return the record
   */
  public static Deliberation parking() {
    Topic topic =
        topic(
            "dianliu-2-2026-parking-b7",
            "7号楼楼前停车位划线",
            Profiles.PARKING,
            MatterSize.MINOR,
            Instant.parse("2026-04-07T01:00:00Z"));
    Instant done = Instant.parse("2026-04-25T08:00:00Z");
    OutcomeRecord outcome =
        new OutcomeRecord.Builder()
            .kind(OutcomeKind.IMMEDIATE)
            .facts(
                new OutcomeFacts.Builder()
                    .agreementReached(true)
                    .withinPowers(true)
                    .roundsHeld(1)
                    .disagreement(Disagreement.NONE)
                    .wideScopeOrComplexCauses(false)
                    .build())
            .classifiedAt(Instant.parse("2026-04-15T02:00:00Z"))
            .addDuties(
                new Duty.Builder()
                    .id("b7-parking-lines")
                    .description("7号楼楼前施划停车位12个")
                    .responsible(PROPERTY)
                    .measures("物业公司施划，居委会现场确认")
                    .deadline(Instant.parse("2026-04-30T10:00:00Z"))
                    .completedAt(done)
                    .build())
            .build();
    return record("dianliu-2-2026-parking-b7", topic, Instant.parse("2026-04-09T02:00:00Z"))
        .outcome(outcome)
        .addAppraisals(Appraisal.of(Instant.parse("2026-05-20T02:00:00Z"), RESIDENT, 5))
        .build();
  }

  /**
   * The past records searched: the two of building 7 and three of the demo's other cases.
   *
   * @return the records
   */
  public static List<Deliberation> pastRecords() {
    return List.of(
        Cases.record("jinan-outcome-done"),
        Cases.record("similar-shelved-lift"),
        Cases.record("similar-parking"),
        Cases.record("haidian-closed"),
        Cases.record("bishan-courtyard-answered"));
  }

  /**
   * The search: Jinan's profile (its appraisal scale) and unit tree, the default settings.
   *
   * @return the results, best first
   */
  public static List<SimilarCase> search() {
    return SimilarCases.of(Profiles.jinan(), Cases.jurisdiction("jinan-units"))
        .find(newTopic(), pastRecords());
  }

  /**
   * Prints the search and its results in Chinese and in English.
   *
   * @param out where to write
   */
  public static void print(PrintStream out) {
    Topic topic = newTopic();
    List<Deliberation> records = pastRecords();
    List<SimilarCase> found = search();
    out.println(
        "== 6 济南 · 相似案例：7号楼加装电梯（规则引擎）/ Jinan · similar past cases for a lift at"
            + " building 7 (rules engine) ==");
    out.println(
        "new topic: " + topic.id() + " \"" + topic.title() + "\" (" + topic.category() + ", "
            + topic.catalogueEntry().orElse("-") + ", " + topic.matterSize().label(Locale.ENGLISH)
            + ", " + topic.affectedUnits().get(0) + "); " + records.size() + " past records");
    for (Locale locale : LOCALES) {
      boolean zh = LocalizedText.isChinese(locale);
      out.println(zh ? "-- 中文 --" : "-- English --");
      for (int i = 0; i < found.size(); i++) {
        out.println("  " + (i + 1) + ". " + found.get(i).explain(locale).replace("\n", "\n    "));
      }
      int left = records.size() - found.size();
      out.println(
          zh
              ? "  另有 " + left + " 件与新议题毫无相似之处，未列出。"
              : "  " + left + (left == 1 ? " more record shares nothing with the new topic and is"
                  : " more records share nothing with the new topic and are") + " left out.");
    }
    out.println();
  }

  private static Topic topic(
      String id, String title, String entry, MatterSize size, Instant raisedAt) {
    return new Topic.Builder()
        .id(TopicId.of(id))
        .title(title)
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .catalogueEntry(entry)
        .matterSize(size)
        .addAffectedUnits(JinanLiftCase.BUILDING_7)
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
        .raisedAt(raisedAt)
        .build();
  }

  private static Deliberation.Builder record(String id, Topic topic, Instant admitted) {
    UnitId community = JinanLiftCase.DIANLIU_2;
    return new Deliberation.Builder()
        .id(DeliberationId.of(id))
        .topic(topic)
        .parties(
            PartyList.of(
                new Party.Builder()
                    .id(COMMITTEE)
                    .kind(PartyKind.RESIDENTS_COMMITTEE)
                    .unit(community)
                    .addRoles(PartyRole.CONVENER, PartyRole.DELIBERATOR)
                    .build(),
                new Party.Builder()
                    .id(PROPERTY)
                    .kind(PartyKind.PROPERTY_COMPANY)
                    .unit(community)
                    .addRoles(PartyRole.DELIBERATOR)
                    .build(),
                new Party.Builder()
                    .id(RESIDENT)
                    .kind(PartyKind.RESIDENT_REPRESENTATIVE)
                    .unit(JinanLiftCase.BUILDING_7)
                    .addRoles(PartyRole.DELIBERATOR)
                    .build()))
        .deliberatingUnit(community)
        .admission(Admission.admitted(admitted));
  }
}
