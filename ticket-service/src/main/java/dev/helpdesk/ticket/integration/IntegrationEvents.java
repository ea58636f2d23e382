package dev.helpdesk.ticket.integration;

import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketStatus;
import java.time.Instant;

/**
 * Translates the service's own events into the published language of the contracts module.
 * The two evolve separately: a domain event may change shape (with an upcaster) while the
 * published one stays readable for every subscriber.
 */
final class IntegrationEvents {

    private IntegrationEvents() {
    }

    static dev.helpdesk.contracts.ticket.TicketOpened opened(TicketOpened event, Instant at) {
        return new dev.helpdesk.contracts.ticket.TicketOpened(event.ticketId().toString(), event.number().toString(),
                event.type().name(), TicketStatus.NEW.name(), event.subject(), event.description(),
                event.requesterId(), event.channel().name(), event.category(), event.impact().name(),
                event.urgency().name(), event.priority().name(), event.tags(), event.openedBy(), at);
    }
}
