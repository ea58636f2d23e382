package dev.helpdesk.reporting.query;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;

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

    /** Whether a ticket opened at {@code openedAt} (epoch milliseconds) falls in the class at {@code now}. */
    static boolean contains(AgeClass age, long openedAt, Instant now) {
        return (age.lower().isZero() || openedAt <= now.minus(age.lower()).toEpochMilli())
                && (age.upper() == null || openedAt > now.minus(age.upper()).toEpochMilli());
    }

    /** The open tickets, of those given, per age class at {@code now}, every class present. */
    static Map<String, Long> of(Collection<OpenTicket> tickets, Instant now) {
        Map<String, Long> ages = new LinkedHashMap<>();
        for (AgeClass age : CLASSES) {
            ages.put(age.label(), tickets.stream().filter(ticket -> contains(age, ticket.openedAt(), now)).count());
        }
        return ages;
    }

    /** The tickets opened so long before {@code now} that they fall in the class. */
    static Bson of(AgeClass age, Instant now) {
        List<Bson> conditions = new ArrayList<>();
        // The youngest class has no lower bound: a ticket stamped after this moment (a clock
        // ahead of ours) is young, not left out, so the classes always add up to the backlog.
        if (!age.lower().isZero()) {
            conditions.add(Filters.lte(TicketFields.OPENED_AT, now.minus(age.lower())));
        }
        if (age.upper() != null) {
            conditions.add(Filters.gt(TicketFields.OPENED_AT, now.minus(age.upper())));
        }
        return Filters.and(conditions);
    }
}
