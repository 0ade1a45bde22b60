package org.shangliang.deliberation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shangliang.deliberation.rules.ReportAssert.assertClean;
import static org.shangliang.deliberation.rules.ReportAssert.assertSingle;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.process.Admission;
import org.shangliang.deliberation.topic.SettledElsewhere;
import org.shangliang.deliberation.topic.SettlingAuthority;
import org.shangliang.deliberation.validation.Severity;
import org.shangliang.deliberation.validation.Violation;

class AdmissionRulesTest {
  private static final Instant DECIDED = Instant.parse("2026-11-02T02:00:00Z");

  @Test
  void acceptsCompliantLiftCase() {
    assertClean(new LiftCase().validate());
  }

  @Test
  void acceptsSettledTopicRefusedWithExplanation() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission = Optional.of(Admission.refused(DECIDED, "已由法律规定，向居民解释说明"));
    assertClean(c.validate());
  }

  @Test
  void rejectsTopicAlreadySettledByLaw() {
    LiftCase c = new LiftCase();
    c.settled = Optional.of(SettledElsewhere.of(SettlingAuthority.LAW, "《物权法》第七十六条"));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(org.shangliang.deliberation.process.AdmissionStatus.ADMITTED)
                .decidedAt(DECIDED)
                .explanationToResidents("已解释")
                .build());
    Violation v =
        assertSingle(
            c.validate(), RuleCodes.TOPIC_SETTLED_ELSEWHERE_ADMITTED, "admission.status", Severity.ERROR);
    assertThat(v.args()).containsExactly(SettlingAuthority.LAW, "《物权法》第七十六条");
  }

  @Test
  void requiresExplanationToResidentsForSettledTopic() {
    LiftCase c = new LiftCase();
    c.settled =
        Optional.of(SettledElsewhere.of(SettlingAuthority.HIGHER_PARTY_COMMITTEE, "区委〔2026〕3号"));
    c.admission =
        Optional.of(
            new Admission.Builder()
                .status(org.shangliang.deliberation.process.AdmissionStatus.REFUSED)
                .decidedAt(DECIDED)
                .build());
    assertSingle(
        c.validate(),
        RuleCodes.TOPIC_SETTLED_ELSEWHERE_EXPLANATION_MISSING,
        "admission.explanationToResidents",
        Severity.ERROR);
  }
}
