package org.shangliang.deliberation.testkit;

import java.util.Objects;
import org.shangliang.deliberation.profile.Profile;
import org.shangliang.deliberation.profile.Profiles;
import org.shangliang.deliberation.testkit.internal.ValidScenarios;

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
 * shape need, about ten); a vote's eligible voters and ballots grow with it, so at size 1000 or more
 * a vote has a thousand and more ballots. Generation takes time linear in the size.
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
    return ScenarioGen.of(
        "Scenarios.valid(" + profileExpression(profile) + ")",
        ValidScenarios.factory(profile, Shape.any()));
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
      return ScenarioGen.of(
          "Scenarios.valid(" + profileExpression(profile) + ")",
          ValidScenarios.factory(profile, shape));
    }
    return ScenarioGen.of(
        "Scenarios.valid(" + profileExpression(profile) + ", " + shape + ")",
        ValidScenarios.factory(profile, shape));
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
