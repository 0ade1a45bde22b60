package org.shangliang.deliberation.json;

import java.util.List;
import java.util.Objects;
import org.shangliang.deliberation.json.internal.CalendarCodecs;
import org.shangliang.deliberation.json.internal.Codec;
import org.shangliang.deliberation.json.internal.RecordCodecs;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.json.internal.ReportCodecs;
import org.shangliang.deliberation.json.internal.UnitCodecs;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * A kind of document {@link DeliberationJson} reads and writes, with the Java type of its value.
 * Every document is a JSON object with a {@code schemaVersion} property ({@code "1.0"}); its other
 * properties are those of its value. Immutable and thread-safe.
 *
 * @param <T> the document's value
 */
public final class DocumentKind<T> {
  /**
   * A deliberation record: {@code {"schemaVersion": "1.0", "id", "topic", "parties": [...],
   * "deliberatingUnit", …}}, the record's properties under the model's names; a violation's path is
   * a JSON Pointer into it.
   */
  public static final DocumentKind<Deliberation> RECORD =
      new DocumentKind<>("record", Deliberation.class, RecordCodecs.RECORD);

  /**
   * A unit tree: {@code {"schemaVersion": "1.0", "units": [{"id", "level", "name", "parent"?}]}},
   * units in any order, each parent among them.
   */
  public static final DocumentKind<Jurisdiction> JURISDICTION =
      new DocumentKind<>("jurisdiction", Jurisdiction.class, UnitCodecs.JURISDICTION);

  /**
   * A work calendar: {@code {"schemaVersion": "1.0", "holidays": ["2026-10-01", …],
   * "makeUpWorkingDays": ["2026-09-27", …]}}, dates in ISO-8601, written ascending and read in any
   * order, no date twice in a list; an empty list is left out.
   */
  public static final DocumentKind<HolidayCalendar> CALENDAR =
      new DocumentKind<>("calendar", HolidayCalendar.class, CalendarCodecs.CALENDAR);

  /**
   * A validation report: {@code {"schemaVersion": "1.0", "violations": [{"code", "severity", "path",
   * "args"?, "source"}]}}, the path a JSON Pointer into the record ({@code
   * /meetings/0/attendance}), each argument a tagged value ({@code {"type": "instant", "value":
   * "2026-11-20T11:40:00Z"}}) that reads back as the same Java value; a clean report has no {@code
   * violations}. A {@code "message": {"zh-CN", "en"}} on a violation is accepted and ignored.
   */
  public static final DocumentKind<ValidationReport> REPORT =
      new DocumentKind<>("report", ValidationReport.class, ReportCodecs.REPORT);

  /**
   * What a deliberation still owes: {@code {"schemaVersion": "1.0", "obligations": [{"code",
   * "path", "dueAt", "overdue", "args"?}]}}, paths and arguments as in {@link #REPORT}; none owed,
   * no {@code obligations}. A {@code "message": {"zh-CN", "en"}} on an obligation is accepted and
   * ignored.
   */
  @SuppressWarnings("unchecked") // the type of a list of obligations is List.class
  public static final DocumentKind<List<Obligation>> OBLIGATIONS =
      new DocumentKind<>(
          "obligations", (Class<List<Obligation>>) (Class<?>) List.class, ReportCodecs.OBLIGATIONS);

  private final String name;
  private final Class<T> type;
  private final Codec<T> codec;

  private DocumentKind(String name, Class<T> type, Codec<T> codec) {
    this.name = name;
    this.type = type;
    this.codec = codec;
  }

  /**
   * The kind's name, as the JSON Schema of the kind is named ({@code jurisdiction}, {@code record}
   * …).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The Java type of the document's value.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The JSON Schema (draft 2020-12) of this kind of document, as {@link JsonSchemas#of} gives it;
   * it refers to the shared definitions of {@link JsonSchemas#common()}.
   *
   * @return the schema's text, JSON
   * @throws IllegalArgumentException if the kind has no schema
   */
  public String schema() {
    return JsonSchemas.of(this);
  }

  Codec<T> codec() {
    return codec;
  }

  @Override
  public String toString() {
    return "DocumentKind[" + name + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentKind && ((DocumentKind<?>) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }
}
