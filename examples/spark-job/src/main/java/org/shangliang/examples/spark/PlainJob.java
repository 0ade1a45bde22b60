package org.shangliang.examples.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.query.RecurringClass;
import org.shangliang.deliberation.query.RecurringIssues;
import org.shangliang.deliberation.query.RecurringSettings;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.topic.Topic;
import org.shangliang.deliberation.topic.TopicId;
import org.shangliang.deliberation.unit.AdministrativeUnit;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.unit.TierLevel;
import org.shangliang.deliberation.unit.UnitId;
import org.shangliang.deliberation.validation.Obligation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;
import org.shangliang.examples.spark.Rows.BadLine;
import org.shangliang.examples.spark.Rows.LineCounts;
import org.shangliang.examples.spark.Rows.OutcomeCount;
import org.shangliang.examples.spark.Rows.OverdueCount;
import org.shangliang.examples.spark.Rows.RecordResult;
import org.shangliang.examples.spark.Rows.RecurringCount;
import org.shangliang.examples.spark.Rows.ViolationCount;

/**
 * The same tables as the job, by a plain loop on one thread in one JVM: the tests' oracle and the
 * timing baseline. It shares nothing with the job but the library and the row types: it cuts the
 * files into lines itself (as Hadoop's text input does: a line ends at {@code \n}, {@code \r\n} or
 * {@code \r}; a UTF-8 byte order mark at the start of a file is skipped, the first line's offset
 * staying 0), and it finds each month's recurring classes with {@link
 * RecurringIssues#find(java.util.Collection, YearMonth, ZoneId)} over the month's topics, where the
 * job counts per-record keys.
 *
 * <p>Memory: it holds every record's result and every topic (not the records), so it suits inputs
 * of up to a few million records.
 */
public final class PlainJob {
  private PlainJob() {}

  /**
   * The tables of a run over files.
   *
   * @param model what the records are judged against
   * @param files the JSON Lines files, each named in the tables as Spark names a local file ({@code
   *     file:} and its absolute path)
   * @return the tables
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Summaries run(Model model, List<Path> files) {
    Run run = new Run(model);
    for (Path file : files) {
      String name = "file:" + file.toAbsolutePath().normalize();
      try (InputStream in = Files.newInputStream(file)) {
        run.read(name, in);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    return run.summaries();
  }

  /** One run's state. */
  private static final class Run {
    private final DeliberationJson reader;
    private final Validator validator;
    private final Obligations obligations;
    private final Jurisdiction jurisdiction;
    private final ZoneId zone;
    private final Instant at;
    private final RecurringIssues recurring;

    private LineCounts counts = LineCounts.NONE;
    private final List<RecordResult> records = new ArrayList<>();
    private final List<BadLine> bad = new ArrayList<>();
    private final Map<List<String>, long[]> violations = new HashMap<>();
    private final Map<List<String>, Long> overdue = new HashMap<>();
    private final Map<List<String>, Long> outcomes = new HashMap<>();
    private final Map<YearMonth, Map<TopicId, Topic>> topics = new LinkedHashMap<>();

    Run(Model model) {
      validator = model.validator();
      Profile profile = validator.profile();
      reader = DeliberationJson.builder().rulesOf(profile).build();
      obligations = Obligations.of(profile);
      jurisdiction = model.jurisdiction();
      zone = profile.zone();
      at = model.at();
      recurring = RecurringIssues.of(jurisdiction, RecurringSettings.of(model.level(), model.minCount()));
    }

