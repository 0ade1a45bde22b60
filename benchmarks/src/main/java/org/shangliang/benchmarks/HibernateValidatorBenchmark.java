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
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.RuleSetting;
import org.shangliang.deliberation.rules.Rule;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.rules.Validator;
import org.shangliang.deliberation.validation.ValidationReport;

/**
 * Run: {@code java -jar benchmarks/target/benchmarks.jar HibernateValidatorBenchmark -prof gc}.
 *
 * <p>One rule, {@code meeting.ballot.not-signed-in} (only parties signed in at a meeting vote),
 * checked two ways on the same data, in one class so that the ratio comes from one run:
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
 * <p>The target is ours at least 10× faster. The test {@code HibernateValidatorBenchmarkTest} checks
 * that both sides find nothing on the compliant data and the one violation on the broken data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class HibernateValidatorBenchmark {
  private Validator ours;
  private JinanRecords.Sample compliant;
  private JinanRecords.Sample broken;
  private ValidatorFactory factory;
  private jakarta.validation.Validator hibernate;
  private MeetingBean compliantBean;
  private MeetingBean brokenBean;

  /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
  public HibernateValidatorBenchmark() {}

  /** Builds both validators and both inputs, once. */
  @Setup
  public void setUp() {
    ours = onlyBallotNotSignedIn();
    compliant = JinanRecords.compliant();
    broken = JinanRecords.broken();
    factory = hibernateFactory();
    hibernate = factory.getValidator();
    compliantBean = MeetingBean.of(compliant.record().meetings().get(0));
    brokenBean = MeetingBean.of(broken.record().meetings().get(0));
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
   * A validator of the records' profile that runs {@code meeting.ballot.not-signed-in} alone: the
   * profile's settings switch every other built-in rule off.
   *
   * @return the validator
   */
  static Validator onlyBallotNotSignedIn() {
    List<RuleSetting> off = new ArrayList<>();
    for (Rule rule : Validator.builtInRules()) {
      if (!rule.code().equals(RuleCodes.MEETING_BALLOT_NOT_SIGNED_IN)) {
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
