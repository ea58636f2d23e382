package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.idempotency.IdempotencyKeys;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import dev.helpdesk.ticket.requesters.RequesterCheck;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final TicketCommands commands;
    private final TicketNumberAllocator numbers;
    private final TicketTimeline timeline;
    private final TicketAccess access;
    private final IdempotencyKeys keys;
    private final MeterRegistry meters;
    private final RequesterCheck requesters;

    TicketController(TicketCommands commands, TicketNumberAllocator numbers, TicketTimeline timeline,
            TicketAccess access, IdempotencyKeys keys, MeterRegistry meters, RequesterCheck requesters) {
        this.requesters = requesters;
        this.keys = keys;
        this.commands = commands;
        this.numbers = numbers;
        this.timeline = timeline;
        this.access = access;
        this.meters = meters;
    }

    /**
     * Opens a ticket. With an {@code Idempotency-Key}, a retry of the same request by the same
     * caller returns the ticket the first request opened (200) instead of opening another.
     */
    @PostMapping
    ResponseEntity<TicketView> open(@Valid @RequestBody OpenTicketRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Caller caller,
            HttpServletRequest http) {
        String requesterId = RequesterPolicy.requesterOf(request, caller);
        if (idempotencyKey == null) {
            return created(openTicket(UUID.randomUUID(), request, requesterId, caller, http), caller);
        }
        IdempotencyKeys.Reservation reservation = keys.reserve(caller.id(), IdempotencyKeyHeader.check(idempotencyKey),
                IdempotencyKeyHeader.fingerprint(request, requesterId));
        if (!reservation.sameRequest()) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "This Idempotency-Key was used for a different request"), null);
        }
        if (!reservation.first()) {
            Optional<TicketView> earlier = timeline.current(reservation.ticketId());
            if (earlier.isPresent()) {
                TicketView ticket = access.visible(earlier.get().id(), caller);
                return ResponseEntity.ok().location(locationOf(ticket.id())).eTag(etag(ticket)).body(ticket);
            }
            // the first request stopped before opening the ticket: finish its work now
        }
        try {
            return created(openTicket(reservation.ticketId(), request, requesterId, caller, http), caller);
        } catch (InvalidTicketCommand rejected) {
            keys.release(caller.id(), idempotencyKey);
            throw rejected;
        } catch (RuntimeException failed) {
            // A concurrent request with the same key opened the reserved ticket an instant ago
            // (the event store let only one creation through): that is this request's result too.
            // This holds for the request that made the reservation as well: a retry that found
            // the reservation before the ticket existed may have won the race to open it.
            Optional<TicketView> opened = timeline.current(reservation.ticketId());
            if (opened.isEmpty()) {
                throw failed;
            }
            TicketView ticket = access.visible(opened.get().id(), caller);
            return ResponseEntity.ok().location(locationOf(ticket.id())).eTag(etag(ticket)).body(ticket);
        }
    }

    private UUID openTicket(UUID ticketId, OpenTicketRequest request, String requesterId, Caller caller,
            HttpServletRequest http) {
        requesters.requireOpenable(requesterId, caller.id(), http.getHeader(HttpHeaders.AUTHORIZATION));
        requesters.requireAssetOf(requesterId, request.affectedAssetId(), http.getHeader(HttpHeaders.AUTHORIZATION));
        TicketNumber number = numbers.next();
        commands.send(new OpenTicket(ticketId, number, request.type(), request.subject(), request.description(),
                requesterId, request.channel(), request.category(), request.impact(), request.urgency(),
                request.tags(), caller.id(), request.affectedAssetId()), caller, http);
        return ticketId;
    }

    private ResponseEntity<TicketView> created(UUID ticketId, Caller caller) {
        TicketView ticket = access.afterCommand(ticketId, caller);
        meters.counter("helpdesk.tickets.opened", "priority", ticket.priority().name(),
                "type", ticket.type().name(), "channel", ticket.channel().name()).increment();
        return ResponseEntity.created(locationOf(ticketId)).eTag(etag(ticket)).body(ticket);
    }

    private static URI locationOf(UUID ticketId) {
        return URI.create("/api/v1/tickets/" + ticketId);
    }

    /** The ticket now, or with {@code asOf} as it was at that instant (from its events). */
    @GetMapping("/{id}")
    ResponseEntity<TicketView> get(@PathVariable UUID id, @RequestParam(required = false) Instant asOf,
            Caller caller) {
        TicketView ticket = access.visible(id, caller, asOf);
        return ResponseEntity.ok().eTag(etag(ticket)).body(ticket);
    }

    @GetMapping("/{id}/history")
    Map<String, Object> history(@PathVariable UUID id, Caller caller) {
        access.visible(id, caller);
        List<HistoryEntry> items = timeline.history(id, !caller.isCustomerOnly());
        return Map.of("ticketId", id, "items", items);
    }

    private static String etag(TicketView ticket) {
        return "\"" + ticket.version() + "\"";
    }
}