    /** Cuts the input into lines, a buffer at a time, keeping each line's byte offset. */
    void read(String file, InputStream in) throws IOException {
      byte[] buffer = new byte[1 << 16];
      ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
      long position = 0; // the offset of buffer[0] in the file
      long start = 0; // the offset of the line being read
      boolean first = true;
      boolean pending = false; // bytes read since the last line end
      boolean afterCr = false; // the last byte was \r: a \n now ends nothing
      int n;
      while ((n = in.read(buffer)) != -1) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (afterCr) {
            afterCr = false;
            if (b == '\n') {
              from = i + 1;
              start = position + i + 1;
              continue;
            }
          }
          if (b == '\n' || b == '\r') {
            line.write(buffer, from, i - from);
            line(file, start, line, first);
            first = false;
            pending = false;
            afterCr = b == '\r';
            from = i + 1;
            start = position + i + 1;
          } else {
            pending = true;
          }
        }
        line.write(buffer, from, n - from);
        position += n;
      }
      if (pending) {
        line(file, start, line, first);
      }
    }

    private void line(String file, long start, ByteArrayOutputStream bytes, boolean first) {
      byte[] b = bytes.toByteArray();
      bytes.reset();
      boolean bom =
          first && b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
      int skip = bom ? 3 : 0;
      String text = new String(b, skip, b.length - skip, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        counts = counts.plus(new LineCounts(1, 1, 0, 0, 0));
        return;
      }
      Deliberation record;
      try {
        record = reader.read(DocumentKind.RECORD, text);
      } catch (DeliberationJsonException e) {
        bad.add(new BadLine(file, start, e.column(), e.pointer(), e.fault()));
        counts = counts.plus(new LineCounts(1, 0, 0, 1, 0));
        return;
      }
      judge(file, start, record);
    }

    private void judge(String file, long start, Deliberation record) {
      ValidationReport report = validator.validate(record, at);
      String unit = record.deliberatingUnit().value();
      String district = districtOf(record.deliberatingUnit());
      YearMonth month = YearMonth.from(record.topic().raisedAt().atZone(zone));
      List<String> codes = report.violations().stream().map(v -> v.code().value()).toList();
      records.add(
          new RecordResult(
              file, start, record.id().value(), unit, district, month.toString(), report.isCompliant(), codes));
      counts = counts.plus(new LineCounts(1, 0, 1, 0, report.isCompliant() ? 1 : 0));
      Map<String, Long> perCode = new HashMap<>();
      for (Violation v : report.violations()) {
        perCode.merge(v.code().value(), 1L, Long::sum);
      }
      for (Map.Entry<String, Long> e : perCode.entrySet()) {
        long[] sums = violations.computeIfAbsent(List.of(e.getKey(), district, month.toString()), k -> new long[2]);
        sums[0]++;
        sums[1] += e.getValue();
      }
      for (Obligation o : obligations.at(record, at)) {
        if (o.overdue()) {
          overdue.merge(List.of(unit, o.code().value()), 1L, Long::sum);
        }
      }
      String kind =
          record.outcome().isEmpty()
              ? "none"
              : OutcomeClassifier.classify(record.outcome().get().facts()).kind().name().toLowerCase(Locale.ROOT);
      outcomes.merge(List.of(district, kind), 1L, Long::sum);
      topics.computeIfAbsent(month, m -> new LinkedHashMap<>()).putIfAbsent(record.topic().id(), record.topic());
    }

    /** The district a unit is in, climbing parent by parent; empty if none. */
    private String districtOf(UnitId id) {
      Optional<AdministrativeUnit> unit = jurisdiction.unit(id);
      while (unit.isPresent()) {
        if (unit.get().level() == TierLevel.DISTRICT) {
          return unit.get().id().value();
        }
        unit = unit.get().parent().flatMap(jurisdiction::unit);
      }
      return "";
    }

    Summaries summaries() {
      List<ViolationCount> v = new ArrayList<>();
      violations.forEach((k, n) -> v.add(new ViolationCount(k.get(0), k.get(1), k.get(2), n[0], n[1])));
      List<OverdueCount> o = new ArrayList<>();
      overdue.forEach((k, n) -> o.add(new OverdueCount(k.get(0), k.get(1), n)));
      List<OutcomeCount> c = new ArrayList<>();
      outcomes.forEach((k, n) -> c.add(new OutcomeCount(k.get(0), k.get(1), n)));
      List<RecurringCount> r = new ArrayList<>();
      topics.forEach(
          (month, ofMonth) -> {
            for (RecurringClass found : recurring.find(ofMonth.values(), month, zone)) {
              r.add(
                  new RecurringCount(
                      month.toString(),
                      found.category(),
                      found.catalogueEntry().orElse(""),
                      found.unit().value(),
                      found.unitLevel().map(Judge::token).orElse(""),
                      found.count()));
            }
          });
      return new Summaries(counts, records, bad, v, o, r, c);
    }
  }
}
