package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void aWeekRunsFromMondayToMondayInUtc() {
        IsoWeek week = IsoWeek.parse("2026-W48").orElseThrow();

        assertThat(week.from()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(week.previous()).hasToString("2026-W47");
        assertThat(IsoWeek.containing(Instant.parse("2026-11-29T23:59:59Z"))).isEqualTo(week);
        assertThat(IsoWeek.containing(Instant.parse("2026-11-30T00:00:00Z"))).hasToString("2026-W49");
    }

    @Test
    void weeksAcrossTheTurnOfTheYearFollowIso8601() {
        // 2020 has 53 weeks; 2021-W01 starts on 4 January 2021; 2026 has 53 weeks, 2025 has 52.
        assertThat(IsoWeek.parse("2021-W01").orElseThrow().previous()).hasToString("2020-W53");
        assertThat(IsoWeek.parse("2021-W01").orElseThrow().from()).isEqualTo(Instant.parse("2021-01-04T00:00:00Z"));
        assertThat(IsoWeek.containing(Instant.parse("2024-12-30T12:00:00Z"))).hasToString("2025-W01");
        assertThat(IsoWeek.parse("2026-W53")).isPresent();
        assertThat(IsoWeek.parse("2025-W53")).isEmpty();
        assertThat(IsoWeek.parse("2026-W00")).isEmpty();
        assertThat(IsoWeek.parse("2026-W5")).isEmpty();
        assertThat(IsoWeek.parse("0000-W01")).isEmpty();
    }
}
