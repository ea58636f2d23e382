package dev.helpdesk.escalation.clocks.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.scheduling.PassSchedule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How {@code helpdesk.sla.timer-interval} and {@code helpdesk.sla.timer-batch} are read. */
class TimersConfigurationTest {

    @Test
    void theIntervalIsReadAsMillisecondsSecondsMinutesOrIso() {
        assertThat(TimersConfiguration.interval("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(TimersConfiguration.interval("250")).isEqualTo(Duration.ofMillis(250));
        assertThat(TimersConfiguration.interval(" 2s ")).isEqualTo(Duration.ofSeconds(2));
        assertThat(TimersConfiguration.interval("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(TimersConfiguration.interval("PT0.5S")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aMeaninglessOrNonPositiveSettingStopsTheStart() {
        assertThatThrownBy(() -> TimersConfiguration.interval("soon")).hasMessageContaining("timer-interval");
        assertThatThrownBy(() -> new PassSchedule("sla-timers", "helpdesk.sla.timer-interval", Duration.ZERO, null))
                .hasMessageContaining("timer-interval");
        assertThatThrownBy(() -> new ClockTimers(null, Clock.systemUTC(), 0, new SimpleMeterRegistry()))
                .hasMessageContaining("timer-batch");
    }
}
