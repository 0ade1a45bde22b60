package org.shangliang.deliberation.testkit.internal.breaking;

import static org.shangliang.deliberation.testkit.internal.Draw.pick;
import static org.shangliang.deliberation.testkit.internal.breaking.Edits.withOutcome;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.broken;
import static org.shangliang.deliberation.testkit.internal.breaking.Mutations.lacking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.shangliang.deliberation.meeting.Publicity;
import org.shangliang.deliberation.outcome.OutcomeKind;
import org.shangliang.deliberation.outcome.OutcomeRecord;
import org.shangliang.deliberation.process.Deliberation;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.ScenarioParts;
import org.shangliang.deliberation.testkit.Shape;
import org.shangliang.deliberation.testkit.internal.Draw;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Breakers of the rules that judge the notices to residents by when they were given: a committed
 * item's progress reports, a shelved matter's explanation and a solved recommendation's notice.
 */
final class NoticeBreakers {
  /** The most a late notice is moved past its due instant. */
  private static final Duration AT_MOST_LATE = Duration.ofDays(30);

  private NoticeBreakers() {}

  /**
   * One breaker per notice-timing rule, in the order of the rules table.
   *
   * @return the breakers
   */
  static List<Breaker> all() {
    return List.of(
        shelvedExplanationMissing(),
        recommendationResidentsNotTold(),
        committedProgressLate(),
        shelvedExplanationLate(),
        recommendationToldBeforeSolved(),
        recommendationResidentsToldLate());
  }

