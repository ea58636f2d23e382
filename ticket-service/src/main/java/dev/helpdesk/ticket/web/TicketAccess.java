package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who may see and work which ticket (DESIGN.md section 6): customers see their own tickets only,
 * never internal notes, and another customer's ticket does not exist for them; agents read every
 * ticket and work the tickets of their groups; supervisors and admins work any ticket.
 */
@Component
class TicketAccess {

    private final TicketTimeline timeline;

    TicketAccess(TicketTimeline timeline) {
        this.timeline = timeline;
    }

    /** The ticket as the caller may see it, now or at {@code asOf}; 404 if it is not theirs to see. */
    TicketView visible(UUID id, Caller caller, Instant asOf) {
        return seenBy(caller, id, timeline.asOf(id, asOf));
    }

    private static TicketView seenBy(Caller caller, UUID id, Optional<TicketView> found) {
        TicketView ticket = found.filter(view -> RequesterPolicy.maySee(caller, view.requesterId()))
                .orElseThrow(() -> new TicketNotFound(id));
        return caller.isCustomerOnly() ? ticket.withoutInternalNotes() : ticket;
    }

    TicketView visible(UUID id, Caller caller) {
        return visible(id, caller, null);
    }

    /** The ticket right after the caller's command changed it, as the caller may see it. */
    TicketView afterCommand(UUID id, Caller caller) {
        return seenBy(caller, id, timeline.afterOwnCommand(id));
    }

    /** A ticket the caller may work on: 404 if invisible, 403 if not theirs to work. */
    TicketView workable(UUID id, Caller caller) {
        TicketView ticket = visible(id, caller);
        if (caller.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            return ticket;
        }
        if (caller.has(Role.AGENT) && (ticket.groupId() == null || caller.groups().contains(ticket.groupId()))) {
            return ticket;
        }
        throw forbidden(caller.has(Role.AGENT)
                ? "The ticket is in group " + ticket.groupId() + ", which is not one of yours"
                : "Only agents work tickets");
    }

    /** A ticket the caller may comment on: its requester, or someone who may work it. */
    TicketView commentable(UUID id, Caller caller) {
        if (caller.isCustomerOnly()) {
            return visible(id, caller);
        }
        return workable(id, caller);
    }

    static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}
