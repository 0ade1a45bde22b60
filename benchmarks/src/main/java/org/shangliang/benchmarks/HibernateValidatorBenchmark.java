package org.shangliang.benchmarks;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shangliang.deliberation.decision.Ballot;
import org.shangliang.deliberation.meeting.Meeting;
import org.shangliang.deliberation.meeting.SignIn;
import org.shangliang.deliberation.meeting.StageRecord;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.RuleCode;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Run: {@code java -jar benchmarks/target/benchmarks.jar HibernateValidatorBenchmark -prof gc}.
 *
 * <p>One rule, {@code meeting.ballot.not-signed-in} (only parties signed in at a meeting vote),
 * checked two ways on the same data, in one class so that the ratio comes from one run (and, in the
 * {@code …Stages…} pair, a second and cheaper rule the same way, {@code meeting.stage.time}: the seven
 * stage instants do not decrease and lie within the meeting, so that the two frameworks' own costs
 * weigh more than the rule's loop):
 *
 * <ul>
 *   <li>ours: a {@link Validator} of {@link JinanRecords#profile()} whose settings switch off every
 *       other built-in rule (so it runs this rule alone), on the 20-party record of {@link
 *       JinanRecords#compliant()} (12 ballots, 19 sign-ins; no violation) and of {@link
 *       JinanRecords#broken()} (one ballot by an owner who did not sign in: one violation, at {@code
 *       meetings[0].vote.ballots[11]});
 *   <li>Hibernate Validator 8 (Jakarta Validation 3.0) on equivalent plain POJOs made from the same
 *       meeting: a meeting bean holding lists of sign-in and ballot beans, with one class-level
 *       custom constraint, {@link BallotsSignedIn}, whose validator scans the sign-ins for each ballot
 *       (the rule's own algorithm) and reports a violation at {@code ballots[k]}. It is bootstrapped
 *       once with the {@link ParameterMessageInterpolator} (no Expression Language), and the beans
 *       carry no other constraint and no cascade: the setting most favourable to it.
 * </ul>
 *
 * <p>The target is ours at least 10× faster. Both sides run the rule's own algorithm (a scan of the
 * sign-ins for each ballot; one pass over the stages), so the ratio compares what each framework adds
 * around it. The test {@code HibernateValidatorBenchmarkTest} checks that both sides find nothing on
 * the compliant data and the same violation on the broken data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HibernateValidatorBenchmark {
  private Validator ours;
  private Validator oursStages;
  private JinanRecords.Sample compliant;
  private JinanRecords.Sample broken;
  private ValidatorFactory factory;
  private jakarta.validation.Validator hibernate;
  private MeetingBean compliantBean;
  private MeetingBean brokenBean;
  private StagedMeetingBean stagedBean;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public HibernateValidatorBenchmark() {}

  /** Builds both validators and both inputs, once. */
  @Setup
  public void setUp() {
    ours = only(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN);
    oursStages = only(RuleCodes.MEETING_STAGE_TIME);
    compliant = JinanRecords.compliant();
    broken = JinanRecords.broken();
    factory = hibernateFactory();
    hibernate = factory.getValidator();
    compliantBean = MeetingBean.of(compliant.record().meetings().get(0));
    brokenBean = MeetingBean.of(broken.record().meetings().get(0));
    stagedBean = StagedMeetingBean.of(compliant.record().meetings().get(0));
  }

  /** Closes the Hibernate Validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /**
   * Ours on the compliant record.
   *
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport oursCompliant() {
    return ours.validate(compliant.record(), compliant.now());
  }

  /**
   * Ours on the broken record.
   *
   * @return the report (one violation)
   */
  @Benchmark
  public ValidationReport oursBroken() {
    return ours.validate(broken.record(), broken.now());
  }

  /**
   * Hibernate Validator on the compliant beans.
   *
   * @return the violations (none)
   */
  @Benchmark
  public Set<?> hibernateCompliant() {
    return hibernate.validate(compliantBean);
  }

  /**
   * Hibernate Validator on the broken beans.
   *
   * @return the violations (one)
   */
  @Benchmark
  public Set<?> hibernateBroken() {
    return hibernate.validate(brokenBean);
  }

  /**
   * Ours, {@code meeting.stage.time} alone, on the compliant record.
   *
   * @return the report (empty)
   */
  @Benchmark
  public ValidationReport oursStagesCompliant() {
    return oursStages.validate(compliant.record(), compliant.now());
  }

  /**
   * Hibernate Validator, {@link StagesTimed}, on the compliant meeting's stages.
   *
   * @return the violations (none)
   */
  @Benchmark
  public Set<?> hibernateStagesCompliant() {
    return hibernate.validate(stagedBean);
  }

  /**
   * A validator of the records' profile that runs one built-in rule alone: the profile's settings
   * switch every other built-in rule off.
   *
   * @param code the rule's code
   * @return the validator
   */
  static Validator only(RuleCode code) {
    List<RuleSetting> off = new ArrayList<>();
    for (Rule rule : Validator.builtInRules()) {
      if (!rule.code().equals(code)) {
        off.add(RuleSetting.off(rule.code()));
      }
    }
    Profile profile = JinanRecords.profile().withRuleSettings(off);
    return Validator.builder(profile)
        .jurisdiction(JinanRecords.jurisdiction())
        .calendar(JinanRecords.calendar())
        .build();
  }

  /**
   * Hibernate Validator bootstrapped without Expression Language.
   *
   * @return the factory; close it when done
   */
  static ValidatorFactory hibernateFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /**
   * Jakarta Validation constraint on a meeting bean: every ballot's party signed in.
   */
  @Documented
  @Constraint(validatedBy = BallotsSignedInCheck.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface BallotsSignedIn {
    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "only parties signed in vote";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** The check behind {@link BallotsSignedIn}: for each ballot, a sign-in of the same party. */
  public static final class BallotsSignedInCheck
      implements ConstraintValidator<BallotsSignedIn, MeetingBean> {
    /** Creates the check; Hibernate Validator instantiates it. */
    public BallotsSignedInCheck() {}

    @Override
    public boolean isValid(MeetingBean meeting, ConstraintValidatorContext context) {
      boolean valid = true;
      for (int k = 0; k < meeting.ballots.size(); k++) {
        String party = meeting.ballots.get(k).party;
        boolean signedIn = false;
        for (SignInBean signIn : meeting.attendance) {
          if (signIn.party.equals(party)) {
            signedIn = true;
            break;
          }
        }
        if (!signedIn) {
          if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
          }
          context
              .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("ballots")
              .addBeanNode()
              .inIterable()
              .atIndex(k)
              .addConstraintViolation();
        }
      }
      return valid;
    }
  }

  /**
   * Jakarta Validation constraint on a staged meeting bean: stage instants do not decrease and lie
   * within the meeting.
   */
  @Documented
  @Constraint(validatedBy = StagesTimedCheck.class)
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface StagesTimed {
    /**
     * The message.
     *
     * @return the message template
     */
    String message() default "stage times do not decrease and lie within the meeting";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
  }

  /** The check behind {@link StagesTimed}: the rule's own loop. */
  public static final class StagesTimedCheck
      implements ConstraintValidator<StagesTimed, StagedMeetingBean> {
    /** Creates the check; Hibernate Validator instantiates it. */
    public StagesTimedCheck() {}

    @Override
    public boolean isValid(StagedMeetingBean meeting, ConstraintValidatorContext context) {
      boolean valid = true;
      Instant previous = meeting.startedAt;
      for (int j = 0; j < meeting.stages.size(); j++) {
        Instant at = meeting.stages.get(j).startedAt;
        if (at.isBefore(previous) || at.isAfter(meeting.endedAt)) {
          if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
          }
          context
              .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("stages")
              .addPropertyNode("startedAt")
              .inIterable()
              .atIndex(j)
              .addConstraintViolation();
        } else {
          previous = at;
        }
      }
      return valid;
    }
  }

  /** A meeting's times and stages as a plain mutable POJO. */
  @StagesTimed
  static final class StagedMeetingBean {
    Instant startedAt;
    Instant endedAt;
    List<StageBean> stages = new ArrayList<>();

    static StagedMeetingBean of(Meeting meeting) {
      StagedMeetingBean bean = new StagedMeetingBean();
      bean.startedAt = meeting.startedAt();
      bean.endedAt = meeting.endedAt();
      for (StageRecord stage : meeting.stages()) {
        StageBean s = new StageBean();
        s.stage = stage.stage().name();
        s.startedAt = stage.startedAt();
        bean.stages.add(s);
      }
      return bean;
    }
  }

  /** A stage record as a plain POJO. */
  static final class StageBean {
    String stage;
    Instant startedAt;
  }

  /** A meeting as a plain mutable POJO: its sign-ins and its ballots. */
  @BallotsSignedIn
  static final class MeetingBean {
    List<SignInBean> attendance = new ArrayList<>();
    List<BallotBean> ballots = new ArrayList<>();

    static MeetingBean of(Meeting meeting) {
      MeetingBean bean = new MeetingBean();
      for (SignIn signIn : meeting.attendance()) {
        SignInBean s = new SignInBean();
        s.party = signIn.party().value();
        s.at = signIn.at();
        bean.attendance.add(s);
      }
      for (Ballot ballot : meeting.vote().get().ballots()) {
        BallotBean b = new BallotBean();
        b.party = ballot.party().value();
        b.choice = ballot.choice().name();
        bean.ballots.add(b);
      }
      return bean;
    }
  }

  /** A sign-in as a plain POJO. */
  static final class SignInBean {
    String party;
    Instant at;
  }

  /** A ballot as a plain POJO. */
  static final class BallotBean {
    String party;
    String choice;
  }
}
