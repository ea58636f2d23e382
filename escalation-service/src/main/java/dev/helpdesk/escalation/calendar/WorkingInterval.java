package dev.helpdesk.escalation.calendar;

import java.time.LocalTime;

/**
 * One stretch of working hours on a day, from {@code startMinute} (inclusive) to
 * {@code endMinute} (exclusive), both read on the calendar zone's wall clock.
 *
 * <p>The bounds are minutes of the day, 0 to 1440, rather than {@link LocalTime}s because
 * the published hours say "24:00" for the end of the day and {@code LocalTime} has no such
 * value: {@code LocalTime.MAX} is 23:59:59.999999999 and would drop the last nanosecond of
 * every working day, and {@code 00:00} as an end would be ambiguous. Minutes are also exactly
 * the precision of the published "HH:mm" hours.
 */
public record WorkingInterval(int startMinute, int endMinute) {

    static final int MINUTES_PER_DAY = 24 * 60;

    /** 00:00–24:00. */
    public static final WorkingInterval WHOLE_DAY = new WorkingInterval(0, MINUTES_PER_DAY);

    public WorkingInterval {
        if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new InvalidCalendarException("hours", "working hours " + text(startMinute) + "–"
                    + text(endMinute) + " must start before they end, within 00:00–24:00");
        }
    }

    /** Hours that end before midnight; use {@link #untilEndOfDay} for hours that run to 24:00. */
    public static WorkingInterval of(LocalTime start, LocalTime end) {
        return new WorkingInterval(minuteOf(start), minuteOf(end));
    }

    public static WorkingInterval untilEndOfDay(LocalTime start) {
        return new WorkingInterval(minuteOf(start), MINUTES_PER_DAY);
    }

    /** Reads the published form, "HH:mm" for both ends and "24:00" for the end of the day. */
    public static WorkingInterval parse(String start, String end) {
        return new WorkingInterval(parseMinute(start), parseMinute(end));
    }

    @Override
    public String toString() {
        return text(startMinute) + "–" + text(endMinute);
    }

    private static int minuteOf(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new InvalidCalendarException("hours", time + " is not a whole minute");
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static int parseMinute(String text) {
        if (text == null || !text.matches("\\d\\d:\\d\\d")) {
            throw new InvalidCalendarException("hours", "'" + text + "' is not a time of day HH:mm");
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        int minute = Integer.parseInt(text.substring(3));
        if (minute > 59 || hour > 24 || (hour == 24 && minute > 0)) {
            throw new InvalidCalendarException("hours", "'" + text + "' is not a time of day HH:mm");
        }
        return hour * 60 + minute;
    }

    private static String text(int minuteOfDay) {
        return minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY ? "minute " + minuteOfDay
                : String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
