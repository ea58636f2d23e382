package dev.helpdesk.escalation.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * One ticket event as the clocks take it: which ticket, its position in the ticket's stream (the
 * CloudEvent's {@code sequence}, for de-duplication), when it happened (the event's time, never
 * the moment it was read), and what it means for the clock.
 */
public record TicketEvent(String ticketId, long sequence, Instant at, TicketTransition transition) {

    public TicketEvent {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(transition, "transition");
        if (sequence < 1) {
            throw new IllegalArgumentException("a ticket event's sequence starts at 1: " + sequence);
        }
    }
}
