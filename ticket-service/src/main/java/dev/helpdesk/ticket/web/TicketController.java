package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final CommandGateway commands;
    private final TicketNumberAllocator numbers;
    private final TicketTimeline timeline;
    private final MeterRegistry meters;

    TicketController(CommandGateway commands, TicketNumberAllocator numbers, TicketTimeline timeline,
            MeterRegistry meters) {
        this.commands = commands;
        this.numbers = numbers;
        this.timeline = timeline;
        this.meters = meters;
    }

    @PostMapping
    ResponseEntity<TicketView> open(@Valid @RequestBody OpenTicketRequest request, Caller caller,
            HttpServletRequest http) {
        String requesterId = RequesterPolicy.requesterOf(request, caller);
        UUID ticketId = UUID.randomUUID();
        TicketNumber number = numbers.next(ticketId);
        OpenTicket command = new OpenTicket(ticketId, number, request.type(), request.subject(),
                request.description(), requesterId, request.channel(), request.category(), request.impact(),
                request.urgency(), request.tags(), caller.id());
        dispatch(command, RequestContext.metadataOf(caller, http));

        TicketView ticket = timeline.current(ticketId).orElseThrow();
        meters.counter("helpdesk.tickets.opened", "priority", ticket.priority().name(),
                "type", ticket.type().name(), "channel", ticket.channel().name()).increment();
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticketId))
                .eTag(etag(ticket))
                .body(ticket);
    }

    @GetMapping("/{id}")
    ResponseEntity<TicketView> get(@PathVariable UUID id, Caller caller) {
        TicketView ticket = visibleTicket(id, caller);
        return ResponseEntity.ok().eTag(etag(ticket)).body(ticket);
    }

    @GetMapping("/{id}/history")
    Map<String, Object> history(@PathVariable UUID id, Caller caller) {
        visibleTicket(id, caller);
        List<HistoryEntry> items = timeline.history(id);
        return Map.of("ticketId", id, "items", items);
    }

    private TicketView visibleTicket(UUID id, Caller caller) {
        return timeline.current(id)
                .filter(ticket -> RequesterPolicy.maySee(caller, ticket.requesterId()))
                .orElseThrow(() -> new TicketNotFound(id));
    }

    private void dispatch(Object command, Map<String, Object> metadata) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "success";
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        } catch (RuntimeException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(meters.timer("helpdesk.commands", "command", command.getClass().getSimpleName(),
                    "outcome", outcome));
        }
    }

    private static String etag(TicketView ticket) {
        return "\"" + ticket.version() + "\"";
    }
}
