package dev.helpdesk.escalation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the business-time arithmetic over generated calendars ({@link CalendarScenarios}):
 * first against the minute-by-minute reference, then the laws that tie {@code dueAt} and
 * {@code businessTimeBetween} together over ranges too long for the reference to walk.
 */
class BusinessCalendarPropertiesTest {

    /** How far the reference walks; a target it cannot meet by then must be due later. */
    private static final Duration HORIZON = Duration.ofDays(45);

    @Test
    void dueAtMatchesTheMinuteByMinuteReference() {
        PropertyCheck.forAll(300, CalendarScenarios::any, scenario -> {
            Instant due = scenario.calendar().dueAt(scenario.start(), scenario.target());

            Optional<Instant> expected = scenario.reference().dueAt(scenario.start(), scenario.target(), HORIZON);
            if (expected.isPresent()) {
                assertThat(due).isEqualTo(expected.get());
            } else {
                assertThat(due).isAfter(scenario.start().plus(HORIZON));
            }
        });
    }

    @Test
    void businessTimeBetweenMatchesTheMinuteByMinuteReference() {
        PropertyCheck.forAll(300, Range::nearby, range -> {
            CalendarScenario scenario = range.scenario();
            assertThat(scenario.calendar().businessTimeBetween(scenario.start(), range.end()))
                    .isEqualTo(scenario.reference().between(scenario.start(), range.end()));
        });
    }

    @Test
    void businessTimeBetweenAStartAndItsDueInstantIsTheTarget() {
        PropertyCheck.forAll(1000, Interim::any, interim -> {
            BusinessCalendar calendar = interim.scenario().calendar();
            Instant due = calendar.dueAt(interim.start(), interim.first());

            assertThat(calendar.businessTimeBetween(interim.start(), due)).isEqualTo(interim.first());
        });
    }

    @Test
    void nothingEarlierThanTheDueInstantMeetsTheTarget() {
        PropertyCheck.forAll(1000, Interim::any, interim -> {
            BusinessCalendar calendar = interim.scenario().calendar();
            Duration target = interim.first().isZero() ? Duration.ofNanos(1) : interim.first();
            Instant due = calendar.dueAt(interim.start(), target);

            assertThat(calendar.businessTimeBetween(interim.start(), due.minusNanos(1))).isLessThan(target);
        });
    }

    @Test
    void aLargerTargetIsNeverDueEarlier() {
        PropertyCheck.forAll(1000, Interim::any, interim -> {
            BusinessCalendar calendar = interim.scenario().calendar();
            Duration smaller = interim.first().compareTo(interim.second()) <= 0 ? interim.first() : interim.second();
            Duration larger = smaller == interim.first() ? interim.second() : interim.first();

            assertThat(calendar.dueAt(interim.start(), smaller))
                    .isBeforeOrEqualTo(calendar.dueAt(interim.start(), larger));
        });
    }

    @Test
    void aTargetCanBeCountedInInstalments() {
        PropertyCheck.forAll(1000, Interim::any, interim -> {
            BusinessCalendar calendar = interim.scenario().calendar();
            Instant afterFirst = calendar.dueAt(interim.start(), interim.first());

            assertThat(calendar.dueAt(afterFirst, interim.second()))
                    .isEqualTo(calendar.dueAt(interim.start(), interim.first().plus(interim.second())));
        });
    }

    @Test
    void workingTimeOverMonthsIsTheSumOfItsDays() {
        PropertyCheck.forAll(200, Range::long_, range -> {
            BusinessCalendar calendar = range.scenario().calendar();
            Instant from = range.scenario().start();
            Duration dayByDay = Duration.ZERO;
            for (Instant day = from; day.isBefore(range.end()); day = day.plus(Duration.ofDays(1))) {
                Instant next = day.plus(Duration.ofDays(1));
                dayByDay = dayByDay.plus(calendar.businessTimeBetween(day, next.isBefore(range.end()) ? next : range.end()));
            }

            assertThat(calendar.businessTimeBetween(from, range.end())).isEqualTo(dayByDay);
        });
    }

    /** A scenario's start and an end, which may lie before the start. */
    private record Range(CalendarScenario scenario, Instant end) {

        static Range nearby(Random random) {
            CalendarScenario scenario = CalendarScenarios.withTarget(random, Duration.ZERO);
            long seconds = 60L * (random.nextInt(21 * 24 * 60) - 60) + (random.nextBoolean() ? 0 : random.nextInt(60));
            return new Range(scenario, scenario.start().plusSeconds(seconds));
        }

        static Range long_(Random random) {
            CalendarScenario scenario = CalendarScenarios.withTarget(random, Duration.ZERO);
            return new Range(scenario, scenario.start().plusSeconds(random.nextLong(400L * 24 * 3600)).plusNanos(random.nextInt(1_000_000_000)));
        }
    }

    /**
     * A start anywhere within a minute (or on it, where awkward targets line up with interval
     * ends) and two targets of up to a year of working time, down to the nanosecond.
     */
    private record Interim(CalendarScenario scenario, Instant start, Duration first, Duration second) {

        static Interim any(Random random) {
            CalendarScenario scenario = CalendarScenarios.withTarget(random, Duration.ZERO);
            Instant start = random.nextBoolean() ? scenario.start() : scenario.start().plusNanos(random.nextLong(60_000_000_000L));
            return new Interim(scenario, start, target(random, scenario), target(random, scenario));
        }

        private static Duration target(Random random, CalendarScenario scenario) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                return CalendarScenarios.target(random, scenario);
            } else if (kind == 1) {
                return CalendarScenarios.workingWeek(scenario.hours()).multipliedBy(1 + random.nextInt(60));
            }
            return Duration.ofSeconds(random.nextLong(366L * 24 * 3600), random.nextInt(1_000_000_000));
        }
    }
}
