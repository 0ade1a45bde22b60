package org.shangliang.deliberation.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.shangliang.deliberation.InvalidModelException;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DeliberationJsonException;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLine;
import org.shangliang.deliberation.json.JsonLines;
import org.shangliang.deliberation.process.Deliberation;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where records come from: files named on the command line, or standard input. A picocli mixin
 * shared by the commands that read records.
 *
 * <p>A file ending in {@code .json} holds one record document; any other file, and standard input,
 * holds JSON Lines, one record a line ({@code --input-format} overrides). Every file is checked before
 * anything is read: a missing one is a usage error. Reading, every line that is not blank ends in
 * exactly one {@link InputItem}, its record or its error (file, line, JSON pointer, fault), and the
 * reading goes on; blank lines are counted, not judged. A file that cannot be read part way through
 * is a usage failure naming it.
 */
final class RecordInputs {

  /** How a source is read. */
  enum Format {
    /** One record document. */
    JSON,
    /** JSON Lines: one record document a line. */
    JSONL
  }

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description =
          "Record files: a .json file holds one record, any other file JSON Lines (one record a"
              + " line). '-' or none: JSON Lines from standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--input-format",
      paramLabel = "json|jsonl",
      description =
          "How to read the inputs: json (one record a file) or jsonl (JSON Lines). Default: json for"
              + " files ending in .json, jsonl otherwise and for standard input.")
  Format format;

  /**
   * One input: a file or standard input.
   *
   * @param name how messages name it: the path as given, or {@code <stdin>}
   * @param file the file, or null for standard input
   * @param format how it is read
   */
  record Source(String name, Path file, Format format) {

    /** Whether this is standard input. */
    boolean isStandardInput() {
      return file == null;
    }
  }

  /**
   * The counts of what was read, over every source.
   *
   * @param lines lines read (for a .json file: 1), blank lines included
   * @param records records read and handed on
   * @param errors lines or documents that could not be read
   * @param blankLines blank lines, skipped
   */
  record Tally(long lines, long records, long errors, long blankLines) {

    Tally plus(Tally other) {
      return new Tally(
          lines + other.lines,
          records + other.records,
          errors + other.errors,
          blankLines + other.blankLines);
    }
  }

  /**
   * The sources, checked: every named file exists and is a readable regular file.
   *
   * @return the sources in command-line order; standard input when none is named
   * @throws CliFailure if a file is missing or unreadable, or standard input is named twice
   */
  List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    if (files.isEmpty()) {
      sources.add(new Source("<stdin>", null, format == null ? Format.JSONL : format));
      return sources;
    }
    boolean stdin = false;
    for (String name : files) {
      if ("-".equals(name)) {
        if (stdin) {
          throw new CliFailure("FILE: standard input ('-') can be read only once");
        }
        stdin = true;
        sources.add(new Source("<stdin>", null, format == null ? Format.JSONL : format));
        continue;
      }
      Path file = Path.of(name);
      if (!Files.exists(file)) {
        throw new CliFailure("FILE: cannot read " + name + ": no such file");
      }
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new CliFailure("FILE: cannot read " + name + ": not a readable file");
      }
      Format f = format;
      if (f == null) {
        f = name.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.JSONL;
      }
      sources.add(new Source(name, file, f));
    }
    return sources;
  }

  /**
   * Reads every source in order: {@code work} takes each record (on worker threads when {@code
   * threads} is more than one, concurrently and in no set order), {@code then} takes each item with
   * the result of its work, in input order, on the calling thread. For an item that is an error,
   * {@code work} is not called and {@code then} gets {@code null}.
   *
   * @param <R> the result of a record's work
   * @param context the context (standard input)
   * @param json the reader of records
   * @param threads how many worker threads read and work; 1 reads and works on the calling thread
   * @param work takes a record, returning its result; must be thread-safe
   * @param then takes each item and its result, in input order
   * @return the counts
   * @throws CliFailure if a source cannot be read
   */
  <R> Tally forEachInOrder(
      CliContext context,
      DeliberationJson json,
      int threads,
      Function<Deliberation, R> work,
      BiConsumer<InputItem, R> then) {
    List<Source> sources = sources();
    Tally tally = new Tally(0, 0, 0, 0);
    for (Source source : sources) {
      tally = tally.plus(read(context, json, threads, source, work, then));
    }
    return tally;
  }

  private static <R> Tally read(
      CliContext context,
      DeliberationJson json,
      int threads,
      Source source,
      Function<Deliberation, R> work,
      BiConsumer<InputItem, R> then) {
    try {
      if (source.format() == Format.JSON) {
        return readDocument(context, json, source, work, then);
      }
      JsonLines<Deliberation> lines = json.lines(DocumentKind.RECORD);
      Function<JsonLine<Deliberation>, R> lineWork = line -> line.isValue() ? work.apply(line.value()) : null;
      BiConsumer<JsonLine<Deliberation>, R> lineThen =
          (line, result) -> then.accept(InputItem.of(source.name(), line), result);
      JsonLines.Summary summary;
      if (threads <= 1) {
        java.util.function.Consumer<JsonLine<Deliberation>> inline =
            line -> lineThen.accept(line, lineWork.apply(line));
        summary =
            source.isStandardInput()
                ? lines.forEach(context.in(), inline)
                : lines.forEach(source.file(), inline);
      } else {
        summary =
            source.isStandardInput()
                ? lines.parallel(threads).forEachInOrder(context.in(), lineWork, lineThen)
                : lines.parallel(threads).forEachInOrder(source.file(), lineWork, lineThen);
      }
      return new Tally(summary.lines(), summary.values(), summary.errors(), summary.blankLines());
    } catch (UncheckedIOException e) {
      throw new CliFailure("FILE: cannot read " + source.name() + ": " + e.getCause().getMessage(), e);
    }
  }

  private static <R> Tally readDocument(
      CliContext context,
      DeliberationJson json,
      Source source,
      Function<Deliberation, R> work,
      BiConsumer<InputItem, R> then) {
    Deliberation record;
    try {
      if (source.isStandardInput()) {
        record = json.read(DocumentKind.RECORD, context.in());
      } else {
        record = json.read(DocumentKind.RECORD, source.file());
      }
    } catch (DeliberationJsonException e) {
      then.accept(InputItem.error(source.name(), Math.max(1, e.line()), e), null);
      return new Tally(1, 0, 1, 0);
    } catch (InvalidModelException e) {
      then.accept(InputItem.error(source.name(), 1, e), null);
      return new Tally(1, 0, 1, 0);
    }
    then.accept(InputItem.record(source.name(), 1, record), work.apply(record));
    return new Tally(1, 1, 0, 0);
  }

  /**
   * Reads every source into a list, in input order, on the calling thread.
   *
   * @param context the context
   * @param json the reader of records
   * @return the items and the counts
   */
  Read readAll(CliContext context, DeliberationJson json) {
    List<InputItem> items = new ArrayList<>();
    Tally tally = forEachInOrder(context, json, 1, record -> null, (item, ignored) -> items.add(item));
    return new Read(List.copyOf(items), tally);
  }

  /**
   * Every item read and the counts.
   *
   * @param items the items in input order
   * @param tally the counts
   */
  record Read(List<InputItem> items, Tally tally) {}
}
