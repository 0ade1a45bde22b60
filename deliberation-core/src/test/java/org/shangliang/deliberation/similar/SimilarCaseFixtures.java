package org.shangliang.deliberation.similar;

import java.time.Instant;
import org.shangliang.deliberation.outcome.Duty;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;

/**
 * A unit tree and builders of topics and records for the similar-case tests.
 *
 * <pre>
 * jn (city) ─ jn.lx (district) ─ jn.lx.qc (sub-district) ─┬ jn.lx.qc.dl1 (community) ─┬ …dl1.b3
 *                                                          │                           └ …dl1.b5
 *                                                          └ jn.lx.qc.dl2 (community) ── …dl2.b1
 * other (city) ─ other.c1 (community)
 * </pre>
 */
final class SimilarCaseFixtures {
  static final String PUBLIC = TopicCategory.PUBLIC_AFFAIRS;
  static final String DAILY = TopicCategory.DAILY_LIFE_AND_DISPUTES;
  static final UnitId JN = UnitId.of("jn");
  static final UnitId LX = UnitId.of("jn.lx");
  static final UnitId QC = UnitId.of("jn.lx.qc");
  static final UnitId DL1 = UnitId.of("jn.lx.qc.dl1");
  static final UnitId DL2 = UnitId.of("jn.lx.qc.dl2");
  static final UnitId B3 = UnitId.of("jn.lx.qc.dl1.b3");
  static final UnitId B5 = UnitId.of("jn.lx.qc.dl1.b5");
  static final UnitId DL2_B1 = UnitId.of("jn.lx.qc.dl2.b1");
  static final UnitId OTHER = UnitId.of("other");
  static final UnitId OTHER_C1 = UnitId.of("other.c1");
  static final UnitId UNKNOWN = UnitId.of("nowhere.x");

  static final Instant RAISED = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant CLASSIFIED = Instant.parse("2026-04-01T01:00:00Z");
  static final Instant DONE = Instant.parse("2026-06-01T01:00:00Z");
  static final PartyId RESIDENT = PartyId.of("r-1");

  static final Jurisdiction UNITS =
      Jurisdiction.of(
          AdministrativeUnit.root(JN, TierLevel.CITY, "济南市"),
          AdministrativeUnit.of(LX, TierLevel.DISTRICT, "历下区", JN),
          AdministrativeUnit.of(QC, TierLevel.SUB_DISTRICT, "泉城路街道", LX),
          AdministrativeUnit.of(DL1, TierLevel.COMMUNITY, "甸柳一社区", QC),
          AdministrativeUnit.of(DL2, TierLevel.COMMUNITY, "甸柳二社区", QC),
          AdministrativeUnit.of(B3, TierLevel.COURTYARD, "3号楼", DL1),
          AdministrativeUnit.of(B5, TierLevel.COURTYARD, "5号楼", DL1),
          AdministrativeUnit.of(DL2_B1, TierLevel.COURTYARD, "1号楼", DL2),
          AdministrativeUnit.root(OTHER, TierLevel.CITY, "别市"),
          AdministrativeUnit.of(OTHER_C1, TierLevel.COMMUNITY, "别社区", OTHER));

  private SimilarCaseFixtures() {}

  /** A topic; {@code entry} may be {@code null}. */
  static Topic topic(
      String id, String title, String category, String entry, MatterSize size, UnitId... units) {
    Topic.Builder topic =
        new Topic.Builder()
            .id(TopicId.of(id))
            .title(title)
            .category(category)
            .matterSize(size)
            .addAffectedUnits(units)
            .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL))
            .raisedAt(RAISED);
    if (entry != null) {
      topic.catalogueEntry(entry);
    }
    return topic.build();
  }

  /** The new topic the tests search for: a lift for building 3. */
  static Topic liftForBuilding3() {
    return topic("new", "3号楼加装电梯", PUBLIC, "lift", MatterSize.MAJOR, B3);
  }

  /** A record of a topic, without an outcome. */
  static Deliberation.Builder record(String id, Topic topic) {
    return new Deliberation.Builder()
        .id(DeliberationId.of(id))
        .topic(topic)
        .parties(PartyList.of(Party.of(RESIDENT, PartyKind.RESIDENT_REPRESENTATIVE, B3)))
        .deliberatingUnit(DL1);
  }

  /** A record of a copy of the new topic under another id, without an outcome. */
  static Deliberation.Builder sameAsNew(String id) {
    Topic t = liftForBuilding3();
    return record(id, topic("t-" + id, t.title(), PUBLIC, "lift", MatterSize.MAJOR, B3));
  }

  /** An outcome of a kind whose one agreed item is finished at {@code done} (or open if null). */
  static OutcomeRecord.Builder outcome(OutcomeKind kind, Instant done) {
    OutcomeRecord.Builder outcome =
        new OutcomeRecord.Builder()
            .kind(kind)
            .classifiedAt(CLASSIFIED)
            .facts(
                new OutcomeFacts.Builder()
                    .agreementReached(kind != OutcomeKind.SHELVED)
                    .withinPowers(kind != OutcomeKind.RECOMMENDATION)
                    .roundsHeld(kind == OutcomeKind.SHELVED ? 3 : 1)
                    .disagreement(
                        kind == OutcomeKind.SHELVED ? Disagreement.DEEP : Disagreement.NONE)
                    .wideScopeOrComplexCauses(false)
                    .build());
    if (kind == OutcomeKind.IMMEDIATE || kind == OutcomeKind.COMMITTED) {
      Duty.Builder duty = new Duty.Builder().id("item-1").description("加装电梯").responsible(RESIDENT);
      if (done != null) {
        duty.completedAt(done);
      }
      outcome.addDuty(duty.build());
    }
    return outcome;
  }

  /** A record of a copy of the new topic that ended well: immediate, its item finished. */
  static Deliberation endedWell(String id) {
    return sameAsNew(id).outcome(outcome(OutcomeKind.IMMEDIATE, DONE).build()).build();
  }
}
