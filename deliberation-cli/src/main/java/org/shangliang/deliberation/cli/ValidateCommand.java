package org.shangliang.deliberation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shangliang validate}: judges every record read against the profile at one instant and streams
 * the verdicts, in input order, as a readable table or as JSON; then the counts. Memory stays constant
 * whatever the number of records: each record's output is made (on a worker thread) and written as it
 * comes, only the counts are kept. Once standard output no longer takes the output (piped into
 * {@code head}, say) it stops reading, with {@link ExitCodes#OUTPUT_FAILED}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Judge records against a profile at one instant, streamed in input order.",
      "One line per violation of a record that breaks a rule and per line that cannot be read, then"
          + " the counts.",
      "Exit 0 all compliant, 1 any violation, 3 any unreadable line (wins over 1)."
    })
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** Readable lines and a summary table. */
    TABLE,
    /** One JSON document, streamed. */
    JSON,
    /** JSON Lines: one object per non-blank input line, then the summary. */
    JSONL
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  /** How many written items between two checks that standard output still takes them. */
  static final int CHECK_EVERY = 256;

  @Spec CommandSpec spec;

  @Mixin ModelOptions model;

  @Mixin RecordInputs inputs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads reading and judging; 1 works on the main thread. Default: the number of processors.")
  Integer threads;

  @Option(
      names = "--format",
      paramLabel = "table|json|jsonl",
      defaultValue = "table",
      description = "Output: table (readable, default), json (one document) or jsonl (one line per input line).")
  Format format;

  @Option(
      names = "--all",
      description = "List compliant records too (table).")
  boolean all;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show (or with --no-progress never show) a progress bar on standard error. Default: shown on a terminal for large inputs or after a second.")
  Boolean progress;

  @Override
  public Integer call() throws IOException {
    ShangliangCommand root = ShangliangCommand.root(spec);
    CliContext context = root.context();
    Lang lang = root.lang();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new CliFailure("--threads: must be at least 1, was " + workers);
    }
    long inputBytes = 0;
    for (RecordInputs.Source source : inputs.sources()) {
      if (!source.isStandardInput()) {
        inputBytes += Files.size(source.file());
      }
    }
    Validator validator = model.validator();
    Instant at = model.at(context);
    DeliberationJson json = model.recordReader();
    Output output = new Output(lang, model.profile().zone(), model.jurisdiction().orElse(null), json);
    Counts counts = new Counts();
    Progress bar = new Progress(context, lang, progress, inputBytes);
    Writer out = new BufferedWriter(new OutputStreamWriter(context.out(), Cli.ENCODING), 1 << 16);
    if (format == Format.JSON) {
      out.write("{\"results\": [\n");
    }
    boolean[] first = {true};
    int[] sinceCheck = {0};
    RecordInputs.Tally tally;
    try {
      tally =
          inputs.forEachInOrder(
              context,
              json,
              workers,
              record -> output.verdict(format, all, record, validator.validate(record, at)),
              (item, verdict) -> {
                bar.line();
                String text = output.text(format, item, verdict);
                counts.add(verdict, text);
                write(out, text, first);
                // now and then: stop reading once nobody takes the output (piped into head, say)
                if (!text.isEmpty() && ++sinceCheck[0] == CHECK_EVERY) {
                  sinceCheck[0] = 0;
                  flush(out);
                  StandardOutput.ensureWritable(context.out());
                }
              });
    } finally {
      bar.clear();
    }
    Summary summary = new Summary(tally, counts);
    switch (format) {
      case TABLE -> out.write((counts.listed ? "\n" : "") + summary.table(lang));
      case JSONL -> out.write(summary.json() + "\n");
      case JSON -> out.write((first[0] ? "" : "\n") + "],\n\"summary\": " + summary.json() + "}\n");
    }
    out.flush();
    StandardOutput.ensureWritable(context.out());
    if (tally.errors() > 0) {
      return ExitCodes.BAD_INPUT;
    }
    return counts.withViolations > 0 ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }

  private static void flush(Writer out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Writer out, String text, boolean[] first) {
    if (text.isEmpty()) {
      return;
    }
    try {
      if (format == Format.JSON && !first[0]) {
        out.write(",\n");
      }
      first[0] = false;
      out.write(text);
      if (format != Format.JSON) {
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A record's verdict and what is written for it, made on a worker thread.
   *
   * @param id the record's id
   * @param report the report
   * @param lines for the table: each violation's line after the location (or one "compliant" line),
   *     null when the record is not listed; for JSON: null
   * @param reportJson for JSON: the report document with messages; else null
   */
  record Verdict(String id, ValidationReport report, String[] lines, String reportJson) {}

  /** Turns verdicts and bad lines into text; thread-safe. */
  static final class Output {
    private final Lang lang;
    private final ZoneId zone;
    private final Jurisdiction jurisdiction;
    private final DeliberationJson json;
    private final DocumentKind<ValidationReport> reportKind;

    Output(Lang lang, ZoneId zone, Jurisdiction jurisdiction, DeliberationJson json) {
      this.lang = lang;
      this.zone = zone;
      this.jurisdiction = jurisdiction;
      this.json = json;
      this.reportKind =
          DocumentKind.reportWithMessages(
              Messages.builtIn(),
              zone,
              jurisdiction == null ? Jurisdiction.of() : jurisdiction,
              Locale.SIMPLIFIED_CHINESE,
              Locale.ENGLISH);
    }

    Verdict verdict(Format format, boolean all, Deliberation record, ValidationReport report) {
      String id = record.id().value();
      if (format != Format.TABLE) {
        return new Verdict(id, report, null, json.write(reportKind, report));
      }
      if (report.isClean()) {
        return new Verdict(id, report, all ? new String[] {id + "  " + lang.pick("合规", "compliant")} : null, null);
      }
      String[] lines = new String[report.violations().size()];
      for (int i = 0; i < lines.length; i++) {
        Violation v = report.violations().get(i);
        String message =
            jurisdiction == null
                ? Messages.render(v, lang.locale(), zone)
                : Messages.render(v, lang.locale(), zone, jurisdiction);
        lines[i] =
            id + "  " + severity(v.severity()) + "  " + v.code().value() + "  " + v.path() + "  "
                + TextTable.oneLine(message);
      }
      return new Verdict(id, report, lines, null);
    }

    private String severity(Severity severity) {
      return Summary.severityName(lang, severity);
    }

    /** What is written for an item: table lines (line feeds between), a JSON object, or nothing. */
    String text(Format format, InputItem item, Verdict verdict) {
      if (format == Format.TABLE) {
        if (verdict == null) {
          return item.location() + "  " + lang.pick("无法读取", "unreadable") + "  "
              + pointer(item) + "  " + TextTable.oneLine(item.fault());
        }
        if (verdict.lines() == null) {
          return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : verdict.lines()) {
          text.append(text.length() == 0 ? "" : "\n").append(item.location()).append("  ").append(line);
        }
        return text.toString();
      }
      return object(
          g -> {
            g.writeStringField("type", verdict == null ? "badLine" : "record");
            g.writeStringField("location", item.location());
            g.writeStringField("file", item.source());
            g.writeNumberField("line", item.line());
            if (verdict == null) {
              g.writeStringField("pointer", pointer(item));
              g.writeStringField("fault", item.fault());
            } else {
              g.writeStringField("id", verdict.id());
              g.writeBooleanField("compliant", verdict.report().isCompliant());
              g.writeFieldName("report");
              g.writeRawValue(verdict.reportJson());
            }
          });
    }

    private static String pointer(InputItem item) {
      return item.pointer().isEmpty() ? "/" : item.pointer();
    }
  }

  /** Writes fields of one JSON object. */
  interface Fields {
    void write(JsonGenerator generator) throws IOException;
  }

  /** One compact JSON object. */
  static String object(Fields fields) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.writeStartObject();
      fields.write(generator);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The counts kept while streaming. */
  static final class Counts {
    long compliant;
    long nonCompliant;
    long withViolations;
    boolean listed;
    /** Per rule code, the number of violations of each severity (by ordinal). */
    final Map<String, long[]> byCode = new TreeMap<>();

    void add(Verdict verdict, String text) {
      listed |= !text.isEmpty();
      if (verdict == null) {
        return;
      }
      ValidationReport report = verdict.report();
      if (report.isCompliant()) {
        compliant++;
      } else {
        nonCompliant++;
      }
      if (!report.isClean()) {
        withViolations++;
      }
      for (Violation v : report.violations()) {
        byCode.computeIfAbsent(v.code().value(), c -> new long[Severity.values().length])[v.severity().ordinal()]++;
      }
    }
  }

  /**
   * The final counts.
   *
   * @param tally what was read
   * @param counts the verdicts
   */
  record Summary(RecordInputs.Tally tally, Counts counts) {

    String table(Lang lang) {
      TextTable totals =
          TextTable.of(lang.pick("合计", "total"), lang.pick("数量", "count"))
              .alignRight(1)
              .row(lang.pick("行", "lines"), tally.lines())
              .row(lang.pick("记录", "records"), tally.records())
              .row(lang.pick("合规", "compliant"), counts.compliant)
              .row(lang.pick("不合规", "non-compliant"), counts.nonCompliant)
              .row(lang.pick("无法读取的行", "bad lines"), tally.errors())
              .row(lang.pick("空行", "blank lines"), tally.blankLines());
      if (counts.byCode.isEmpty()) {
        return totals.render();
      }
      TextTable codes =
          TextTable.of(lang.pick("规则", "rule"), lang.pick("严重程度", "severity"), lang.pick("违规数", "violations"))
              .alignRight(2);
      for (Map.Entry<String, long[]> entry : counts.byCode.entrySet()) {
        for (Severity severity : Severity.values()) {
          long n = entry.getValue()[severity.ordinal()];
          if (n > 0) {
            codes.row(entry.getKey(), severityName(lang, severity), n);
          }
        }
      }
      return totals.render() + "\n" + codes.render();
    }

    static String severityName(Lang lang, Severity severity) {
      return switch (severity) {
        case ERROR -> lang.pick("错误", "error");
        case WARNING -> lang.pick("警告", "warning");
        case INFO -> lang.pick("提示", "info");
      };
    }

    String json() {
      return object(
          g -> {
            g.writeStringField("type", "summary");
            g.writeNumberField("lines", tally.lines());
            g.writeNumberField("records", tally.records());
            g.writeNumberField("compliant", counts.compliant);
            g.writeNumberField("nonCompliant", counts.nonCompliant);
            g.writeNumberField("badLines", tally.errors());
            g.writeNumberField("blankLines", tally.blankLines());
            g.writeArrayFieldStart("violations");
            for (Map.Entry<String, long[]> entry : counts.byCode.entrySet()) {
              for (Severity severity : Severity.values()) {
                long n = entry.getValue()[severity.ordinal()];
                if (n > 0) {
                  g.writeStartObject();
                  g.writeStringField("code", entry.getKey());
                  g.writeStringField("severity", severity.name().toLowerCase(Locale.ROOT));
                  g.writeNumberField("count", n);
                  g.writeEndObject();
                }
              }
            }
            g.writeEndArray();
          });
    }
  }
}
