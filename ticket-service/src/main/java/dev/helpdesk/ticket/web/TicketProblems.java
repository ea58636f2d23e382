package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The ticket's own rejections as RFC 9457 problems, in the same shape as validation errors. */
@RestControllerAdvice
class TicketProblems {

    @ExceptionHandler(InvalidTicketCommand.class)
    ProblemDetail invalid(InvalidTicketCommand rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setProperty(ProblemDetailsAdvice.ERRORS, rejected.violations().stream()
                .map(violation -> Map.of("field", violation.getKey(), "message", violation.getValue()))
                .toList());
        return problem;
    }

    static ProblemDetail fieldProblem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setProperty(ProblemDetailsAdvice.ERRORS, List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
