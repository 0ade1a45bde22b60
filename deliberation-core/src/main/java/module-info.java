/**
 * Shangliang deliberation core: the model of community deliberation (基层协商议事), its profiles and
 * its validation. No I/O, no Jackson, no system clock.
 */
module org.shangliang.deliberation {
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;
  requires org.slf4j;

  exports org.shangliang.deliberation;
  exports org.shangliang.deliberation.decision;
  exports org.shangliang.deliberation.meeting;
  exports org.shangliang.deliberation.outcome;
  exports org.shangliang.deliberation.party;
  exports org.shangliang.deliberation.process;
  exports org.shangliang.deliberation.profile;
  exports org.shangliang.deliberation.query;
  exports org.shangliang.deliberation.rules;
  exports org.shangliang.deliberation.tier;
  exports org.shangliang.deliberation.topic;
  exports org.shangliang.deliberation.unit;
  exports org.shangliang.deliberation.validation;
  exports org.shangliang.deliberation.similar;
}
