package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.StaleTicketVersion;
import dev.helpdesk.ticket.api.TicketRejected;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The ticket's own rejections as RFC 9457 problems, in the same shape as validation errors. */
@RestControllerAdvice
class TicketProblems {

    @ExceptionHandler(InvalidTicketCommand.class)
    ProblemDetail invalid(InvalidTicketCommand rejected) {
        return ProblemDetailsAdvice.invalidFields(rejected.violations());
    }

    /** An action the ticket's state does not allow: 409, naming the state and the action. */
    @ExceptionHandler(TicketRejected.class)
    ProblemDetail rejected(TicketRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, rejected.getMessage());
        problem.setTitle("Not allowed in the ticket's current state");
        problem.setProperty("currentStatus", rejected.status());
        problem.setProperty("action", rejected.action());
        return problem;
    }

    @ExceptionHandler(StaleTicketVersion.class)
    ProblemDetail stale(StaleTicketVersion stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, stale.getMessage());
        problem.setProperty("currentVersion", stale.current());
        return problem;
    }

    /** Two changes raced for the same version; this one lost and changed nothing. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail raced(ConcurrencyException raced) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The ticket was changed at the same moment by another request; read it again and retry");
    }

    static ProblemDetail fieldProblem(String field, String message) {
        return ProblemDetailsAdvice.invalidField(field, message);
    }
}
