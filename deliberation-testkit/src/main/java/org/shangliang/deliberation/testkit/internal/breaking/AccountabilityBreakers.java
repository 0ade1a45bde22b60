package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.List;

/** Breakers of the outcome and escalation rules. */
final class AccountabilityBreakers {
  private AccountabilityBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
