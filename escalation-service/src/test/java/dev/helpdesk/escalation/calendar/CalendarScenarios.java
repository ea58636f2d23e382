package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates calendar scenarios that lean towards the awkward cases: zones with daylight saving
 * (including a half-hour shift and changes at midnight) and without, several intervals a day,
 * touching and unsorted intervals, whole days, holidays near the start, and starts at offset
 * changes, at midnight, at interval boundaries and on holidays. Starts fall on whole minutes, as
 * the minute-by-minute reference needs.
 */
final class CalendarScenarios {

    static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Sydney",
            "Asia/Kolkata", "UTC", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu")
            .stream().map(ZoneId::of).toList();

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 5 * 365;
    /** Minutes the eye picks for hours, and those around daylight-saving changes. */
    private static final int[] ROUND_MINUTES = {0, 0, 60, 120, 150, 180, 480, 720, 1080, 1440, 1440};

    private CalendarScenarios() {
    }

    /**
     * Targets from seconds to three working weeks, some of them used up exactly at the end of a
     * working interval or after exactly whole working weeks: there an off-by-one shows.
     */
    static CalendarScenario any(Random random) {
        CalendarScenario scenario = withTarget(random, Duration.ZERO);
        return scenario.withTarget(target(random, scenario));
    }

    static CalendarScenario withTarget(Random random, Duration target) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, List<WorkingInterval>> hours = weeklyHours(random);
        Instant start = start(random, zone, hours);
        Set<LocalDate> holidays = holidaysNear(random, start.atZone(zone).toLocalDate());
        return new CalendarScenario(zone, hours, holidays, start, target);
    }

    static Duration target(Random random, CalendarScenario scenario) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return workingWeek(scenario.hours()).multipliedBy(1 + random.nextInt(4));
        } else if (kind < 3) {
            return scenario.reference().between(scenario.start(), intervalEndSoonAfter(random, scenario));
        }
        return target(random);
    }

    static Duration target(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return Duration.ZERO;
        } else if (kind < 5) {
            return Duration.ofSeconds(1 + random.nextInt(59));
        } else if (kind < 12) {
            return Duration.ofMinutes(1 + random.nextInt(600)).plusSeconds(random.nextBoolean() ? 0 : random.nextInt(60));
        } else if (kind < 17) {
            return Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60));
        }
        return Duration.ofMinutes(1 + random.nextInt(3 * 7 * 24 * 60));
    }

    /** Working time of a week without holidays. */
    static Duration workingWeek(Map<DayOfWeek, List<WorkingInterval>> hours) {
        return Duration.ofMinutes(hours.values().stream().flatMap(List::stream)
                .mapToInt(interval -> interval.endMinute() - interval.startMinute()).sum());
    }

    /** The end of a working interval within about a week of the start (or the start itself). */
    private static Instant intervalEndSoonAfter(Random random, CalendarScenario scenario) {
        LocalDate day = scenario.start().atZone(scenario.zone()).toLocalDate().plusDays(random.nextInt(7));
        for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
            List<WorkingInterval> intervals = scenario.hours().get(day.getDayOfWeek());
            if (!intervals.isEmpty()) {
                return wallClock(day, intervals.get(random.nextInt(intervals.size())).endMinute(), scenario.zone());
            }
        }
        return scenario.start();
    }

    static Map<DayOfWeek, List<WorkingInterval>> weeklyHours(Random random) {
        while (true) {
            Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.put(day, dayHours(random));
            }
            if (hours.values().stream().anyMatch(intervals -> !intervals.isEmpty())) {
                return hours;
            }
        }
    }

    private static List<WorkingInterval> dayHours(Random random) {
        int kind = random.nextInt(20);
        if (kind < 4) {
            return List.of();
        } else if (kind < 7) {
            return List.of(WorkingInterval.WHOLE_DAY);
        }
        int count = 1 + random.nextInt(3);
        boolean touching = random.nextInt(4) == 0;
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < (touching ? count + 1 : 2 * count)) {
            points.add(random.nextInt(3) == 0 ? ROUND_MINUTES[random.nextInt(ROUND_MINUTES.length)]
                    : random.nextBoolean() ? 30 * random.nextInt(49) : random.nextInt(1441));
        }
        List<Integer> sorted = new ArrayList<>(points);
        List<WorkingInterval> intervals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            intervals.add(touching ? new WorkingInterval(sorted.get(i), sorted.get(i + 1))
                    : new WorkingInterval(sorted.get(2 * i), sorted.get(2 * i + 1)));
        }
        Collections.shuffle(intervals, random);
        return List.copyOf(intervals);
    }

    static Instant start(Random random, ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> hours) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int kind = random.nextInt(10);
        if (kind < 3) {
            ZoneOffsetTransition change = zone.getRules().nextTransition(day.atStartOfDay(zone).toInstant());
            if (change != null) {
                return change.getInstant().plusSeconds(60L * (random.nextInt(361) - 180));
            }
        } else if (kind < 4) {
            return day.atStartOfDay(zone).toInstant();
        } else if (kind < 7 && !hours.get(day.getDayOfWeek()).isEmpty()) {
            List<WorkingInterval> intervals = hours.get(day.getDayOfWeek());
            WorkingInterval interval = intervals.get(random.nextInt(intervals.size()));
            return wallClock(day, random.nextBoolean() ? interval.startMinute() : interval.endMinute(), zone);
        }
        return wallClock(day, random.nextInt(1440), zone);
    }

    /** A wall-clock reading; one that falls in a gap is moved on by the gap, as java.time does. */
    private static Instant wallClock(LocalDate day, int minuteOfDay, ZoneId zone) {
        return minuteOfDay == 1440 ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
    }

    static Set<LocalDate> holidaysNear(Random random, LocalDate startDay) {
        Set<LocalDate> holidays = new HashSet<>();
        if (random.nextInt(5) == 0) {
            holidays.add(startDay);
        }
        if (random.nextInt(8) == 0) {
            LocalDate closedFrom = startDay.plusDays(random.nextInt(10));
            for (int i = 0; i < 3 + random.nextInt(8); i++) {
                holidays.add(closedFrom.plusDays(i));
            }
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            holidays.add(startDay.plusDays(random.nextInt(33) - 2));
        }
        return holidays;
    }
}
