package dev.helpdesk.escalation.clock;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Calendars, targets and instants the clock tests share; 2026-06-05 is a Friday. */
final class Clocks {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessCalendar AROUND_THE_CLOCK = BusinessCalendar.aroundTheClock(ZoneOffset.UTC);
    static final BusinessCalendar BERLIN_OFFICE = officeHours();

    /** P1 of the design: 15 min to respond, 4 h to resolve, warnings at 75 % and 90 %. */
    static final SlaTargets P1 = SlaTargets.of(Duration.ofMinutes(15), Duration.ofHours(4));
    /** P2 of the design: 30 min to respond, 8 h to resolve. */
    static final SlaTargets P2 = SlaTargets.of(Duration.ofMinutes(30), Duration.ofHours(8));

    /** A Monday morning, on the 24×7 calendar's UTC. */
    static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    private Clocks() {
    }

    static SlaTargets targets(String firstResponse, String resolution) {
        return SlaTargets.of(Duration.parse(firstResponse), Duration.parse(resolution));
    }

    /** T0 plus an ISO-8601 duration such as {@code PT3H36M}. */
    static Instant t(String sinceT0) {
        return T0.plus(Duration.parse(sinceT0));
    }

    static Duration d(String iso) {
        return Duration.parse(iso);
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Threshold fraction(String fraction) {
        return Threshold.of(fraction);
    }

    private static BusinessCalendar officeHours() {
        Map<DayOfWeek, List<List<String>>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(List.of("08:00", "18:00")));
        }
        return BusinessCalendar.parse(BERLIN, hours, List.of());
    }
}
