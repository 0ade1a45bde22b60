package org.shangliang.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.Violation;

/**
 * Both sides of {@link HibernateValidatorBenchmark} check the same thing: ours runs the one rule
 * alone, and it and Hibernate Validator agree on the compliant and the broken meeting.
 */
class HibernateValidatorBenchmarkTest {
  private static ValidatorFactory factory;

  @BeforeAll
  static void bootstrap() {
    factory = HibernateValidatorBenchmark.hibernateFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static List<String> ours(JinanRecords.Sample sample) {
    Validator ours = HibernateValidatorBenchmark.only(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN);
    List<String> found = new ArrayList<>();
    for (Violation v : ours.validate(sample.record(), sample.now()).violations()) {
      found.add(v.code().value() + "@" + v.path());
    }
    return found;
  }

  private static List<String> hibernate(JinanRecords.Sample sample) {
    HibernateValidatorBenchmark.MeetingBean bean =
        HibernateValidatorBenchmark.MeetingBean.of(sample.record().meetings().get(0));
    Set<ConstraintViolation<HibernateValidatorBenchmark.MeetingBean>> violations =
        factory.getValidator().validate(bean);
    List<String> found = new ArrayList<>();
    for (ConstraintViolation<?> v : violations) {
      found.add(v.getPropertyPath().toString());
    }
    return found;
  }

  @Test
  void neitherFindsAStageOutOfTimeInTheCompliantMeetingAndHibernateFindsOneMovedBeforeTheStart() {
    JinanRecords.Sample compliant = JinanRecords.compliant();
    Validator ours = HibernateValidatorBenchmark.only(RuleCodes.MEETING_STAGE_TIME);
    assertThat(ours.validate(compliant.record(), compliant.now()).violations()).isEmpty();
    HibernateValidatorBenchmark.StagedMeetingBean bean =
        HibernateValidatorBenchmark.StagedMeetingBean.of(compliant.record().meetings().get(0));
    assertThat(factory.getValidator().validate(bean)).isEmpty();

    bean.stages.get(2).startedAt = bean.startedAt.minusSeconds(60);
    List<String> found = new ArrayList<>();
    for (ConstraintViolation<?> v : factory.getValidator().validate(bean)) {
      found.add(v.getPropertyPath().toString());
    }
    assertThat(found).containsExactly("stages[2].startedAt");
  }

  @Test
  void oursRunsOnlyTheBallotRule() {
    Validator ours = HibernateValidatorBenchmark.only(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN);
    assertThat(ours.rules()).hasSize(1);
    assertThat(ours.rules().get(0).code()).isEqualTo(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN);
  }

  @Test
  void neitherFindsAnUnsignedBallotInTheCompliantMeeting() {
    assertThat(ours(JinanRecords.compliant())).isEmpty();
    assertThat(hibernate(JinanRecords.compliant())).isEmpty();
  }

  @Test
  void bothFindTheOneUnsignedBallotOfTheBrokenMeeting() {
    assertThat(ours(JinanRecords.broken()))
        .containsExactly("meeting.ballot.not-signed-in@meetings[0].vote.ballots[11]");
    assertThat(hibernate(JinanRecords.broken())).containsExactly("ballots[11]");
  }
}
