package org.shangliang.deliberation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.outcome.Escalation;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.validation.ValidationReport;
import org.shangliang.deliberation.validation.Violation;

/**
 * A record with its lists shuffled — meetings, steps, supervision, escalations and each one's
 * follow-ups, revisits, appraisals, reopenings, risk assessments and the outcome's progress reports;
 * the events keep their order — and the way back from a path in the shuffled record to the same
 * element's path in the original.
 */
final class RecordShuffle {
  /** The lists whose elements a violation path may name by index. */
  static final List<String> INDEXED_LISTS =
      List.of(
          "meetings",
          "steps",
          "supervision",
          "escalations",
          "revisits",
          "appraisals",
          "reopenings",
          "partyActs",
          "riskAssessments");

  /** The key of the outcome's progress reports in {@link #from}; paths name them under "outcome". */
  static final String PROGRESS_REPORTS = "outcome.progressReports";

  final Deliberation original;
  final Deliberation shuffled;
  /** Per list: at each position of the shuffled list, the element's position in the original. */
  final Map<String, int[]> from = new HashMap<>();

  RecordShuffle(Deliberation original, Random random) {
    this.original = original;
    Deliberation.Builder copy =
        new Deliberation.Builder()
            .id(original.id())
            .topic(original.topic())
            .parties(original.parties())
            .deliberatingUnit(original.deliberatingUnit())
            .admission(original.admission())
            .plannedMeetingDate(original.plannedMeetingDate())
            .hotlineCase(original.hotlineCase())
            .addAllEvents(original.events());
    copy.addAllMeetings(shuffle("meetings", original.meetings(), random));
    copy.addAllSteps(shuffle("steps", original.steps(), random));
    copy.addAllSupervision(shuffle("supervision", original.supervision(), random));
    List<Escalation> escalations = new ArrayList<>();
    for (Escalation e : shuffle("escalations", original.escalations(), random)) {
      escalations.add(
          new Escalation.Builder()
              .fromUnit(e.fromUnit())
              .toUnit(e.toUnit())
              .reason(e.reason())
              .escalatedAt(e.escalatedAt())
              .deadline(e.deadline())
              .follower(e.follower())
              .addAllFollowUps(shuffle(null, e.followUps(), random))
              .resolvedAt(e.resolvedAt())
              .build());
    }
    copy.addAllEscalations(escalations);
    copy.addAllRevisits(shuffle("revisits", original.revisits(), random));
    copy.addAllAppraisals(shuffle("appraisals", original.appraisals(), random));
    copy.addAllReopenings(shuffle("reopenings", original.reopenings(), random));
    copy.addAllPartyActs(shuffle("partyActs", original.partyActs(), random));
    copy.addAllRiskAssessments(shuffle("riskAssessments", original.riskAssessments(), random));
    if (original.outcome().isPresent()) {
      OutcomeRecord o = original.outcome().get();
      copy.outcome(
          new OutcomeRecord.Builder()
              .kind(o.kind())
              .facts(o.facts())
              .classifiedAt(o.classifiedAt())
              .addAllDuties(o.duties())
              .addAllProgressReports(shuffle(PROGRESS_REPORTS, o.progressReports(), random))
              .residentsNotice(o.residentsNotice())
              .takeUpAgainOn(o.takeUpAgainOn())
              .proposedSolution(o.proposedSolution())
              .solvedAt(o.solvedAt())
              .build());
    }
    this.shuffled = copy.build();
  }

  private <T> List<T> shuffle(String list, List<T> values, Random random) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, random);
    List<T> result = new ArrayList<>();
    int[] back = new int[values.size()];
    for (int j = 0; j < positions.size(); j++) {
      result.add(values.get(positions.get(j)));
      back[j] = positions.get(j);
    }
    if (list != null) {
      from.put(list, back);
    }
    return result;
  }

  /** The path, in the original record, of what a path of the shuffled record names. */
  Path toOriginal(Path path) {
    List<Object> segments = path.segments();
    if (segments.size() > 2
        && "outcome".equals(segments.get(0))
        && "progressReports".equals(segments.get(1))
        && segments.get(2) instanceof Integer
        && from.containsKey(PROGRESS_REPORTS)) {
      Path mapped =
          Path.of("outcome", "progressReports").index(from.get(PROGRESS_REPORTS)[(Integer) segments.get(2)]);
      for (Object segment : segments.subList(3, segments.size())) {
        mapped = segment instanceof Integer ? mapped.index((Integer) segment) : mapped.child((String) segment);
      }
      return mapped;
    }
    if (segments.size() < 2 || !(segments.get(1) instanceof Integer) || !from.containsKey(segments.get(0))) {
      return path;
    }
    Path mapped = Path.of((String) segments.get(0)).index(from.get(segments.get(0))[(Integer) segments.get(1)]);
    for (Object segment : segments.subList(2, segments.size())) {
      mapped = segment instanceof Integer ? mapped.index((Integer) segment) : mapped.child((String) segment);
    }
    return mapped;
  }

  /** A violation as text, its path as given. */
  static String describe(Violation v, Path path) {
    return v.severity() + " " + v.code() + " at " + path + " " + v.args();
  }

  /** The original's violations as text. */
  static List<String> describe(ValidationReport report) {
    List<String> text = new ArrayList<>();
    for (Violation v : report.violations()) {
      text.add(describe(v, v.path()));
    }
    return text;
  }

  /** The shuffled record's violations as text, each path taken back to the original's element. */
  List<String> describeInOriginal(ValidationReport report) {
    List<String> text = new ArrayList<>();
    for (Violation v : report.violations()) {
      text.add(describe(v, toOriginal(v.path())));
    }
    return text;
  }
}
