package org.shangliang.examples.spark;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.BlankLine;
import org.shangliang.examples.spark.Rows.ClassKey;
import org.shangliang.examples.spark.Rows.Judged;
import org.shangliang.examples.spark.Rows.Line;
import org.shangliang.examples.spark.Rows.RecordResult;

/**
 * Judges one line of JSON Lines: reads it as a record (strictly, with the profile's decision rules
 * by name), validates it, lists its overdue obligations, classifies its outcome and keys its topic
 * by the recurring classes it counts in. A pure function of the {@link Model} and the line.
 *
 * <p>Building a judge reads the profile, tree, calendar and links and builds a {@link Validator}:
 * done once per executor JVM and broadcast ({@link #of}), never per record or per task.
 *
 * <p>Immutable and thread-safe (the validator, obligations, search and reader are).
 */
public final class Judge {
  /** The judges of this JVM, by the id of the broadcast their model came in. */
  private static final Map<Long, Judge> BY_BROADCAST = new ConcurrentHashMap<>();

  private final DeliberationJson reader;
  private final Validator validator;
  private final Obligations obligations;
  private final RecurringIssues recurring;
  private final Jurisdiction jurisdiction;
  private final ZoneId zone;
  private final Instant at;

  /**
   * A judge of a model.
   *
   * @param model the model
   */
  public Judge(Model model) {
    this.validator = model.validator();
    Profile profile = validator.profile();
    this.reader = DeliberationJson.builder().rulesOf(profile).build();
    this.obligations = Obligations.of(profile);
    this.jurisdiction = model.jurisdiction();
    this.recurring =
        RecurringIssues.of(jurisdiction, RecurringSettings.of(model.level(), model.minCount()));
    this.zone = profile.zone();
    this.at = model.at();
  }

  /**
   * The judge of this JVM for a broadcast model: built by the first task that asks, shared by the
   * others.
   *
   * @param broadcastId the broadcast's id
   * @param model the broadcast's value, read only if this JVM has no judge for it yet
   * @return the judge
   */
  public static Judge of(long broadcastId, Supplier<Model> model) {
    return BY_BROADCAST.computeIfAbsent(broadcastId, id -> new Judge(model.get()));
  }

  /**
   * Drops this JVM's judge of a broadcast, when its job is done.
   *
   * @param broadcastId the broadcast's id
   */
  public static void forget(long broadcastId) {
    BY_BROADCAST.remove(broadcastId);
  }

  /**
   * Judges one line.
   *
   * @param file the file the line is in
   * @param offset the line's byte offset in the file
   * @param text the line, without its line break
   * @return a {@link BlankLine} for a blank line, a {@link BadLine} for a line that is not a valid
   *     record document, else the {@link Judged} record
   */
  public Line judge(String file, long offset, String text) {
    if (text.isBlank()) {
      return new BlankLine(file, offset);
    }
    Deliberation record;
    try {
      record = reader.read(DocumentKind.RECORD, text);
    } catch (DeliberationJsonException e) {
      return new BadLine(file, offset, e.column(), e.pointer(), e.fault());
    }
    ValidationReport report = validator.validate(record, at);
    List<String> codes = new ArrayList<>(report.violations().size());
    for (Violation violation : report.violations()) {
      codes.add(violation.code().value());
    }
    Topic topic = record.topic();
    String month = YearMonth.from(topic.raisedAt().atZone(zone)).toString();
    RecordResult result =
        new RecordResult(
            file,
            offset,
            record.id().value(),
            record.deliberatingUnit().value(),
            district(record.deliberatingUnit()),
            month,
            report.isCompliant(),
            codes);
    List<String> overdue = new ArrayList<>();
    for (Obligation obligation : obligations.at(record, at)) {
      if (obligation.overdue()) {
        overdue.add(obligation.code().value());
      }
    }
    String kind =
        record
            .outcome()
            .map(o -> OutcomeClassifier.kindOf(o.facts()).name().toLowerCase(Locale.ROOT))
            .orElse("none");
    List<ClassKey> keys = new ArrayList<>();
    for (UnitId unit : recurring.classUnits(topic)) {
      keys.add(
          new ClassKey(
              month,
              topic.category(),
              topic.catalogueEntry().orElse(""),
              unit.value(),
              jurisdiction.unit(unit).map(u -> token(u.level())).orElse(""),
              topic.id().value()));
    }
    return new Judged(result, overdue, kind, keys);
  }

  /** The district a unit is in: itself or its ancestor at the district level; empty if none. */
  private String district(UnitId unit) {
    if (!jurisdiction.has(unit)) {
      return "";
    }
    for (AdministrativeUnit u : jurisdiction.pathToRoot(unit)) {
      if (u.level() == TierLevel.DISTRICT) {
        return u.id().value();
      }
    }
    return "";
  }

  /**
   * A level as a token: {@code sub-district}.
   *
   * @param level the level
   * @return the token
   */
  static String token(TierLevel level) {
    return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
