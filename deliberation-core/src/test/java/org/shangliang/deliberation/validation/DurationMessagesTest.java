package org.shangliang.deliberation.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shangliang.deliberation.Path;
import org.shangliang.deliberation.rules.RuleCodes;

/**
 * Durations in messages: days, hours, minutes and exact seconds, leaving out zero parts; a negative
 * duration is its magnitude with a minus sign in front, so −500 ms reads "-0.5 s".
 */
class DurationMessagesTest {
  private static String english(Duration duration) {
    return Messages.arguments(speaking(duration), Locale.ENGLISH)[1].toString();
  }

  private static String chinese(Duration duration) {
    return Messages.arguments(speaking(duration), Locale.SIMPLIFIED_CHINESE)[1].toString();
  }

  private static Violation speaking(Duration duration) {
    return new Violation.Builder()
        .code(RuleCodes.MEETING_SPEAKING_TIME_EXCEEDED)
        .severity(Severity.WARNING)
        .path(Path.of("meetings"))
        .addArgs("p-1", duration, Duration.ofMinutes(5))
        .source("test")
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PT-0.5S             | -0.5 s                                | -0.5秒",
        "PT-1.5S             | -1.5 s                                | -1.5秒",
        "PT-0.001S           | -0.001 s                              | -0.001秒",
        "PT-0.000000001S     | -0.000000001 s                        | -0.000000001秒",
        "PT0S                | 0 s                                   | 0秒",
        "PT0.5S              | 0.5 s                                 | 0.5秒",
        "PT1.5S              | 1.5 s                                 | 1.5秒",
        "PT-1M               | -1 min                                | -1分钟",
        "PT-26H-0.25S        | -1 d 2 h 0.25 s                       | -1天2小时0.25秒",
        "PT876000H           | 36500 d                               | 36500天",
        "PT-876000H          | -36500 d                              | -36500天",
      })
  void rendersDurations(String iso, String en, String zh) {
    Duration duration = Duration.parse(iso);
    assertThat(english(duration)).isEqualTo(en);
    assertThat(chinese(duration)).isEqualTo(zh);
  }

  @org.junit.jupiter.api.Test
  void rendersTheLongestDurationsWithoutOverflow() {
    assertThat(english(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)))
        .isEqualTo("106751991167300 d 15 h 30 min 7.999999999 s");
    assertThat(english(Duration.ofSeconds(Long.MIN_VALUE)))
        .isEqualTo("-106751991167300 d 15 h 30 min 8 s");
    assertThat(english(Duration.ofSeconds(Long.MIN_VALUE, 1)))
        .isEqualTo("-106751991167300 d 15 h 30 min 7.999999999 s");
  }

  @org.junit.jupiter.api.Test
  void rendersTheWholeMessageWithANegativeDuration() {
    assertThat(Messages.render(speaking(Duration.ofMillis(-500)), Locale.ENGLISH))
        .isEqualTo("Party p-1 spoke for -0.5 s, longer than the limit of 5 min.");
  }
}
