package org.shangliang.deliberation.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.shangliang.deliberation.json.DeliberationJson;
import org.shangliang.deliberation.json.DocumentKind;
import org.shangliang.deliberation.json.JsonLinesWriter;
import org.shangliang.deliberation.party.HouseholdLink;
import org.shangliang.deliberation.party.HouseholdLinks;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.testkit.Generators;
import org.shangliang.deliberation.testkit.Scenario;
import org.shangliang.deliberation.testkit.ScenarioGen;
import org.shangliang.deliberation.testkit.Scenarios;
import org.shangliang.deliberation.tier.HolidayCalendar;
import org.shangliang.deliberation.unit.Jurisdiction;
import org.shangliang.deliberation.validation.RuleCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shangliang generate}: test data for other systems. Records of the testkit's generated
 * scenarios of a profile, valid or each breaking one named rule, as JSON Lines (one record document a
 * line), all over one unit tree and one work calendar, so that {@code validate --units --calendar}
 * judges them all against the same world. The tree is the one given ({@code --units}) or a
 * province-like tree the testkit builds from the seed ({@code --tree-units}); the calendar is the one
 * given ({@code --calendar}) or every Monday to Friday, as in {@code validate}.
 *
 * <p>Record {@code i} (from 0) is the scenario of the {@code i}-th number drawn from a {@link
 * SplittableRandom} seeded with {@code --seed}, made by the {@code i mod k}-th of the {@code k}
 * generators (the valid one, or one per {@code --breaking} code): the same options give the same
 * bytes, on any number of threads. It streams: a batch of scenarios is in memory at a time.
 *
 * <p>Each scenario is compliant (or breaks exactly its rule) at its own instant; those instants
 * differ between records, and the range is printed on standard error. Judged at one later instant,
 * a valid record's open duties may be overdue.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generate records of a profile as JSON Lines (test data), valid or breaking named rules.",
      "With --breaking, each record breaks one named rule, the codes in turn. One unit tree and one"
          + " work calendar for all, written with --units-out and --calendar-out. Same options, same"
          + " output."
    })
final class GenerateCommand implements Callable<Integer> {

  /** The unit tree's size without {@code --units} or {@code --tree-units}. */
  static final int DEFAULT_TREE_UNITS = 1000;

  /** How many scenarios are made before they are written, in order. */
  private static final int BATCH = 512;

