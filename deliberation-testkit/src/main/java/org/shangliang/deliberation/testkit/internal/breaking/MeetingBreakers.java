package org.shangliang.deliberation.testkit.internal.breaking;

import java.util.List;

/** Breakers of the meeting rules. */
final class MeetingBreakers {
  private MeetingBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
