package org.shangliang.deliberation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.shangliang.deliberation.process.Deliberation;

/**
 * The records read by a command that reports on records, and the lines that could not be read. Each
 * unreadable line is listed on standard error as {@code file:line: at /pointer: fault} when it is
 * met; {@link #summary} gives the counts and {@link #exitCode()} is {@link ExitCodes#BAD_INPUT} when
 * any line could not be read, {@link ExitCodes#OK} otherwise. Nothing is dropped silently.
 */
final class BadLines {

  private final List<Deliberation> records;
  private final RecordInputs.Tally tally;

  private BadLines(List<Deliberation> records, RecordInputs.Tally tally) {
    this.records = List.copyOf(records);
    this.tally = tally;
  }

  /**
   * Reads every input, listing each unreadable line on standard error.
   *
   * @param inputs the inputs
   * @param context the context
   * @param model the model options (the profile's reader of records)
   * @return the records read, in input order, and the counts
   */
  static BadLines read(RecordInputs inputs, CliContext context, ModelOptions model) {
    List<Deliberation> records = new ArrayList<>();
    Consumer<InputItem> take =
        item -> {
          if (item.isRecord()) {
            records.add(item.record().orElseThrow());
          } else {
            context.err().println(item.describeError());
          }
        };
    RecordInputs.Tally tally =
        inputs.forEachInOrder(context, model.recordReader(), 1, r -> null, (item, none) -> take.accept(item));
    return new BadLines(records, tally);
  }

  /** The records read, in input order. */
  List<Deliberation> records() {
    return records;
  }

  /** The counts. */
  RecordInputs.Tally tally() {
    return tally;
  }

  /**
   * The summary line: records read and lines that could not be read.
   *
   * @param lang the language
   * @param what what was found, already in the language (e.g. "12 obligations")
   * @return the line
   */
  String summary(Lang lang, String what) {
    return lang.pick(
        "读取记录 " + tally.records() + " 条，无法读取 " + tally.errors() + " 行；" + what,
        tally.records() + " records read, " + tally.errors() + " lines unreadable; " + what);
  }

  /**
   * The exit code: bad input when a line could not be read.
   *
   * @return {@link ExitCodes#BAD_INPUT} or {@link ExitCodes#OK}
   */
  int exitCode() {
    return tally.errors() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }
}
