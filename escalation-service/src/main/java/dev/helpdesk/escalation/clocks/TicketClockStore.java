package dev.helpdesk.escalation.clocks;

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
    boolean replace(TicketClock clock, long expectedVersion);

    /** A clock as read, with the version a replacement must name. */
    record Stored(TicketClock clock, long version) {
    }
}
