/**
 * Shangliang deliberation testkit: seeded, reproducible generators of valid and rule-breaking
 * deliberation scenarios for any profile, a minimizer, JUnit 5 sources and AssertJ report
 * assertions. No property-testing framework.
 */
module org.shangliang.deliberation.testkit {
  requires transitive org.shangliang.deliberation;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive org.assertj.core;

  exports org.shangliang.deliberation.testkit;
  exports org.shangliang.deliberation.testkit.assertj;
  exports org.shangliang.deliberation.testkit.junit;
}
