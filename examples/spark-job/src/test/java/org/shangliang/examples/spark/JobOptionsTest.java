package org.shangliang.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shangliang.deliberation.unit.TierLevel;

class JobOptionsTest {
  private static final String[] REQUIRED = {
    "--records", "hdfs:///audit/2026/*.jsonl",
    "--profile", "jinan",
    "--jurisdiction", "units.json",
    "--at", "2026-12-05T18:00+08:00",
    "--out", "out"
  };

  private static String[] with(String... more) {
    List<String> args = new ArrayList<>(List.of(REQUIRED));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void readsTheRequiredOptionsAndDefaultsTheOthers() {
    JobOptions options = JobOptions.parse(REQUIRED);

    assertThat(options.records()).isEqualTo("hdfs:///audit/2026/*.jsonl");
    assertThat(options.profile()).isEqualTo("jinan");
    assertThat(options.jurisdiction()).isEqualTo("units.json");
    assertThat(options.at()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
    assertThat(options.out()).isEqualTo("out");
    assertThat(options.calendar()).isEmpty();
    assertThat(options.householdLinks()).isEmpty();
    assertThat(options.level()).isEqualTo(TierLevel.COMMUNITY);
    assertThat(options.minCount()).isEqualTo(2);
    assertThat(options.format()).isEqualTo("parquet");
  }

  @Test
  void readsTheOptionalOptions() {
    JobOptions options =
        JobOptions.parse(
            with(
                "--calendar", "calendar.json",
                "--household-links", "links.json",
                "--level", "sub-district",
                "--min-count", "3",
                "--format", "json"));

    assertThat(options.calendar()).isEqualTo(Optional.of("calendar.json"));
    assertThat(options.householdLinks()).isEqualTo(Optional.of("links.json"));
    assertThat(options.level()).isEqualTo(TierLevel.SUB_DISTRICT);
    assertThat(options.minCount()).isEqualTo(3);
    assertThat(options.format()).isEqualTo("json");
    String[] utc = REQUIRED.clone();
    utc[7] = "2026-12-05T10:00:00Z";
    assertThat(JobOptions.parse(utc).at()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
  }

  @Test
  void refusesABadCommandLineNamingTheOptionAndTheValue() {
    assertThatThrownBy(() -> JobOptions.parse("--records", "r", "--profile", "jinan"))
        .hasMessage("--jurisdiction: required");
    assertThatThrownBy(() -> JobOptions.parse(with("--threads", "2")))
        .hasMessage("unknown option --threads");
    assertThatThrownBy(() -> JobOptions.parse(with("--format")))
        .hasMessage("--format: needs a value");
    assertThatThrownBy(() -> JobOptions.parse(with("--out", "again")))
        .hasMessage("--out: given twice");
    assertThatThrownBy(() -> JobOptions.parse(with("--format", "csv")))
        .hasMessage("--format: must be parquet or json, was csv");
    assertThatThrownBy(() -> JobOptions.parse(with("--min-count", "0")))
        .hasMessage("--min-count: must be at least 1, was 0");
    assertThatThrownBy(() -> JobOptions.parse(with("--min-count", "two")))
        .hasMessage("--min-count: must be a whole number, was two");
    assertThatThrownBy(() -> JobOptions.parse(with("--level", "province")))
        .hasMessage("--level: must be courtyard, grid, community, sub-district, district or city, was province");
    String[] local = REQUIRED.clone();
    local[7] = "2026-12-05T18:00";
    assertThatThrownBy(() -> JobOptions.parse(local))
        .hasMessage("--at: must be an instant with Z or an offset (2026-12-05T10:00:00Z), was 2026-12-05T18:00");
  }
}
