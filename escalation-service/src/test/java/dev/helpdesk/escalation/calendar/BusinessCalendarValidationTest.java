package dev.helpdesk.escalation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BusinessCalendarValidationTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<WorkingInterval> OFFICE_HOURS = List.of(WorkingInterval.parse("08:00", "18:00"));

    private static String faultyField(ThrowingCallable definition) {
        return catchThrowableOfType(InvalidCalendarException.class, definition).field();
    }

    @Test
    void aCalendarWithoutZoneIsRejected() {
        assertThat(faultyField(() -> new BusinessCalendar(null, Map.of(DayOfWeek.MONDAY, OFFICE_HOURS), List.of())))
                .isEqualTo("zone");
    }

    @Test
    void overlappingHoursAreRejectedNamingTheDay() {
        InvalidCalendarException rejection = catchThrowableOfType(InvalidCalendarException.class,
                () -> new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, List.of(
                        WorkingInterval.parse("12:00", "18:00"), WorkingInterval.parse("08:00", "12:30"))), List.of()));

        assertThat(rejection.field()).isEqualTo("hours.MONDAY");
        assertThat(rejection.reason()).isEqualTo("08:00–12:30 and 12:00–18:00 overlap");
    }

    @Test
    void touchingHoursAreMergedAndSorted() {
        BusinessCalendar calendar = new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, List.of(
                WorkingInterval.parse("12:00", "18:00"), WorkingInterval.parse("19:00", "20:00"),
                WorkingInterval.parse("08:00", "12:00"))), List.of());

        assertThat(calendar.hours().get(DayOfWeek.MONDAY))
                .containsExactly(WorkingInterval.parse("08:00", "18:00"), WorkingInterval.parse("19:00", "20:00"));
        assertThat(calendar.hours().get(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(calendar).isEqualTo(new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, List.of(
                WorkingInterval.parse("08:00", "18:00"), WorkingInterval.parse("19:00", "20:00"))), List.of()));
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRejectedNamingTheInterval() {
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.MONDAY, List.of(List.of("08:00", "12:00"), List.of("18:00", "13:00"))), List.of())))
                .isEqualTo("hours.MONDAY[1]");
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.FRIDAY, List.of(List.of("09:00", "09:00"))), List.of())))
                .isEqualTo("hours.FRIDAY[0]");
    }

    @Test
    void unreadableHoursAreRejectedNamingTheInterval() {
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.TUESDAY, List.of(List.of("08:00", "12:00"), List.of("1pm", "17:00"))), List.of())))
                .isEqualTo("hours.TUESDAY[1]");
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.TUESDAY, List.of(List.of("08:00"))), List.of())))
                .isEqualTo("hours.TUESDAY[0]");
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.TUESDAY, List.of(List.of("08:00", "24:30"))), List.of())))
                .isEqualTo("hours.TUESDAY[0]");
    }

    @Test
    void theEndOfTheDayIsWrittenTwentyFourHundred() {
        BusinessCalendar calendar = BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.SATURDAY, List.of(List.of("00:00", "24:00"))), List.of());

        assertThat(calendar.hours().get(DayOfWeek.SATURDAY)).containsExactly(WorkingInterval.WHOLE_DAY);
        assertThat(WorkingInterval.untilEndOfDay(LocalTime.of(22, 0))).isEqualTo(WorkingInterval.parse("22:00", "24:00"));
    }

    @Test
    void aCalendarWithoutAnyWorkingTimeIsRejected() {
        assertThat(faultyField(() -> new BusinessCalendar(BERLIN, Map.of(), List.of()))).isEqualTo("hours");
        assertThat(faultyField(() -> BusinessCalendar.parse(BERLIN,
                Map.of(DayOfWeek.MONDAY, List.of(), DayOfWeek.TUESDAY, List.of()), List.of()))).isEqualTo("hours");
    }

    @Test
    void missingHoursOrHolidaysAreRejected() {
        assertThat(faultyField(() -> new BusinessCalendar(BERLIN, null, List.of()))).isEqualTo("hours");
        assertThat(faultyField(() -> new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, OFFICE_HOURS), null)))
                .isEqualTo("holidays");
        assertThat(faultyField(() -> new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, OFFICE_HOURS),
                Arrays.asList(LocalDate.of(2026, 12, 25), null)))).isEqualTo("holidays");
    }

    @Test
    void hoursAreWholeMinutes() {
        assertThat(faultyField(() -> WorkingInterval.of(LocalTime.of(8, 0, 30), LocalTime.of(18, 0)))).isEqualTo("hours");
    }
}
