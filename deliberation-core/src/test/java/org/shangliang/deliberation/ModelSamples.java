package org.shangliang.deliberation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shangliang.deliberation.decision.Base;
import org.shangliang.deliberation.decision.Check;
import org.shangliang.deliberation.decision.CheckKind;
import org.shangliang.deliberation.decision.Fraction;
import org.shangliang.deliberation.decision.Measure;
import org.shangliang.deliberation.decision.Tally;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.MeetingKind;
import org.shangliang.deliberation.outcome.Disagreement;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.HotlineCase;
import org.shangliang.deliberation.outcome.OutcomeFacts;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.party.Party;
import org.shangliang.deliberation.party.PartyId;
import org.shangliang.deliberation.party.PartyKind;
import org.shangliang.deliberation.party.PartyList;
import org.shangliang.deliberation.party.PartyRole;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.process.DeliberationId;
import org.shangliang.deliberation.topic.MatterSize;
import org.shangliang.deliberation.topic.SourceKind;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicCategory;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.topic.TopicSource;
import org.shangliang.deliberation.unit.UnitId;

/**
 * Well-formed values of the model for tests that break one field at a time. The builders are strict
 * (a field is set once), so each builder here leaves out its instants and dates, which a test sets,
 * breaking one of them.
 */
final class ModelSamples {
  static final Instant T = Instant.parse("2026-11-21T08:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 12, 11);
  static final PartyId PARTY = PartyId.of("p-1");
  static final UnitId UNIT = UnitId.of("u-1");
  static final UnitId UPPER = UnitId.of("u-0");

  /** Beyond the years 1 to 9999, after them. */
  static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

  /** Beyond the years 1 to 9999, before them. */
  static final Instant YEAR_0 = Instant.parse("0000-12-31T23:59:59Z");

  private ModelSamples() {}

  /** A topic without {@code raisedAt}. */
  static Topic.Builder topic() {
    return new Topic.Builder()
        .id(TopicId.of("t-1"))
        .title("3号楼加装电梯")
        .category(TopicCategory.PUBLIC_AFFAIRS)
        .matterSize(MatterSize.MAJOR)
        .addAffectedUnits(UNIT)
        .source(TopicSource.of(SourceKind.RESIDENT_PROPOSAL));
  }

  /** A deliberation without a planned meeting date. */
  static Deliberation.Builder deliberation() {
    return new Deliberation.Builder()
        .id(DeliberationId.of("d-1"))
        .topic(topic().raisedAt(T).build())
        .parties(PartyList.of(Party.of(PARTY, PartyKind.RESIDENTS_COMMITTEE, UNIT)))
        .deliberatingUnit(UNIT);
  }

  static Party.Builder party() {
    return new Party.Builder()
        .id(PARTY)
        .kind(PartyKind.STAKEHOLDER)
        .unit(UNIT)
        .addRole(PartyRole.DELIBERATOR);
  }

  /** A meeting without its date and instants. */
  static Meeting.Builder meeting() {
    return new Meeting.Builder().unit(UNIT).kind(MeetingKind.REGULAR).chair(PARTY).recorder(PARTY);
  }

  /** An escalation without its instants. */
  static Escalation.Builder escalation() {
    return new Escalation.Builder().fromUnit(UNIT).toUnit(UPPER).reason("超出社区权限");
  }

  /** A hotline case without its instants. */
  static HotlineCase.Builder hotlineCase() {
    return new HotlineCase.Builder()
        .ticketId("12345-2026-0001")
        .firstContact(PARTY)
        .addDepartments(PARTY);
  }

  /** An outcome record without its instants and dates. */
  static OutcomeRecord.Builder outcome(OutcomeKind kind) {
    return new OutcomeRecord.Builder()
        .kind(kind)
        .facts(
            new OutcomeFacts.Builder()
                .agreementReached(true)
                .withinPowers(kind != OutcomeKind.RECOMMENDATION)
                .roundsHeld(1)
                .disagreement(Disagreement.NONE)
                .wideScopeOrComplexCauses(false)
                .build());
  }

  /** A consistent tally: 5 eligible (weight 10), 4 present (8), 1 yes (3), 1 no (2), 1 abstain (1). */
  static Tally.Builder tally() {
    return new Tally.Builder()
        .eligibleCount(5)
        .presentCount(4)
        .castCount(3)
        .yesCount(1)
        .noCount(1)
        .abstainCount(1)
        .eligibleWeight(new BigDecimal("10"))
        .presentWeight(new BigDecimal("8"))
        .castWeight(new BigDecimal("6"))
        .yesWeight(new BigDecimal("3"))
        .noWeight(new BigDecimal("2"))
        .abstainWeight(new BigDecimal("1"));
  }

  /** A met minimum: 5 reached of a minimum of 3. */
  static Check.Builder check() {
    return new Check.Builder()
        .kind(CheckKind.MINIMUM_YES)
        .measure(Measure.WEIGHT)
        .achieved(new BigDecimal("5"))
        .whole(new BigDecimal("3"))
        .strict(false)
        .met(true);
  }

  /** A met approval: 2 of 3 ≥ 1/2. */
  static Check.Builder approval() {
    return new Check.Builder()
        .kind(CheckKind.APPROVAL)
        .measure(Measure.WEIGHT)
        .base(Base.CAST)
        .fraction(Fraction.half())
        .achieved(new BigDecimal("2"))
        .whole(new BigDecimal("3"))
        .strict(false)
        .met(true);
  }

  /** The packages of the model, whose value classes are generated. */
  static final List<String> MODEL_PACKAGES =
      List.of("party", "unit", "topic", "tier", "meeting", "decision", "outcome", "process", "profile");

  /**
   * The value classes generated for the model packages ({@code ImmutableMeeting}, …), read from the
   * class path's directories.
   */
  static List<Class<?>> generatedValueClasses() {
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (String pkg : MODEL_PACKAGES) {
        String name = "org.shangliang.deliberation." + pkg;
        java.util.Enumeration<java.net.URL> dirs =
            ModelSamples.class.getClassLoader().getResources(name.replace('.', '/'));
        while (dirs.hasMoreElements()) {
          java.net.URL dir = dirs.nextElement();
          if (!"file".equals(dir.getProtocol())) {
            continue;
          }
          String[] files = new java.io.File(dir.toURI()).list();
          for (String file : files == null ? new String[0] : files) {
            if (file.startsWith("Immutable") && file.endsWith(".class") && !file.contains("$")) {
              classes.add(Class.forName(name + "." + file.substring(0, file.length() - 6)));
            }
          }
        }
      }
    } catch (java.io.IOException | java.net.URISyntaxException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    if (classes.size() < 50) {
      throw new AssertionError("too few generated value classes found: " + classes);
    }
    return classes;
  }

  /** The days of a year, as a set of holidays. */
  static Set<LocalDate> everyDayOf(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      days.add(d);
    }
    return days.stream().collect(Collectors.toSet());
  }
}
