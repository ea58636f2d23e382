package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The exact contributions of the last hours a query needed at a period's end (a period from 09:35
 * needs those of 09:00 to 10:00, one by one), kept so that the next query with the same end (a
 * dashboard asks every few seconds) need not read those documents again. Each ticket's entry holds
 * the version of its document it came from, and only a newer version replaces it: the writes the
 * cube follows and the readings of the documents may then interleave in any order and the cached
 * hour still holds each ticket as last written. The oldest hour is dropped beyond {@link #HOURS}.
 * Guarded by the cube's lock.
 */
final class EdgeHours {

    private static final int HOURS = 64;

    private record Entry(long version, List<Contribution> contributions) {
    }

    private final Map<Long, Map<String, Entry>> hours = new LinkedHashMap<>();

    /** The hour's contributions, or null if it is not kept. */
    List<Contribution> get(long hour) {
        Map<String, Entry> tickets = hours.get(hour);
        if (tickets == null) {
            return null;
        }
        List<Contribution> contributions = new ArrayList<>();
        tickets.values().forEach(entry -> contributions.addAll(entry.contributions()));
        return contributions;
    }

    /** Keeps an hour read from the documents: each ticket's version and its contributions in that hour. */
    void read(long hour, Map<String, Long> versions, Map<String, List<Contribution>> contributions) {
        Map<String, Entry> tickets = hours.computeIfAbsent(hour, ignored -> new HashMap<>());
        versions.forEach((ticketId, version) -> merge(tickets, ticketId, version, contributions.get(ticketId)));
        if (hours.size() > HOURS) {
            hours.remove(hours.keySet().iterator().next());
        }
    }

    /** A ticket's document was written: each kept hour it had or has a moment in takes the new version. */
    void written(Document before, Document after) {
        if (hours.isEmpty()) {
            return;
        }
        List<Contribution> now = Contributions.of(after);
        Set<Long> touched = new HashSet<>(hoursOf(now));
        if (before != null) {
            touched.addAll(hoursOf(Contributions.of(before)));
        }
        String ticketId = after.getString(TicketFields.TICKET_ID);
        long version = TicketDocuments.versionOf(after);
        for (long hour : touched) {
            Map<String, Entry> tickets = hours.get(hour);
            if (tickets != null) {
                merge(tickets, ticketId, version, now.stream()
                        .filter(contribution -> Math.floorDiv(contribution.at(), CubeLevels.HOUR) == hour).toList());
            }
        }
    }

    static List<Long> hoursOf(List<Contribution> contributions) {
        return contributions.stream().map(contribution -> Math.floorDiv(contribution.at(), CubeLevels.HOUR)).toList();
    }

    private static void merge(Map<String, Entry> tickets, String ticketId, long version, List<Contribution> inHour) {
        Entry kept = tickets.get(ticketId);
        if (kept == null || kept.version() < version) {
            tickets.put(ticketId, new Entry(version, List.copyOf(inHour)));
        }
    }
}
