package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.MeetingCase.RC;
import static org.shangliang.deliberation.rules.OutcomeCase.COMPLETED;
import static org.shangliang.deliberation.rules.OutcomeCase.REVISIT_DUE;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.outcome.Revisit;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

/** Rules of the revisit.* prefix: finished items are revisited within the profile's window. */
class RevisitRulesTest {
  // revisit.missing

  @Test
  void acceptsRevisitWithinTheWindow() {
    OutcomeCase c = new OutcomeCase();
    c.now = REVISIT_DUE.plus(Duration.ofDays(60));
    assertClean(c.validate());
  }

  @Test
  void acceptsNoRevisitYetBeforeTheWindowEnds() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    assertThat(c.now).isBefore(REVISIT_DUE);
    assertClean(c.validate());
    c.now = REVISIT_DUE;
    assertClean(c.validate());
  }

  @Test
  void rejectsFinishedItemsNotRevisitedWithin30Days() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.clear();
    c.now = REVISIT_DUE.plusSeconds(1);
    Violation v = assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMPLETED, REVISIT_DUE);
  }

  @Test
  void rejectsALateRevisit() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.set(0, Revisit.of(REVISIT_DUE.plus(Duration.ofDays(3)), RC, "居民反映电梯运行平稳"));
    c.now = REVISIT_DUE.plus(Duration.ofDays(10));
    Violation v = assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
    assertThat(v.args()).containsExactly(COMPLETED, REVISIT_DUE);
  }

  @Test
  void doesNotCountAVisitBeforeCompletionAsTheRevisit() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.set(0, Revisit.of(COMPLETED.minus(Duration.ofDays(2)), RC, "施工期间走访"));
    c.now = REVISIT_DUE.plus(Duration.ofDays(1));
    assertSingle(c.validate(), RuleCodes.REVISIT_MISSING, "revisits", Severity.ERROR);
  }

  @Test
  void doesNotTakeAVisitBeforeCompletionForALateRevisit() {
    OutcomeCase c = new OutcomeCase();
    c.revisits.set(0, Revisit.of(COMPLETED.minus(Duration.ofDays(2)), RC, "施工期间走访"));
    c.now = REVISIT_DUE;
    assertClean(c.validate());
  }

  @Test
  void acceptsRevisitsAtCompletionAndAtTheEndOfTheWindow() {
    for (Instant at : new Instant[] {COMPLETED, REVISIT_DUE}) {
      OutcomeCase c = new OutcomeCase();
      c.revisits.set(0, Revisit.of(at, RC, "居民反映电梯运行平稳"));
      c.now = REVISIT_DUE.plus(Duration.ofDays(10));
      assertClean(c.validate());
    }
  }

  @Test
  void asksNoRevisitWhileItemsAreOpen() {
    OutcomeCase c = new OutcomeCase().carryingOut();
    c.now = Instant.parse("2027-02-28T00:00:00Z");
    assertThat(c.revisits).isEmpty();
    assertClean(c.validate());
  }
}
