package dev.helpdesk.escalation.calendars.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Violation;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.calendars.PublishedHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a calendar request: every bad field is named as the published shape names it. */
class CalendarRequestTest {

    private static final Map<String, List<List<String>>> OFFICE = Map.of(
            "MONDAY", List.of(List.of("13:00", "18:00"), List.of("08:00", "13:00")),
            "FRIDAY", List.of(List.of("08:00", "12:00")));

    @Test
    void aCompleteRequestBecomesTheCalendarWithNormalisedHours() {
        CalendarDefinition calendar = new CalendarRequest(null, "Berlin office", "Europe/Berlin", OFFICE,
                List.of("2026-12-25", "2026-12-24")).toDefinition("berlin");

        assertThat(calendar.id()).isEqualTo("berlin");
        assertThat(calendar.calendar().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(PublishedHours.of(calendar.calendar())).containsEntry("MONDAY", List.of(List.of("08:00", "18:00")))
                .containsEntry("SATURDAY", List.of());
        assertThat(calendar.calendar().holidays()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
        // Monday 2026-11-30 17:00 Berlin, one working hour left that day, then Friday morning
        assertThat(calendar.calendar().dueAt(Instant.parse("2026-11-30T16:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
    }

    @Test
    void aWholeDayIsWrittenAsMidnightToTwentyFour() {
        CalendarDefinition calendar = new CalendarRequest(null, "Weekends", "UTC",
                Map.of("SATURDAY", List.of(List.of("00:00", "24:00"))), null).toDefinition("weekends");

        assertThat(PublishedHours.of(calendar.calendar())).containsEntry("SATURDAY", List.of(List.of("00:00", "24:00")));
        assertThat(calendar.calendar().holidays()).isEmpty();
    }

    @Test
    void anUnknownOrMissingZoneIsNamed() {
        assertThat(fields(request("Mars/Olympus", OFFICE, null))).containsExactly("zone");
        assertThat(fields(request("+02:00", OFFICE, null))).containsExactly("zone");
        assertThat(fields(request(null, OFFICE, null))).containsExactly("zone");
    }

    @Test
    void overlappingHoursAreNamedByTheirDay() {
        assertThat(fields(request("UTC", Map.of("TUESDAY", List.of(List.of("08:00", "12:00"), List.of("11:00", "18:00"))),
                null))).containsExactly("hours.TUESDAY");
    }

    @Test
    void aMalformedTimeIsNamedByItsInterval() {
        assertThat(violations(request("UTC", Map.of("MONDAY", List.of(List.of("08:00", "18:00"),
                List.of("19:00", "25:00"))), null)))
                .containsExactly(new Violation("hours.MONDAY[1]", "'25:00' is not a time of day HH:mm"));
        assertThat(fields(request("UTC", Map.of("MONDAY", List.of(List.of("18:00", "08:00"))), null)))
                .containsExactly("hours.MONDAY[0]");
        assertThat(fields(request("UTC", Map.of("MONDAY", List.of(List.of("08:00"))), null)))
                .containsExactly("hours.MONDAY[0]");
    }

    @Test
    void unknownWeekdaysMissingHoursAndAWeekWithoutWorkingTimeAreNamed() {
        assertThat(fields(request("UTC", Map.of("FUNDAY", List.of(List.of("08:00", "18:00"))), null)))
                .containsExactly("hours.FUNDAY");
        assertThat(fields(request("UTC", null, null))).containsExactly("hours");
        assertThat(fields(request("UTC", Map.of(), null))).containsExactly("hours");
    }

    @Test
    void holidaysThatAreNotIsoDatesAreNamedOneByOne() {
        assertThat(fields(request("UTC", OFFICE, Arrays.asList("2026-12-25", "25.12.2026", null, "2026-02-30"))))
                .containsExactly("holidays[1]", "holidays[2]", "holidays[3]");
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        hours.put("MONDAY", List.of(List.of("8 am", "18:00")));
        CalendarRequest request = new CalendarRequest(null, " ", "Nowhere", hours, List.of("tomorrow"));

        assertThat(fields(request, "Bad Id")).containsExactly("id", "name", "zone", "holidays[0]", "hours.MONDAY[0]");
    }

    private static CalendarRequest request(String zone, Map<String, List<List<String>>> hours, List<String> holidays) {
        return new CalendarRequest(null, "A calendar", zone, hours, holidays);
    }

    private static List<String> fields(CalendarRequest request) {
        return fields(request, "a-calendar");
    }

    private static List<String> fields(CalendarRequest request, String id) {
        return violations(request, id).stream().map(Violation::field).toList();
    }

    private static List<Violation> violations(CalendarRequest request) {
        return violations(request, "a-calendar");
    }

    private static List<Violation> violations(CalendarRequest request, String id) {
        try {
            request.toDefinition(id);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.violations();
        }
    }
}
