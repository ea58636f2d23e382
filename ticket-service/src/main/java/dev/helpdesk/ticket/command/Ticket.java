package dev.helpdesk.ticket.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketStatus;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A ticket's write model: it decides whether a command is allowed and records the outcome as an
 * event. Its state changes only in the event sourcing handlers, so replaying the events always
 * rebuilds the same ticket.
 */
@Aggregate
class Ticket {

    @AggregateIdentifier
    private UUID ticketId;
    private TicketStatus status;

    protected Ticket() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    Ticket(OpenTicket command) {
        TicketRules.requireOpenable(command);
        apply(new TicketOpened(command.ticketId(), command.number(), command.type(), command.subject().strip(),
                command.description(), command.requesterId(), command.channel(), blankToNull(command.category()),
                command.impact(), command.urgency(), Priority.of(command.impact(), command.urgency()),
                command.tags().stream().map(String::strip).distinct().toList(), command.openedBy()));
    }

    @EventSourcingHandler
    void on(TicketOpened event) {
        ticketId = event.ticketId();
        status = TicketStatus.NEW;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