  /**
   * Where the instant judged is past the explanation window (or the profile sets none), drops the
   * notice that explains the shelving, or moves it before the shelving, where it explains nothing.
   */
  private static Breaker shelvedExplanationMissing() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_EXPLANATION_MISSING;
    return Breaker.of(
        code,
        p -> Shape.any().withOutcome(OutcomeKind.SHELVED),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          Optional<Duration> window = valid.profile().shelvedExplanationWindow();
          if (window.isPresent() && !valid.at().isAfter(outcome.classifiedAt().plus(window.get()))) {
            return Optional.empty();
          }
          if (random.nextBoolean()) {
            return broken(valid, withoutNotice(valid), code);
          }
          Instant before =
              outcome.classifiedAt().minus(Draw.between(random, Duration.ofSeconds(1), Duration.ofDays(3)));
          return broken(valid, withNotice(valid, before), code);
        });
  }

  /**
   * Where the instant judged is past the notice window after the solution (or the profile sets none),
   * drops the notice that tells residents a recommendation was solved.
   */
  private static Breaker recommendationResidentsNotTold() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_NOT_TOLD;
    return Breaker.of(
        code,
        p -> Shape.any().withSolvedRecommendation(),
        (valid, random) -> {
          Instant solved = valid.record().outcome().orElseThrow().solvedAt().orElseThrow();
          Optional<Duration> window = valid.profile().recommendationNoticeWindow();
          if (window.isPresent() && !valid.at().isAfter(solved.plus(window.get()))) {
            return Optional.empty();
          }
          return broken(valid, withoutNotice(valid), code);
        });
  }

  /**
   * Delays one progress report of a committed item past the interval after the previous one (or the
   * classification), but not past the next report (or the end of the carrying-out), so that only its
   * own gap is too long.
   */
  private static Breaker committedProgressLate() {
    RuleCode code = RuleCodes.OUTCOME_COMMITTED_PROGRESS_LATE;
    return Breaker.of(
        code,
        p -> Shape.any().withProgressReports(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          Duration interval = valid.profile().progressPublicityInterval().orElseThrow();
          List<Publicity> reports = outcome.progressReports();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < reports.size(); i++) {
            order.add(i);
          }
          order.sort(Comparator.comparing(i -> reports.get(i).from()));
          Instant end = outcome.completedAt().orElse(valid.at());
          List<Integer> ranks = new ArrayList<>();
          for (int rank = 0; rank < order.size(); rank++) {
            Instant previous = rank == 0 ? outcome.classifiedAt() : reports.get(order.get(rank - 1)).from();
            Instant next = rank + 1 < order.size() ? reports.get(order.get(rank + 1)).from() : end;
            if (previous.plus(interval).plusSeconds(1).isBefore(next)) {
              ranks.add(rank);
            }
          }
          if (ranks.isEmpty()) {
            return Optional.empty();
          }
          int rank = pick(random, ranks);
          Instant previous = rank == 0 ? outcome.classifiedAt() : reports.get(order.get(rank - 1)).from();
          Instant next = rank + 1 < order.size() ? reports.get(order.get(rank + 1)).from() : end;
          Instant late = Draw.within(random, previous.plus(interval).plusSeconds(1), next);
          int index = order.get(rank);
          Publicity report = reports.get(index);
          Publicity moved = Publicity.of(report.channel(), late, late.plus(report.length()));
          return broken(valid, withOutcome(valid.record(), o -> o.progressReports.set(index, moved)), code);
        });
  }

  /** Moves the explanation of a shelving (where one was given) past the window after the shelving. */
  private static Breaker shelvedExplanationLate() {
    RuleCode code = RuleCodes.OUTCOME_SHELVED_EXPLANATION_LATE;
    return Breaker.of(
            code,
            p -> Shape.any().withOutcome(OutcomeKind.SHELVED),
            (valid, random) -> {
              OutcomeRecord outcome = valid.record().outcome().orElseThrow();
              if (outcome.residentsNotice().isEmpty()) {
                return Optional.empty();
              }
              Instant due =
                  outcome.classifiedAt().plus(valid.profile().shelvedExplanationWindow().orElseThrow());
              return broken(valid, withNotice(valid, late(random, due)), code);
            })
        .unsupportedWhen(
            lacking(p -> p.shelvedExplanationWindow().isEmpty(), "sets no shelved explanation window"));
  }

  /**
   * Moves the notice of a solved recommendation (where one was given) before the solution, not before
   * the classification.
   */
  private static Breaker recommendationToldBeforeSolved() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_TOLD_BEFORE_SOLVED;
    return Breaker.of(
        code,
        p -> Shape.any().withSolvedRecommendation(),
        (valid, random) -> {
          OutcomeRecord outcome = valid.record().outcome().orElseThrow();
          Instant solved = outcome.solvedAt().orElseThrow();
          if (outcome.residentsNotice().isEmpty()) {
            return Optional.empty();
          }
          Instant early = Draw.within(random, outcome.classifiedAt(), solved.minusSeconds(1));
          if (!early.isBefore(solved)) {
            return Optional.empty();
          }
          return broken(valid, withNotice(valid, early), code);
        });
  }

  /** Moves the notice of a solved recommendation (where one was given) past the window after the solution. */
  private static Breaker recommendationResidentsToldLate() {
    RuleCode code = RuleCodes.OUTCOME_RECOMMENDATION_RESIDENTS_TOLD_LATE;
    return Breaker.of(
            code,
            p -> Shape.any().withSolvedRecommendation(),
            (valid, random) -> {
              OutcomeRecord outcome = valid.record().outcome().orElseThrow();
              if (outcome.residentsNotice().isEmpty()) {
                return Optional.empty();
              }
              Instant due =
                  outcome.solvedAt().orElseThrow()
                      .plus(valid.profile().recommendationNoticeWindow().orElseThrow());
              return broken(valid, withNotice(valid, late(random, due)), code);
            })
        .unsupportedWhen(
            lacking(p -> p.recommendationNoticeWindow().isEmpty(), "sets no recommendation notice window"));
  }

  /** An instant from 1 second to 30 days after a due instant. */
  private static Instant late(RandomGenerator random, Instant due) {
    return due.plus(Draw.between(random, Duration.ofSeconds(1), AT_MOST_LATE));
  }

  /** The valid record without its notice to residents. */
  private static Deliberation withoutNotice(ScenarioParts valid) {
    return withOutcome(valid.record(), o -> o.residentsNotice = Optional.empty());
  }

  /** The valid record with its notice to residents moved to go up at another instant, as long as before. */
  private static Deliberation withNotice(ScenarioParts valid, Instant from) {
    Publicity notice = valid.record().outcome().orElseThrow().residentsNotice().orElseThrow();
    Publicity moved = Publicity.of(notice.channel(), from, from.plus(notice.length()));
    return withOutcome(valid.record(), o -> o.residentsNotice = Optional.of(moved));
  }
}
