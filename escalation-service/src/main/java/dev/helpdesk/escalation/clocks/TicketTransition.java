package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.Priority;

/**
 * What a ticket event means for the ticket's SLA clock, in the clock's own words: the edge
 * ({@code clocks.integration}) translates the published ticket events into these, so the clocks
 * never see the published language.
 */
public sealed interface TicketTransition {

    /** The ticket was opened: its clock starts under the policy its details select. */
    record Opened(TicketDetails details) implements TicketTransition {
    }

    /** The first public reply of an agent (DESIGN.md section 4): the first-response target stops. */
    record FirstResponded() implements TicketTransition {
    }

    /** The ticket is pending: the clock pauses. */
    record Paused() implements TicketTransition {
    }

    record Resumed() implements TicketTransition {
    }

    record Resolved() implements TicketTransition {
    }

    record Reopened() implements TicketTransition {
    }

    record Closed() implements TicketTransition {
    }

    record Cancelled() implements TicketTransition {
    }

    /** Impact or urgency were re-rated; {@code priority} null when this version does not know the new value. */
    record PriorityChanged(Priority priority) implements TicketTransition {
    }

    /** The ticket's details were edited; {@code category} is the category after the edit, null for none. */
    record CategoryChanged(String category) implements TicketTransition {
    }
}
