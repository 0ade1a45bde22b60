package org.shangliang.deliberation.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.Obligations;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.Messages;
import org.shangliang.deliberation.validation.Obligation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shangliang obligations}: what the records still owe at an instant — each open duty with its
 * rule, due instant and message, due or overdue — as a table, a JSON document or an iCalendar file.
 * Obligations are listed by due instant, then record id, rule code and path (a total order).
 */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "List what the records still owe at --at: each open duty, due or overdue, by due instant.",
      "Unreadable lines are listed on standard error and counted; they make the exit code 3."
    })
final class ObligationsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    /** A table for people. */
    TABLE,
    /** A JSON document: the obligations document of each record, with messages. */
    JSON,
    /** An iCalendar file: one event per obligation. */
    ICS
  }

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,6})([dhm])");

  @Mixin RecordSource source;

  @Option(
      names = "--format",
      paramLabel = "table|json|ics",
      defaultValue = "table",
      description = "Output: table, json or ics (iCalendar). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--overdue", description = "Only the overdue obligations.")
  boolean overdueOnly;

  @Option(
      names = "--within",
      paramLabel = "DURATION",
      description =
          "Only obligations due by --at plus this long (overdue ones included): 7d, 48h, 30m or"
              + " ISO-8601 (P7D, PT48H).")
  String within;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the output to this file instead of standard output.")
  Path out;

  /** One obligation of one record. */
  record Entry(Deliberation record, Obligation obligation) {}

  /** The order of the listing: due instant, record id, rule code, path. */
  static final Comparator<Entry> ORDER =
      Comparator.<Entry, Instant>comparing(e -> e.obligation().dueAt())
          .thenComparing(e -> e.record().id().value())
          .thenComparing(e -> e.obligation().code().value())
          .thenComparing(e -> e.obligation().path().toJsonPointer());

  @Override
  public Integer call() {
    CliContext context = source.context();
    Lang lang = source.lang();
    Instant at = source.model().at(context);
    Optional<Instant> until = Optional.ofNullable(within).map(w -> at.plus(duration(w)));
    Obligations obligations = Obligations.of(source.model().profile());
    BadLines read = source.read();

    List<Entry> entries = new ArrayList<>();
    for (Deliberation record : read.records()) {
      for (Obligation obligation : obligations.at(record, at)) {
        boolean kept =
            (!overdueOnly || obligation.overdue())
                && until.map(u -> !obligation.dueAt().isAfter(u)).orElse(true);
        if (kept) {
          entries.add(new Entry(record, obligation));
        }
      }
    }
    entries.sort(ORDER);

    byte[] output =
        switch (format) {
          case TABLE -> table(entries, lang).getBytes(StandardCharsets.UTF_8);
          case JSON -> json(entries, at).getBytes(StandardCharsets.UTF_8);
          case ICS -> ics(entries, lang, at);
        };
    write(output, context);
    long overdue = entries.stream().filter(e -> e.obligation().overdue()).count();
    context.err().println(
        read.summary(
            lang,
            lang.pick(
                "待办 " + entries.size() + " 项，其中逾期 " + overdue + " 项",
                entries.size() + " obligations, " + overdue + " overdue")));
    return read.exitCode();
  }

  private void write(byte[] output, CliContext context) {
    if (out == null) {
      context.out().write(output, 0, output.length);
      context.out().flush();
      return;
    }
    try {
      Files.write(out, output);
    } catch (IOException e) {
      throw new CliFailure("--out: cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code --within}: {@code 7d}, {@code 48h}, {@code 30m} or an ISO-8601 duration.
   *
   * @param text the text
   * @return the duration, not negative
   */
  static Duration duration(String text) {
    Matcher m = SHORT_DURATION.matcher(text);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
          };
    } else {
      try {
        d = Duration.parse(text);
      } catch (DateTimeException e) {
        throw new CliFailure(
            "--within: '" + text + "' is not a duration (7d, 48h, 30m, P7D, PT48H)", e);
      }
    }
    if (d.isNegative()) {
      throw new CliFailure("--within: '" + text + "' is negative; give a duration of zero or more");
    }
    return d;
  }

  private String message(Obligation obligation, Locale locale) {
    ZoneId zone = source.model().profile().zone();
    Optional<Jurisdiction> units = source.model().jurisdiction();
    return units.isPresent()
        ? Messages.render(obligation, locale, zone, units.get())
        : Messages.render(obligation, locale, zone);
  }

  private static String status(Obligation obligation, Lang lang) {
    return obligation.overdue() ? lang.pick("逾期", "overdue") : lang.pick("待办", "due");
  }

  private String table(List<Entry> entries, Lang lang) {
    ZoneId zone = source.model().profile().zone();
    TextTable table =
        TextTable.of(
            lang.pick("到期时间", "due") + " (" + zone.getId() + ")",
            lang.pick("状态", "status"),
            lang.pick("记录", "record"),
            lang.pick("规则", "rule"),
            lang.pick("事项", "message"));
    for (Entry e : entries) {
      table.row(
          LOCAL.format(e.obligation().dueAt().atZone(zone)),
          status(e.obligation(), lang),
          e.record().id().value(),
          e.obligation().code().value(),
          message(e.obligation(), lang.locale()));
    }
    return table.render();
  }

  /**
   * The JSON output: {@code {"at": …, "zone": …, "records": [{"record": id, "obligations": doc}]}},
   * one entry per record that owes something, in the order of its first obligation; {@code doc} is
   * deliberation-json's obligations document with messages in zh-CN and English.
   */
  private String json(List<Entry> entries, Instant at) {
    ZoneId zone = source.model().profile().zone();
    DocumentKind<List<Obligation>> kind =
        DocumentKind.obligationsWithMessages(
            Messages.builtIn(),
            zone,
            source.model().jurisdiction().orElse(Jurisdiction.of(List.of())),
            Locale.SIMPLIFIED_CHINESE,
            Locale.ENGLISH);
    DeliberationJson json = DeliberationJson.create();
    List<String> order = new ArrayList<>();
    java.util.Map<String, List<Obligation>> byRecord = new java.util.LinkedHashMap<>();
    for (Entry e : entries) {
      String id = e.record().id().value();
      if (!byRecord.containsKey(id)) {
        order.add(id);
      }
      byRecord.computeIfAbsent(id, k -> new ArrayList<>()).add(e.obligation());
    }
    return JsonText.of(
        g -> {
      g.writeStartObject();
      g.writeStringField("at", at.toString());
      g.writeStringField("zone", zone.getId());
      g.writeArrayFieldStart("records");
      for (String id : order) {
        g.writeStartObject();
        g.writeStringField("record", id);
        g.writeFieldName("obligations");
        g.writeRawValue(json.write(kind, byRecord.get(id)));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
        });
  }

  /**
   * The iCalendar output: one VEVENT per obligation (calendars show events from a subscription;
   * Google Calendar and Outlook ignore VTODOs in one), starting at the due instant, stamped with
   * {@code --at}, with a UID derived from the record id, rule code and path, so the same obligation
   * keeps its UID from run to run.
   */
  private byte[] ics(List<Entry> entries, Lang lang, Instant at) {
    Calendar calendar =
        new Calendar()
            .add(new ProdId("-//Shangliang//shangliang obligations//EN"))
            .add(ImmutableVersion.VERSION_2_0)
            .add(ImmutableCalScale.GREGORIAN);
    for (Entry e : entries) {
      Obligation o = e.obligation();
      String recordId = e.record().id().value();
      VEvent event = new VEvent(o.dueAt(), message(o, lang.locale()));
      event.add(new Uid(uid(recordId, o)));
      // the constructor stamps the event with the clock; the stamp is --at, for repeatable output
      event.replace(new DtStamp(at));
      event.add(
          new Description(
              lang.pick("记录 ", "Record ")
                  + recordId
                  + lang.pick("，规则 ", ", rule ")
                  + o.code().value()
                  + lang.pick("，位置 ", ", at ")
                  + o.path().toJsonPointer()));
      event.add(new Categories(o.overdue() ? "overdue" : "due"));
      calendar.add(event);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      // ical4j's validation only logs; it is run in the tests. An empty calendar (nothing due) is
      // written as it is, though RFC 5545 asks for one component, so that a subscription stays readable.
      new CalendarOutputter(false).output(calendar, (OutputStream) bytes);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("the iCalendar output cannot be written: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * The UID of an obligation: the first 128 bits of SHA-256 over record id, rule code and path, in
   * hex, at {@code shangliang}.
   */
  static String uid(String recordId, Obligation obligation) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (recordId + "\n" + obligation.code().value() + "\n" + obligation.path().toJsonPointer())
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16) + "@shangliang";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
