package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.List;

/** Breakers of the supervision, revisit, appraisal, hotline and history rules. */
final class FollowUpBreakers {
  private FollowUpBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
