package dev.helpdesk.escalation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples that can be checked with a wall calendar; 2026-03-29 and 2026-10-25 are Sundays. */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingInterval OFFICE_HOURS = WorkingInterval.parse("08:00", "18:00");

    private static Map<DayOfWeek, List<WorkingInterval>> weekdays(WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(intervals));
        }
        return hours;
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static ZonedDateTime inBerlin(Instant instant) {
        return instant.atZone(BERLIN);
    }

    @Nested
    class OfficeHoursMondayToFriday {

        private final BusinessCalendar office = new BusinessCalendar(BERLIN, weekdays(OFFICE_HOURS), List.of());

        @Test
        void aFourHourTargetFromFridayAfternoonIsDueMondayMorning() {
            assertThat(office.dueAt(berlin("2026-06-05T16:00"), Duration.ofHours(4))).isEqualTo(berlin("2026-06-08T10:00"));
        }

        @Test
        void aTargetUsedUpAtClosingTimeIsDueAtClosingTimeNotAtNextOpening() {
            assertThat(office.dueAt(berlin("2026-06-05T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-06-05T18:00"));
        }

        @Test
        void aTargetStartedAtTheWeekendStartsCountingOnMonday() {
            assertThat(office.dueAt(berlin("2026-06-06T10:00"), Duration.ofHours(1))).isEqualTo(berlin("2026-06-08T09:00"));
        }

        @Test
        void aZeroTargetIsDueAtOnceEvenOutsideWorkingHours() {
            assertThat(office.dueAt(berlin("2026-06-06T10:00"), Duration.ZERO)).isEqualTo(berlin("2026-06-06T10:00"));
        }

        @Test
        void secondsCount() {
            Instant halfPast = berlin("2026-06-08T17:59:30");
            assertThat(office.dueAt(halfPast, Duration.ofSeconds(5))).isEqualTo(berlin("2026-06-08T17:59:35"));
            assertThat(office.dueAt(berlin("2026-06-05T17:59:58"), Duration.ofSeconds(5))).isEqualTo(berlin("2026-06-08T08:00:03"));
            assertThat(office.businessTimeBetween(berlin("2026-06-05T17:59:30"), berlin("2026-06-08T08:00:30")))
                    .isEqualTo(Duration.ofSeconds(60));
        }

        @Test
        void businessTimeBetweenFridayAfternoonAndMondayMorningIsFourHours() {
            assertThat(office.businessTimeBetween(berlin("2026-06-05T16:00"), berlin("2026-06-08T10:00")))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void businessTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
            assertThat(office.businessTimeBetween(berlin("2026-06-08T10:00"), berlin("2026-06-08T09:00"))).isZero();
            assertThat(office.businessTimeBetween(berlin("2026-06-08T10:00"), berlin("2026-06-08T10:00"))).isZero();
        }

        @Test
        void aTenWorkingDayTargetIsTwoWeeksLater() {
            // P5 resolution: 10 days of 10 office hours each.
            assertThat(office.dueAt(berlin("2026-06-08T08:00"), Duration.ofHours(100))).isEqualTo(berlin("2026-06-19T18:00"));
        }

        @Test
        void aTargetOfYearsIsCountedWithoutWalkingEveryDay() {
            // 1000 weeks of 50 office hours from a Monday morning end on the Friday evening of the
            // 1000th week; the weeks in between are counted whole.
            Instant monday = berlin("2026-01-05T08:00");
            Instant due = office.dueAt(monday, Duration.ofHours(50 * 1000));

            assertThat(inBerlin(due).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-01-05T18:00").plusWeeks(999).plusDays(4));
            assertThat(office.businessTimeBetween(monday, due)).isEqualTo(Duration.ofHours(50 * 1000));
        }

        @Test
        void aNegativeTargetIsRefused() {
            assertThatThrownBy(() -> office.dueAt(berlin("2026-06-08T10:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Holidays {

        private final BusinessCalendar easter = new BusinessCalendar(BERLIN, weekdays(OFFICE_HOURS),
                List.of(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06")));

        @Test
        void aTargetStartedBeforeEasterIsDueAfterEasterMonday() {
            // Thursday 16:00–18:00, then Good Friday and Easter Monday are closed: Tuesday 10:00.
            assertThat(easter.dueAt(berlin("2026-04-02T16:00"), Duration.ofHours(4))).isEqualTo(berlin("2026-04-07T10:00"));
        }

        @Test
        void aHolidayHasNoWorkingTime() {
            assertThat(easter.businessTimeBetween(berlin("2026-04-03T00:00"), berlin("2026-04-04T00:00"))).isZero();
            assertThat(easter.businessTimeBetween(berlin("2026-03-30T00:00"), berlin("2026-04-13T00:00")))
                    .isEqualTo(Duration.ofHours(80));
        }
    }

    @Nested
    class TwoIntervalsADay {

        private final BusinessCalendar lunchBreak = new BusinessCalendar(BERLIN,
                weekdays(WorkingInterval.parse("08:00", "12:00"), WorkingInterval.parse("13:00", "17:00")), List.of());

        @Test
        void theLunchBreakDoesNotCount() {
            assertThat(lunchBreak.dueAt(berlin("2026-06-08T10:00"), Duration.ofHours(5))).isEqualTo(berlin("2026-06-08T16:00"));
            assertThat(lunchBreak.businessTimeBetween(berlin("2026-06-08T11:30"), berlin("2026-06-08T13:30")))
                    .isEqualTo(Duration.ofHours(1));
        }

        @Test
        void aTargetUsedUpAtLunchIsDueAtNoon() {
            assertThat(lunchBreak.dueAt(berlin("2026-06-08T10:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-06-08T12:00"));
        }

        @Test
        void whatIsLeftAtTheEndOfTheDayIsDueNextMorning() {
            assertThat(lunchBreak.dueAt(berlin("2026-06-08T10:00"), Duration.ofHours(7))).isEqualTo(berlin("2026-06-09T09:00"));
        }
    }

    @Nested
    class DaylightSaving {

        private final BusinessCalendar aroundTheClock = BusinessCalendar.aroundTheClock(BERLIN);

        private final BusinessCalendar sundays = new BusinessCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, List.of(WorkingInterval.WHOLE_DAY)), List.of());

        @Test
        void springForwardSkipsTheHourThatDoesNotExist() {
            // 00:30–02:00 is 1.5 h, the clock jumps to 03:00, 2.5 h more: 05:30 summer time.
            Instant due = aroundTheClock.dueAt(berlin("2026-03-29T00:30"), Duration.ofHours(4));

            assertThat(inBerlin(due).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T05:30"));
            assertThat(Duration.between(berlin("2026-03-29T00:30"), due)).isEqualTo(Duration.ofHours(4));
        }

        @Test
        void fallBackCountsTheRepeatedHourTwice() {
            // 00:30–03:00 summer time is 2.5 h, the clock goes back to 02:00, 1.5 h more: 03:30 winter time.
            Instant due = aroundTheClock.dueAt(berlin("2026-10-25T00:30"), Duration.ofHours(4));

            assertThat(due.atOffset(ZoneOffset.ofHours(1)).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T03:30"));
        }

        @Test
        void theChangeoverSundaysHaveTwentyThreeAndTwentyFiveHours() {
            assertThat(sundays.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
            assertThat(sundays.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(25));
        }

        @Test
        void aSundayOnlyCalendarCountsTheSameRealHours() {
            // From Saturday noon nothing counts until Sunday 00:00; then as around the clock.
            assertThat(inBerlin(sundays.dueAt(berlin("2026-03-28T12:00"), Duration.ofHours(4))).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-03-29T05:00"));
            assertThat(sundays.dueAt(berlin("2026-10-24T12:00"), Duration.ofHours(4)).atOffset(ZoneOffset.ofHours(1)).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-25T03:00"));
        }

        @Test
        void hoursAroundTheChangeCountRealElapsedTime() {
            BusinessCalendar earlySundays = sundayHours("01:00", "05:00");

            assertThat(earlySundays.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(3));
            assertThat(earlySundays.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(5));
        }

        @Test
        void officeHoursAwayFromTheChangeKeepTheirTenHours() {
            BusinessCalendar officeSundays = sundayHours("08:00", "18:00");

            assertThat(officeSundays.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(10));
            assertThat(officeSundays.businessTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(10));
        }

        @Test
        void hoursThatBeginInsideTheGapBeginWhenTheGapEnds() {
            // 02:30 does not exist on 2026-03-29; working time starts at 03:00 summer time.
            BusinessCalendar fromHalfPastTwo = sundayHours("02:30", "05:00");

            assertThat(fromHalfPastTwo.businessTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(2));
            assertThat(inBerlin(fromHalfPastTwo.dueAt(berlin("2026-03-29T00:00"), Duration.ofMinutes(1))).toLocalTime())
                    .isEqualTo(LocalTime.of(3, 1));
        }

        private BusinessCalendar sundayHours(String start, String end) {
            return new BusinessCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(WorkingInterval.parse(start, end))), List.of());
        }
    }
}
