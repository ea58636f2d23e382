package dev.helpdesk.ticket.sla;

import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Closes a resolved ticket when the escalation service says its reopen window is over (decisions
 * D33), as the ticket's own close command. This service owns the window
 * ({@code helpdesk.tickets.reopen-window}) and checks it itself: a ticket is closed only if it is
 * resolved now and has been for the whole window (less the clock difference allowed between the
 * services, {@code helpdesk.tickets.auto-close-clock-difference}, 5 s), so a request that arrives late, after a reopen and a new resolution, never
 * closes the new one early, and a request delivered again finds it closed.
 */
@Component
class AutoCloseRequests {

    static final String REASON = "Closed automatically: no reply within the reopen window";

    private static final Logger log = LoggerFactory.getLogger(AutoCloseRequests.class);

    private final TicketTimeline tickets;
    private final CommandDispatch commands;
    private final Duration reopenWindow;
    /** How far the escalation service's clock may run ahead of this one's. */
    private final Duration clockDifference;
    private final Clock clock = Clock.systemUTC();

    AutoCloseRequests(TicketTimeline tickets, CommandDispatch commands,
            @Value("${helpdesk.tickets.reopen-window:7d}") Duration reopenWindow,
            @Value("${helpdesk.tickets.auto-close-clock-difference:5s}") Duration clockDifference) {
        this.tickets = tickets;
        this.commands = commands;
        this.reopenWindow = reopenWindow;
        this.clockDifference = clockDifference;
    }

    SlaRequestOutcome close(UUID ticketId, SlaAutoCloseRequested request) {
        Optional<TicketView> found = tickets.current(ticketId);
        if (found.isEmpty()) {
            return SlaRequestOutcome.UNKNOWN_TICKET;
        }
        TicketView ticket = found.get();
        if (ticket.status() != TicketStatus.RESOLVED || ticket.resolvedAt() == null
                || ticket.resolvedAt().plus(reopenWindow).isAfter(clock.instant().plus(clockDifference))) {
            return SlaRequestOutcome.NOT_APPLICABLE;
        }
        try {
            commands.send(new CloseTicket(ticketId, null, REASON, SlaEventHandler.ACTOR),
                    Map.of(MessageMetadata.ACTOR_ID, SlaEventHandler.ACTOR));
            return SlaRequestOutcome.CLOSED;
        } catch (TicketRejected refused) {
            log.info("Ticket {} refused to close at the end of its reopen window: {}", ticketId, refused.getMessage());
            return SlaRequestOutcome.NOT_APPLICABLE;
        }
    }
}
