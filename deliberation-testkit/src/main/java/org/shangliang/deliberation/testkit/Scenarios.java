package org.shangliang.deliberation.testkit;

import java.util.List;
import java.util.Objects;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.rules.RuleCodes;
import org.shangliang.deliberation.testkit.internal.Given;
import org.shangliang.deliberation.testkit.internal.ValidScenarios;
import org.shangliang.deliberation.testkit.internal.breaking.Breaker;
import org.shangliang.deliberation.testkit.internal.breaking.Breakers;
import org.shangliang.deliberation.validation.RuleCode;

/**
 * Generators of whole scenarios. {@link #valid(Profile)} makes records that the profile's own
 * validator judges compliant: no violation at all, warnings included. They are built from the
 * profile's data, whatever the profile: its tiers (levels, cadences, powers, conveners, escalation),
 * its catalogue (categories, entries, the party kinds they require), its meeting stages, step plan,
 * quorums, decision rules per matter size and per entry, time windows, supervisor kinds, appraisal
 * scale, rule settings and zone. Each scenario comes with its own generated {@link
 * org.shangliang.deliberation.unit.Jurisdiction} (a unit tree through the profile's tier levels) and
 * {@link org.shangliang.deliberation.tier.WorkCalendar} (holidays and make-up working days), and the
 * instant to judge the record at; its expected codes are empty.
 *
 * <pre>{@code
 * Scenario s = Scenarios.valid(Profiles.jinan()).generate(42L);
 * assertThat(s.validate().violations()).isEmpty();
 * Scenario vote = Scenarios.valid(Profiles.haidian(), Shape.any().withVote(Shape.VoteForm.BALLOTS))
 *     .generate(7L, 500); // about 500 parties, hundreds of ballots
 * }</pre>
 *
 * <p>The size is roughly the number of parties on the list (at least those the profile and the
 * shape need, about ten); a vote's eligible voters grow with it (about nine parties in ten are
 * invited and may vote), and so do its ballots, which most of those present cast (the profile's
 * quorum of the invited, or more, are present): at size 5000 a vote by ballots typically has
 * thousands of eligible voters and more than a thousand ballots. Generation takes time linear in the
 * size.
 *
 * <p>Records that share one unit tree and one work calendar (for a data platform, or a job that
 * summarises by district) come from the same generators over a tree and calendar the caller gives:
 * {@link ScenarioGen#over(org.shangliang.deliberation.unit.Jurisdiction,
 * org.shangliang.deliberation.tier.WorkCalendar)}; {@link Generators#province(long, int)} makes a
 * large tree. Every valid generator and every breaking one but two ({@link #canBreakOver(Profile,
 * RuleCode)}) can.
 *
 * <pre>{@code
 * Jurisdiction province = Generators.province(7L, 5_000);
 * ScenarioGen valid = Scenarios.valid(Profiles.jinan()).over(province, WorkCalendar.weekendsOnly());
 * }</pre>
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Valid scenarios of a profile: any structure the profile allows, drawn at random.
   *
   * @param profile the profile whose rules the records comply with
   * @return the generator, at {@link ScenarioGen#DEFAULT_SIZE}; its recipe is {@code
   *     Scenarios.valid(Profiles.jinan())} for a built-in profile, else {@code
   *     Scenarios.valid(profile)} with a comment naming the profile's id
   */
  public static ScenarioGen valid(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return valid("Scenarios.valid(" + profileExpression(profile) + ")", profile, Shape.any());
  }

  /**
   * Valid scenarios of a profile that hold what a shape asks (a vote by ballots, a dispute, finished
   * items …). A shape the profile cannot satisfy makes each {@code generate} throw a {@link
   * GenerationException} that says why.
   *
   * @param profile the profile whose rules the records comply with
   * @param shape what every record must hold and must not hold
   * @return the generator, at {@link ScenarioGen#DEFAULT_SIZE}; its recipe names the shape, e.g.
   *     {@code Scenarios.valid(Profiles.jinan(), Shape.any().withDispute())}
   */
  public static ScenarioGen valid(Profile profile, Shape shape) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(shape, "shape");
    if (shape.equals(Shape.any())) {
      return valid(profile);
    }
    return valid(
        "Scenarios.valid(" + profileExpression(profile) + ", " + shape + ")", profile, shape);
  }

  private static ScenarioGen valid(String recipe, Profile profile, Shape shape) {
    return ScenarioGen.movable(
        recipe,
        ValidScenarios.factory(profile, shape),
        (jurisdiction, calendar) ->
            ValidScenarios.factory(profile, shape, Given.of(profile, jurisdiction, calendar)));
  }

  /**
   * Scenarios that break one named rule: each is a valid scenario (of a shape where the rule has
   * something to inspect) with one mutation applied that breaks the rule. Where breaking the rule
   * necessarily breaks others (dropping a meeting's only sign-in also leaves it below quorum), the
   * scenario's {@link Scenario#expectedCodes()} declares every code its report holds, and the report
   * holds exactly those codes; codes the profile switches off are left out.
   *
   * <pre>{@code
   * Scenario s = Scenarios.breaking(Profiles.jinan(), RuleCodes.MEETING_QUORUM_NOT_MET).generate(7L);
   * Set<RuleCode> reported = s.validate().violations().stream().map(Violation::code)
   *     .collect(Collectors.toSet());
   * assertThat(reported).isEqualTo(s.expectedCodes()); // {meeting.quorum.not-met}
   * }</pre>
   *
   * <p>Every built-in rule code in {@link RuleCodes#all()} has a breaking generator. A profile may
   * not allow breaking a rule: it switches the rule off, or lacks what the rule needs (no
   * speaking-time limit, no step plan); then each {@code generate} throws a {@link
   * GenerationException} that says why, and {@link #canBreak(Profile, RuleCode)} is {@code false}.
   *
   * <p>Over a tree and calendar the caller gives ({@link ScenarioGen#over}), the breaking scenarios
   * keep them; the two codes broken only by changing the tree cannot be generated so, and {@code
   * over} refuses them ({@link #canBreakOver(Profile, RuleCode)}).
   *
   * @param profile the profile whose rule is broken
   * @param code a code of {@link RuleCodes#all()}
   * @return the generator, at {@link ScenarioGen#DEFAULT_SIZE}; its recipe is e.g. {@code
   *     Scenarios.breaking(Profiles.jinan(), "meeting.quorum.not-met")}
   * @throws IllegalArgumentException if the code is not a built-in rule code with a breaking
   *     generator (see {@link #breakableCodes()})
   */
  public static ScenarioGen breaking(Profile profile, RuleCode code) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(code, "code");
    Breaker breaker = breaker(code);
    return ScenarioGen.movable(
        "Scenarios.breaking(" + profileExpression(profile) + ", \"" + code.value() + "\")",
        breaker.factory(profile),
        (jurisdiction, calendar) ->
            breaker.factory(profile, Given.of(profile, jurisdiction, calendar)));
  }

  /**
   * Scenarios that break one named rule, the rule given by its code's text; see {@link
   * #breaking(Profile, RuleCode)}.
   *
   * @param profile the profile whose rule is broken
   * @param code the text of a code of {@link RuleCodes#all()}, such as {@code
   *     "meeting.quorum.not-met"}
   * @return the generator
   * @throws IllegalArgumentException if the text is not a built-in rule code with a breaking
   *     generator
   */
  public static ScenarioGen breaking(Profile profile, String code) {
    Objects.requireNonNull(code, "code");
    RuleCode rule;
    try {
      rule = RuleCode.of(code);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("code: not a rule code: " + quote(code), e);
    }
    return breaking(profile, rule);
  }

  /**
   * The rule codes {@link #breaking(Profile, RuleCode)} can break: every code of {@link
   * RuleCodes#all()}, in its order.
   *
   * @return the codes
   */
  public static List<RuleCode> breakableCodes() {
    return Breakers.codes();
  }

  /**
   * Whether a profile allows breaking a rule: the rule has a breaking generator, the profile runs
   * it, and has what it inspects.
   *
   * @param profile the profile
   * @param code the rule's code
   * @return {@code true} if {@code breaking(profile, code)} generates scenarios
   */
  public static boolean canBreak(Profile profile, RuleCode code) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(code, "code");
    return Breakers.of(code).map(b -> b.unsupported(profile).isEmpty()).orElse(false);
  }

  /**
   * Why a profile does not allow breaking a rule.
   *
   * @param profile the profile
   * @param code the rule's code
   * @return the reason, or empty if {@link #canBreak(Profile, RuleCode)}
   */
  public static java.util.Optional<String> whyNotBreakable(Profile profile, RuleCode code) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(code, "code");
    return Breakers.of(code)
        .map(b -> b.unsupported(profile))
        .orElse(java.util.Optional.of("no breaking generator for " + code.value()));
  }

  /**
   * Whether a profile allows breaking a rule over a unit tree and work calendar the caller gives
   * ({@code breaking(profile, code).over(jurisdiction, calendar)}, see {@link
   * ScenarioGen#over}): it allows breaking the rule ({@link #canBreak(Profile, RuleCode)}) and
   * breaking it keeps the tree. Two codes are broken only by changing the tree, and cannot be
   * broken over a given one: {@code tier.no-common-unit} (it adds a unit of another tree) and
   * {@code tier.no-rule} (it moves the deliberating unit to a level without a tier). Every other
   * code can; {@code party.affected-unit-unrepresented} over a tree in which the deliberating unit
   * has no unrepresented unit below it draws another record.
   *
   * @param profile the profile
   * @param code the rule's code
   * @return {@code true} if {@code breaking(profile, code).over(jurisdiction, calendar)} generates
   *     scenarios over a tree that {@code valid(profile).over} accepts
   */
  public static boolean canBreakOver(Profile profile, RuleCode code) {
    return canBreak(profile, code)
        && Breakers.of(code).map(b -> b.replacesTree().isEmpty()).orElse(false);
  }

  private static Breaker breaker(RuleCode code) {
    return Breakers.of(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "code: no breaking generator for "
                        + quote(code.value())
                        + "; the breakable codes are those of RuleCodes.all()"));
  }

  private static String quote(String text) {
    String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return "\"" + shown + "\"";
  }

  /**
   * The Java expression of a profile: {@code Profiles.jinan()} and the like for a built-in profile
   * (recognised by its id and its equality with the built-in), else {@code profile} with a comment
   * naming its id.
   */
  static String profileExpression(Profile profile) {
    switch (profile.id()) {
      case "jinan":
        if (profile.equals(Profiles.jinan())) {
          return "Profiles.jinan()";
        }
        break;
      case "haidian":
        if (profile.equals(Profiles.haidian())) {
          return "Profiles.haidian()";
        }
        break;
      case "bishan":
        if (profile.equals(Profiles.bishan())) {
          return "Profiles.bishan()";
        }
        break;
      case "jinan-owners-example":
        if (profile.equals(Profiles.jinanOwnersExample())) {
          return "Profiles.jinanOwnersExample()";
        }
        break;
      default:
        break;
    }
    return "profile /* profile id " + profile.id().replace("*/", "* /") + " */";
  }
}
