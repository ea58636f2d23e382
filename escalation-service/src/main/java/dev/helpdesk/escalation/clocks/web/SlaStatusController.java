package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.clocks.TicketClocks;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ticket's SLA status, computed for the moment of the request from the clock the ticket events
 * left (staff only, see {@code StaffAccess}). A ticket this service has no clock for is a 404
 * problem: unknown, or its opened event not read yet.
 */
@RestController
class SlaStatusController {

    static final String PATH = "/api/v1/sla/tickets";

    private final TicketClocks clocks;
    private final Clock clock;

    SlaStatusController(TicketClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    @GetMapping(PATH + "/{ticketId}")
    SlaStatusView status(@PathVariable String ticketId) {
        return clocks.find(ticketId).map(ticket -> SlaStatusView.of(ticket, clock.instant()))
                .orElseThrow(() -> new NotFound("SLA clock for a ticket", ticketId));
    }
}