  /** The calendar without {@code --calendar}: every Monday to Friday, as {@code validate} assumes. */
  private static final HolidayCalendar WEEKDAYS = HolidayCalendar.of(Set.of(), Set.of());

  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "PROFILE",
      defaultValue = "jinan",
      description = "A built-in profile or a profile file (JSON). Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "100", description = "How many records. Default: ${DEFAULT-VALUE}.")
  long count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--breaking",
      paramLabel = "CODE",
      description = "Records breaking this rule; repeatable: the records take the codes in turn. Default: valid records.")
  List<String> breaking = new ArrayList<>();

  @Option(
      names = "--size",
      paramLabel = "N",
      defaultValue = "" + ScenarioGen.DEFAULT_SIZE,
      description = "How large each scenario is (parties, meetings, ballots). Default: ${DEFAULT-VALUE}.")
  int size;

  @Option(
      names = {"-u", "--units"},
      paramLabel = "FILE",
      description = "Generate over this unit tree (JSON). Default: a province-like tree made from the seed.")
  Path units;

  @Option(
      names = "--tree-units",
      paramLabel = "N",
      description = "Without --units: how many units the made tree has (6 or more). Default: " + DEFAULT_TREE_UNITS + ".")
  Integer treeUnits;

  @Option(
      names = {"-c", "--calendar"},
      paramLabel = "FILE",
      description = "Generate over this work calendar (JSON). Default: every Monday to Friday.")
  Path calendar;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads that generate (the output is the same on any number). Default: the number of processors.")
  Integer threads;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the records here. Default: standard output.")
  Path out;

  @Option(names = "--units-out", paramLabel = "FILE", description = "Write the unit tree here (for validate --units).")
  Path unitsOut;

  @Option(names = "--calendar-out", paramLabel = "FILE", description = "Write the work calendar here (for validate --calendar).")
  Path calendarOut;

  @Option(
      names = "--links-out",
      paramLabel = "FILE",
      description = "Write the household links here (for validate --household-links).")
  Path linksOut;

  @Override
  public Integer call() {
    ShangliangCommand root = ShangliangCommand.root(spec);
    CliContext context = root.context();
    if (count < 0) {
      throw new CliFailure("--count: must be 0 or more, was " + count);
    }
    if (size < 1) {
      throw new CliFailure("--size: must be 1 or more, was " + size);
    }
    if (units != null && treeUnits != null) {
      throw new CliFailure("--tree-units: only without --units (the tree given has its own units)");
    }
    Profile p = ModelOptions.profile("--profile", profile);
    DeliberationJson json = ModelOptions.MODEL_FILES;
    Jurisdiction tree = tree(json);
    HolidayCalendar days =
        calendar == null ? WEEKDAYS : ModelOptions.read("--calendar", calendar, DocumentKind.CALENDAR, json);
    List<ScenarioGen> generators = generators(p, tree, days);
    if (linksOut != null && p.linkedMembersRequired() && count > 1) {
      throw new CliFailure(
          "--links-out: profile " + p.id() + " requires linked party members, and generated records reuse"
              + " party ids (party-member-1 …) with links of their own: one links file cannot serve "
              + count + " records; generate them one at a time (--count 1, each seed) to get their links");
    }
    writeDocument("--units-out", unitsOut, json.writePretty(DocumentKind.JURISDICTION, tree));
    writeDocument("--calendar-out", calendarOut, json.writePretty(DocumentKind.CALENDAR, days));

    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new CliFailure("--threads: must be at least 1, was " + workers);
    }
    SplittableRandom seeds = new SplittableRandom(seed);
    Instant first = null;
    Instant last = null;
    Map<String, HouseholdLink> links = new LinkedHashMap<>();
    OutputStream stream = out == null ? new BufferedOutputStream(context.out(), 1 << 16) : null;
    ForkJoinPool pool = workers > 1 ? new ForkJoinPool(workers) : null;
    try (JsonLinesWriter<Deliberation> writer = writer(json, stream)) {
      // a batch at a time: its seeds drawn in order, its scenarios made on the workers, written in order
      Scenario[] batch = new Scenario[(int) Math.min(BATCH, Math.max(1, count))];
      long[] batchSeeds = new long[batch.length];
      for (long done = 0; done < count; ) {
        int n = (int) Math.min(batch.length, count - done);
        for (int j = 0; j < n; j++) {
          batchSeeds[j] = seeds.nextLong();
        }
        long offset = done;
        IntConsumer make =
            j -> batch[j] = generators.get((int) ((offset + j) % generators.size())).generate(batchSeeds[j], size);
        if (pool == null) {
          IntStream.range(0, n).forEach(make);
        } else {
          pool.submit(() -> IntStream.range(0, n).parallel().forEach(make)).join();
        }
        for (int j = 0; j < n; j++) {
          Scenario scenario = batch[j];
          batch[j] = null;
          writer.write(scenario.record());
          Instant at = scenario.at();
          first = first == null || at.isBefore(first) ? at : first;
          last = last == null || at.isAfter(last) ? at : last;
          for (HouseholdLink link : scenario.householdLinks().links()) {
            HouseholdLink before = links.putIfAbsent(link.member().value(), link);
            if (linksOut != null && before != null && !before.equals(link)) {
              throw new CliFailure("--links-out: records link " + link.member().value()
                  + " to different units; one links file cannot serve them (generate them one at a time)");
            }
          }
        }
        done += n;
        if (stream != null) {
          // stop making records once nobody takes them (piped into head, say)
          writer.flush();
          stream.flush();
          StandardOutput.ensureWritable(context.out());
        }
      }
      writer.flush();
      if (stream != null) {
        stream.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new CliFailure("--out: cannot write " + (out == null ? "standard output" : out) + ": "
          + (e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage()), e);
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    writeDocument("--links-out", linksOut, json.writePretty(DocumentKind.HOUSEHOLD_LINKS, HouseholdLinks.of(links.values())));
    context.err().println(summary(root.lang(), p, tree, first, last));
    context.err().flush();
    return ExitCodes.OK;
  }

  private Jurisdiction tree(DeliberationJson json) {
    if (units != null) {
      return ModelOptions.read("--units", units, DocumentKind.JURISDICTION, json);
    }
    int n = treeUnits == null ? DEFAULT_TREE_UNITS : treeUnits;
    try {
      return Generators.province(seed, n);
    } catch (IllegalArgumentException e) {
      throw new CliFailure("--tree-units: " + e.getMessage(), e);
    }
  }

  private List<ScenarioGen> generators(Profile p, Jurisdiction tree, HolidayCalendar days) {
    List<ScenarioGen> generators = new ArrayList<>();
    if (breaking.isEmpty()) {
      generators.add(over(Scenarios.valid(p), tree, days));
      return generators;
    }
    for (String text : breaking) {
      RuleCode code =
          RuleCatalogue.find(text)
              .map(RuleCatalogue.Entry::code)
              .orElseThrow(
                  () ->
                      new CliFailure("--breaking: no rule has the code '" + text + "'; nearest: "
                          + String.join(", ", RuleCatalogue.nearest(text))));
      if (!Scenarios.canBreak(p, code)) {
        throw new CliFailure("--breaking: records of profile " + p.id() + " cannot break " + text + ": "
            + Scenarios.whyNotBreakable(p, code).orElse("the testkit has no way to break it"));
      }
      if (!Scenarios.canBreakOver(p, code)) {
        throw new CliFailure("--breaking: " + text + " is broken only by changing the unit tree, and all"
            + " records share one tree");
      }
      generators.add(over(Scenarios.breaking(p, code), tree, days));
    }
    return generators;
  }

  private ScenarioGen over(ScenarioGen generator, Jurisdiction tree, HolidayCalendar days) {
    try {
      return generator.over(tree, days);
    } catch (IllegalArgumentException e) {
      throw new CliFailure((units == null ? "--tree-units: " : "--units: ") + e.getMessage(), e);
    }
  }

  private JsonLinesWriter<Deliberation> writer(DeliberationJson json, OutputStream stream) {
    try {
      return stream != null
          ? json.lines(DocumentKind.RECORD).writer(stream)
          : json.lines(DocumentKind.RECORD).writer(out);
    } catch (UncheckedIOException e) {
      throw new CliFailure("--out: cannot write " + out + ": " + e.getCause().getMessage(), e);
    }
  }

  private static void writeDocument(String option, Path file, String text) {
    if (file == null) {
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(option + ": cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private String summary(Lang lang, Profile p, Jurisdiction tree, Instant first, Instant last) {
    String codes = String.join(", ", breaking);
    String zh =
        "已生成 " + count + " 条记录（规程 " + p.id() + "，种子 " + seed + "，规模 " + size + "），共用一棵 "
            + tree.units().size() + " 个单位的单位树："
            + (breaking.isEmpty() ? "均合规" : "每条违反一条规则（" + codes + " 轮流）")
            + (first == null ? "" : "，各以其自身时刻为准，时刻从 " + first + " 到 " + last);
    String en =
        count + (count == 1 ? " record" : " records") + " of profile " + p.id() + " (seed " + seed + ", size " + size + ") over a unit tree of "
            + tree.units().size() + " units: "
            + (breaking.isEmpty() ? "valid, each compliant" : "each breaking its rule (" + codes + " in turn)")
            + (first == null ? "" : " at its own instant, from " + first + " to " + last);
    return lang.pick(zh, en);
  }
}
