package dev.helpdesk.ticket.web;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for a ticket that does not exist, and equally for one the caller may not see, so that a
 * customer cannot probe for other customers' tickets.
 */
class TicketNotFound extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    TicketNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No ticket " + id), null);
    }
}
