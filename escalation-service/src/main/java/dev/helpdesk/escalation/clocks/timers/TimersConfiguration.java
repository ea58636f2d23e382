package dev.helpdesk.escalation.clocks.timers;

import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.scheduling.PassSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SLA timers: {@code helpdesk.sla.timer-interval} (default {@code 500ms}; also {@code 2s} or
 * ISO-8601 such as {@code PT0.5S}) between passes, {@code helpdesk.sla.timer-batch} clocks read at
 * a time (default 100), and {@code helpdesk.sla.timers-enabled=false} to run none in this instance
 * (the clocks then fall due unrecorded until an instance with timers runs, which catches up).
 */
@Configuration(proxyBeanMethods = false)
class TimersConfiguration {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    @Bean
    ClockTimers clockTimers(TicketClocks clocks, Clock clock, MeterRegistry meters,
            @Value("${helpdesk.sla.timer-batch:100}") int batchSize) {
        return new ClockTimers(clocks, clock, batchSize, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "helpdesk.sla.timers-enabled", havingValue = "true", matchIfMissing = true)
    PassSchedule timerSchedule(ClockTimers timers, @Value("${helpdesk.sla.timer-interval:500ms}") String interval) {
        return new PassSchedule("sla-timers", "helpdesk.sla.timer-interval", interval(interval), timers::runOnce);
    }

    static Duration interval(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        Matcher simple = SIMPLE.matcher(value);
        if (!simple.matches()) {
            throw new IllegalStateException("helpdesk.sla.timer-interval must be a duration such as 500ms, 2s or"
                    + " PT0.5S, not '" + text + "'");
        }
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2) == null ? "ms" : simple.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofMillis(amount);
        };
    }
}
