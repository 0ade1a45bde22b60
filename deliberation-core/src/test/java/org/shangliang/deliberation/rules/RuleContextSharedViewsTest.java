package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Reopening;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.process.DeliberationEvent;
import org.shangliang.deliberation.process.DeliberationHistory;
import org.shangliang.deliberation.process.EventType;
import org.shangliang.deliberation.process.Phase;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.Severity;

/**
 * What a rule context computes for all rules — the folded history and the time order of each list —
 * is computed once per call, never throws, and names positions in the lists as given.
 */
class RuleContextSharedViewsTest {
  /** A user rule that hands its context to the test. */
  private static final class Peek implements Rule {
    final List<Function<RuleContext, Object>> reads;
    final List<Object> first = new ArrayList<>();
    final List<Object> second = new ArrayList<>();

    Peek(List<Function<RuleContext, Object>> reads) {
      this.reads = reads;
    }

    @Override
    public RuleCode code() {
      return RuleCode.of("custom.peek");
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public String source() {
      return "test";
    }

    @Override
    public void check(RuleContext context) {
      for (Function<RuleContext, Object> read : reads) {
        first.add(read.apply(context));
      }
      for (Function<RuleContext, Object> read : reads) {
        second.add(read.apply(context));
      }
    }
  }

  private static final List<Function<RuleContext, Object>> VIEWS =
      List.of(
          RuleContext::history,
          RuleContext::meetingsInTimeOrder,
          RuleContext::stepsInTimeOrder,
          RuleContext::supervisionInTimeOrder,
          RuleContext::escalationsInTimeOrder,
          RuleContext::revisitsInTimeOrder,
          RuleContext::appraisalsInTimeOrder,
          RuleContext::reopeningsInTimeOrder);

  private static Peek peek(OutcomeCase c) {
    Peek peek = new Peek(VIEWS);
    Validator.builder(c.profile)
        .jurisdiction(OutcomeCase.JURISDICTION_WITH_NEIGHBOUR)
        .calendar(c.calendar)
        .addRule(peek)
        .build()
        .validate(c.build(), c.now);
    return peek;
  }

  private static List<Integer> positions(Object order) {
    TimeOrder timeOrder = (TimeOrder) order;
    List<Integer> positions = new ArrayList<>();
    for (int rank = 0; rank < timeOrder.size(); rank++) {
      positions.add(timeOrder.index(rank));
    }
    return positions;
  }

  @Test
  void computesEachViewOncePerCall() {
    Peek peek = peek(new OutcomeCase());
    for (int i = 0; i < VIEWS.size(); i++) {
      assertThat(peek.second.get(i)).isSameAs(peek.first.get(i));
    }
  }

  @Test
  void ordersEveryListByTimeAndNamesPositionsAsGiven() {
    OutcomeCase c = new OutcomeCase().recommendation();
    c.meetings.add(new MeetingCase().shiftMeeting(Duration.ofDays(7)).meeting());
    c.held = false;
    c.meetings.add(new OutcomeCase().meeting()); // meetings: 12-18, then 12-11
    Collections.reverse(c.steps);
    c.supervision.addAll(OutcomeCase.defaultSupervision().subList(4, 6));
    c.supervision.addAll(OutcomeCase.defaultSupervision().subList(0, 1));
    OutcomeCase.EscalationDraft later = OutcomeCase.escalation();
    later.escalatedAt = OutcomeCase.ESCALATED.plusSeconds(60);
    c.escalations.add(0, later.build());
    c.revisits.add(Revisit.of(Instant.parse("2027-03-05T02:00:00Z"), MeetingCase.RC, "回访"));
    c.revisits.add(Revisit.of(Instant.parse("2027-03-04T02:00:00Z"), MeetingCase.RC, "回访"));
    c.appraisals.add(org.shangliang.deliberation.outcome.Appraisal.of(Instant.parse("2027-03-07T02:00:00Z"), MeetingCase.REP, 4));
    c.appraisals.add(org.shangliang.deliberation.outcome.Appraisal.of(Instant.parse("2027-03-06T02:00:00Z"), MeetingCase.REP, 4));
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-19T02:00:00Z"), "后"));
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-18T02:00:00Z"), "先"));
    c.reopenings.add(Reopening.of(Instant.parse("2027-03-18T02:00:00Z"), "同时"));

    Peek peek = peek(c);

    assertThat(positions(peek.first.get(1))).containsExactly(1, 0);
    assertThat(positions(peek.first.get(2))).containsExactly(4, 3, 2, 1, 0);
    assertThat(positions(peek.first.get(3))).containsExactly(2, 0, 1); // equal instants keep their order
    assertThat(positions(peek.first.get(4))).containsExactly(1, 0);
    assertThat(positions(peek.first.get(5))).containsExactly(1, 0);
    assertThat(positions(peek.first.get(6))).containsExactly(1, 0);
    assertThat(positions(peek.first.get(7))).containsExactly(1, 2, 0);
  }

  @Test
  void foldsTheHistoryUpToTheFirstEventThatDoesNotFitWithoutThrowing() {
    OutcomeCase c = new OutcomeCase();
    Instant t = Instant.parse("2026-10-20T01:00:00Z");
    c.events.add(DeliberationEvent.of(EventType.TOPIC_RAISED, t, MeetingCase.PO));
    c.events.add(DeliberationEvent.of(EventType.ADMITTED, t.plusSeconds(60), MeetingCase.PO));
    c.events.add(DeliberationEvent.of(EventType.DECISION_MADE, t.plusSeconds(120), MeetingCase.PO));
    c.events.add(DeliberationEvent.of(EventType.PARTIES_IDENTIFIED, t.plusSeconds(180), MeetingCase.PO));

    DeliberationHistory history = (DeliberationHistory) peek(c).first.get(0);

    assertThat(history.size()).isEqualTo(2);
    assertThat(history.state().phase()).isEqualTo(Phase.ADMITTED);
    assertThat(history.events()).isEqualTo(c.events.subList(0, 2));
  }
}
