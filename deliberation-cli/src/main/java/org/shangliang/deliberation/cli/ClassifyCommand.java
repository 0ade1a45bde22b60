package org.shangliang.deliberation.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonGenerator;
import org.shangliang.deliberation.LocalizedText;
import org.shangliang.deliberation.outcome.Classification;
import org.shangliang.deliberation.outcome.OutcomeClassifier;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.process.Deliberation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code shangliang classify}: the outcome kind (即办/搁置/承诺/建议) each record's facts classify to,
 * with the facts that decided it ({@link OutcomeClassifier#classify}), and the kind the record itself
 * states where they differ. Records are listed in input order; a record without an outcome says so.
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Classify each record's outcome (即办件/搁置件/承诺件/建议件) from its facts and explain why.",
      "Unreadable lines are listed on standard error and counted; they make the exit code 3."
    })
final class ClassifyCommand implements Callable<Integer> {

  @Mixin RecordSource source;

  @Mixin TableOrJson output;

  /** One record's classification: empty when the record has no outcome yet. */
  record Row(Deliberation record, Optional<Classification> classification) {

    Optional<OutcomeKind> stated() {
      return record.outcome().map(OutcomeRecord::kind);
    }

    boolean differs() {
      return classification.isPresent() && stated().orElseThrow() != classification.get().kind();
    }
  }

  @Override
  public Integer call() {
    CliContext context = source.context();
    Lang lang = source.lang();
    BadLines read = source.read();
    List<Row> rows = new ArrayList<>();
    for (Deliberation record : read.records()) {
      rows.add(new Row(record, record.outcome().map(o -> OutcomeClassifier.classify(o.facts()))));
    }
    context.out().print(output.json() ? json(rows) : table(rows, lang));
    context.out().flush();
    long classified = rows.stream().filter(r -> r.classification().isPresent()).count();
    long differing = rows.stream().filter(Row::differs).count();
    context.err().println(
        read.summary(
            lang,
            lang.pick(
                "已分类 " + classified + " 条，记录所载类别与事实不符 " + differing + " 条",
                classified + " classified, " + differing + " stating another kind than their facts")));
    return read.exitCode();
  }

  /** The explanation: the reasons, in the order the classifier weighed them, joined. */
  static String explanation(Classification classification, Locale locale) {
    List<String> reasons = new ArrayList<>();
    for (LocalizedText reason : classification.reasons()) {
      reasons.add(reason.in(locale));
    }
    return String.join(Lang.of(locale).pick("；", "; "), reasons);
  }

  private static String table(List<Row> rows, Lang lang) {
    Locale locale = lang.locale();
    TextTable table =
        TextTable.of(
            lang.pick("记录", "record"),
            lang.pick("类别", "kind"),
            lang.pick("记录所载", "stated"),
            lang.pick("依据", "because"));
    for (Row row : rows) {
      if (row.classification().isEmpty()) {
        table.row(row.record().id().value(), lang.pick("（尚无结果）", "(no outcome yet)"), "", "");
        continue;
      }
      Classification c = row.classification().get();
      table.row(
          row.record().id().value(),
          c.kind().label(locale),
          row.differs() ? row.stated().orElseThrow().label(locale) : lang.pick("同", "same"),
          explanation(c, locale));
    }
    return table.render();
  }

  /**
   * The JSON output: {@code {"records": [{"record", "kind", "stated", "label": {"zh-CN", "en"},
   * "reasons": [{"zh-CN", "en"}]}]}}; {@code kind} and {@code stated} are null for a record without an
   * outcome.
   */
  private static String json(List<Row> rows) {
    return JsonText.of(
        g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("records");
      for (Row row : rows) {
        g.writeStartObject();
        g.writeStringField("record", row.record().id().value());
        Optional<Classification> c = row.classification();
        g.writeStringField("kind", c.map(x -> name(x.kind())).orElse(null));
        g.writeStringField("stated", row.stated().map(ClassifyCommand::name).orElse(null));
        if (c.isPresent()) {
          g.writeFieldName("label");
          localized(g, c.get().kind().label());
          g.writeArrayFieldStart("reasons");
          for (LocalizedText reason : c.get().reasons()) {
            localized(g, reason);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
        });
  }

  private static String name(OutcomeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static void localized(JsonGenerator g, LocalizedText text) throws IOException {
    g.writeStartObject();
    g.writeStringField("zh-CN", text.in(Locale.SIMPLIFIED_CHINESE));
    g.writeStringField("en", text.in(Locale.ENGLISH));
    g.writeEndObject();
  }
}
