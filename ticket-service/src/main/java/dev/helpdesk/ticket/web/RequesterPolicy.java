package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Who a new ticket is for: a customer opens tickets for themselves; agents, supervisors, admins
 * and integrations open them on behalf of a requester they name.
 */
final class RequesterPolicy {

    private RequesterPolicy() {
    }

    static String requesterOf(OpenTicketRequest request, Caller caller) {
        if (caller.isCustomerOnly()) {
            if (caller.customerId() == null) {
                throw TicketAccess.forbidden("The customer token carries no customer id");
            }
            if (request.requesterId() != null && !request.requesterId().equals(caller.customerId())) {
                throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem(
                        "requesterId", "a customer opens tickets only for themselves"), null);
            }
            return caller.customerId();
        }
        if (!caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION)) {
            throw TicketAccess.forbidden("The caller's roles do not allow opening tickets");
        }
        if (request.requesterId() == null || request.requesterId().isBlank()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, TicketProblems.fieldProblem(
                    "requesterId", "must name the requester when an agent or a system opens a ticket"), null);
        }
        return request.requesterId().strip();
    }

    /** Whether the caller may see this ticket at all; customers see only their own. */
    static boolean maySee(Caller caller, String requesterId) {
        if (caller.isCustomerOnly()) {
            return caller.customerId() != null && caller.customerId().equals(requesterId);
        }
        return caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION);
    }
}
