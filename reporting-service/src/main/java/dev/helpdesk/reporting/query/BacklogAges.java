package dev.helpdesk.reporting.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The age classes of the backlog: how long an open ticket has been open, at the moment of the
 * report. Each class is [lower, upper); the last has no upper bound.
 */
final class BacklogAges {

    record AgeClass(String label, Duration lower, Duration upper) {
    }

    static final List<AgeClass> CLASSES = List.of(
            new AgeClass("under1h", Duration.ZERO, Duration.ofHours(1)),
            new AgeClass("1hTo8h", Duration.ofHours(1), Duration.ofHours(8)),
            new AgeClass("8hTo24h", Duration.ofHours(8), Duration.ofDays(1)),
            new AgeClass("1dTo3d", Duration.ofDays(1), Duration.ofDays(3)),
            new AgeClass("3dTo7d", Duration.ofDays(3), Duration.ofDays(7)),
            new AgeClass("7dTo30d", Duration.ofDays(7), Duration.ofDays(30)),
            new AgeClass("30dOrMore", Duration.ofDays(30), null));

    private BacklogAges() {
    }

    /** The open tickets, of those given, per age class at {@code now}, every class present. */
    static Map<String, Long> of(Collection<OpenTicket> tickets, Instant now) {
        long[] counts = new long[CLASSES.size()];
        long[] lowerBounds = new long[CLASSES.size()];
        long[] upperBounds = new long[CLASSES.size()];
        for (int i = 0; i < CLASSES.size(); i++) {
            AgeClass age = CLASSES.get(i);
            lowerBounds[i] = age.lower().isZero() ? Long.MAX_VALUE : now.minus(age.lower()).toEpochMilli();
            upperBounds[i] = age.upper() == null ? Long.MIN_VALUE : now.minus(age.upper()).toEpochMilli();
        }
        for (OpenTicket ticket : tickets) {
            for (int i = 0; i < counts.length; i++) {
                if (ticket.openedAt() <= lowerBounds[i] && ticket.openedAt() > upperBounds[i]) {
                    counts[i]++;
                    break; // the classes do not overlap
                }
            }
        }
        Map<String, Long> ages = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            ages.put(CLASSES.get(i).label(), counts[i]);
        }
        return ages;
    }
}
