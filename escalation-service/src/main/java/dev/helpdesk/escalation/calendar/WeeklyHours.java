package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Checks and normalises a calendar's weekly hours; see {@link BusinessCalendar} for the rules. */
final class WeeklyHours {

    private WeeklyHours() {
    }

    static Map<DayOfWeek, List<WorkingInterval>> normalise(Map<DayOfWeek, ? extends Collection<WorkingInterval>> hours) {
        if (hours == null) {
            throw new InvalidCalendarException("hours", "is required");
        }
        for (DayOfWeek day : hours.keySet()) {
            if (day == null) {
                throw new InvalidCalendarException("hours", "has an entry without a weekday");
            }
        }
        Map<DayOfWeek, List<WorkingInterval>> normal = new EnumMap<>(DayOfWeek.class);
        boolean anyWorkingTime = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = normaliseDay("hours." + day, hours.get(day));
            normal.put(day, intervals);
            anyWorkingTime |= !intervals.isEmpty();
        }
        if (!anyWorkingTime) {
            // A target measured in working time would then never fall due.
            throw new InvalidCalendarException("hours", "has no working time on any day");
        }
        return Collections.unmodifiableMap(normal);
    }

    static Map<DayOfWeek, List<WorkingInterval>> parse(Map<DayOfWeek, ? extends List<? extends List<String>>> hours) {
        if (hours == null) {
            throw new InvalidCalendarException("hours", "is required");
        }
        Map<DayOfWeek, List<WorkingInterval>> parsed = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, texts) -> {
            if (day == null) {
                throw new InvalidCalendarException("hours", "has an entry without a weekday");
            }
            List<WorkingInterval> intervals = new ArrayList<>();
            for (int i = 0; texts != null && i < texts.size(); i++) {
                intervals.add(parseInterval("hours." + day + "[" + i + "]", texts.get(i)));
            }
            parsed.put(day, intervals);
        });
        return parsed;
    }

    private static WorkingInterval parseInterval(String field, List<String> text) {
        if (text == null || text.size() != 2) {
            throw new InvalidCalendarException(field, "needs a start and an end, e.g. [\"08:00\",\"18:00\"]");
        }
        try {
            return WorkingInterval.parse(text.get(0), text.get(1));
        } catch (InvalidCalendarException e) {
            throw e.at(field);
        }
    }

    private static List<WorkingInterval> normaliseDay(String field, Collection<WorkingInterval> given) {
        if (given == null) { // a day left out, or given as null: no working time that day
            return List.of();
        }
        List<WorkingInterval> sorted = new ArrayList<>();
        for (WorkingInterval interval : given) {
            if (interval == null) {
                throw new InvalidCalendarException(field, "has an empty interval");
            }
            sorted.add(interval);
        }
        sorted.sort(Comparator.comparingInt(WorkingInterval::startMinute));
        List<WorkingInterval> merged = new ArrayList<>();
        for (WorkingInterval next : sorted) {
            WorkingInterval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last == null || next.startMinute() > last.endMinute()) {
                merged.add(next);
            } else if (next.startMinute() == last.endMinute()) {
                merged.set(merged.size() - 1, new WorkingInterval(last.startMinute(), next.endMinute()));
            } else {
                throw new InvalidCalendarException(field, last + " and " + next + " overlap");
            }
        }
        return List.copyOf(merged);
    }
}
