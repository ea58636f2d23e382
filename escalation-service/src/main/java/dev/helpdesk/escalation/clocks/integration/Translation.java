package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.escalation.clocks.TicketEvent;
import java.util.Objects;

/**
 * What a record of the tickets topic means to the clocks: an event to apply, a ticket event that
 * does not touch the clock (an assignment, an internal note), or a type this version does not
 * know (a newer producer's valid event: skipped, not dead-lettered).
 */
record Translation(Kind kind, TicketEvent event) {

    enum Kind { APPLY, NOT_FOR_THE_CLOCK, UNKNOWN_TYPE }

    Translation {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.APPLY) != (event != null)) {
            throw new IllegalArgumentException("an event goes with APPLY only: " + kind + ", " + event);
        }
    }

    static Translation apply(TicketEvent event) {
        return new Translation(Kind.APPLY, event);
    }

    static Translation notForTheClock() {
        return new Translation(Kind.NOT_FOR_THE_CLOCK, null);
    }

    static Translation unknownType() {
        return new Translation(Kind.UNKNOWN_TYPE, null);
    }
}
