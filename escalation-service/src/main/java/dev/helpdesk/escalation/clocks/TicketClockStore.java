package dev.helpdesk.escalation.clocks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the clocks are kept: one per ticket, each with a version that every write raises, so of
 * two writers of one version exactly one succeeds (no transactions needed).
 */
public interface TicketClockStore {

    Optional<Stored> find(String ticketId);

    /** @return false if the ticket has a clock already */
    boolean insert(TicketClock clock);

    /** @return false if the stored version is no longer {@code expectedVersion} */
    default boolean replace(TicketClock clock, long expectedVersion) {
        return replace(clock, expectedVersion, List.of());
    }

    /**
     * Replaces the clock and, in the same atomic write, appends {@code recorded} (the warnings and
     * breaches this write records) to the clock's thresholds not yet published.
     *
     * @return false if the stored version is no longer {@code expectedVersion}; nothing is written then
     */
    boolean replace(TicketClock clock, long expectedVersion, List<? extends QueuedSlaEvent> recorded);

    /**
     * The tickets whose clock has a threshold due by {@code now}, the longest overdue first, at most
     * {@code limit} of them (for the timers).
     */
    List<String> dueBy(Instant now, int limit);

    /**
     * The tickets whose clock is not finished (not closed or cancelled), with an id greater than
     * {@code afterTicketId} ("" for the first), in id order, at most {@code limit}: a scan in pages.
     */
    List<String> openAfter(String afterTicketId, int limit);

    /** Like {@link #openAfter}, for the tickets of one requester only. */
    List<String> openOf(String requesterId, String afterTicketId, int limit);

    /**
     * The clocks of tickets with an escalation that are still worked ({@link TicketClock#hasActiveEscalation}),
     * the longest escalated first, a page of {@code size} from page {@code page} (from 0).
     */
    Escalated activeEscalations(int page, int size);

    /** A page of escalated tickets' clocks, with how many there are in all. */
    record Escalated(List<TicketClock> clocks, long total) {

        public Escalated {
            clocks = List.copyOf(clocks);
        }
    }

    /** A clock as read, with the version a replacement must name. */
    record Stored(TicketClock clock, long version) {
    }
}
