package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.List;

/** Breakers of the unit, topic, party, tier, timing and step rules. */
final class AdmissionBreakers {
  private AdmissionBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
