package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.problems.CandidateDecided;
import dev.helpdesk.escalation.problems.PromotionUnderway;
import dev.helpdesk.escalation.problems.TicketServiceFailure;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What can go wrong with a candidate, as RFC 9457 problems: 409 for a candidate decided already or
 * being promoted by someone else, and the ticket service's failures as 503 (unreachable, with
 * {@code Retry-After}), 504 (no answer in time) or 502 (an error answer), never 500; after any of
 * them the candidate is still OPEN and the same call finishes the work.
 */
@RestControllerAdvice(assignableTypes = ProblemCandidateController.class)
class CandidateProblems {

    private static final String RETRY = "The candidate is still OPEN; calling again finishes the work";

    @ExceptionHandler(CandidateDecided.class)
    ProblemDetail decided(CandidateDecided decided) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, decided.getMessage());
        problem.setProperty("candidateStatus", decided.status().name());
        return problem;
    }

    @ExceptionHandler(PromotionUnderway.class)
    ProblemDetail underway(PromotionUnderway underway) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, underway.getMessage());
        problem.setProperty("promotingSince", underway.claim().at());
        problem.setProperty("promotedBy", underway.claim().by());
        return problem;
    }

    @ExceptionHandler(TicketServiceFailure.class)
    ResponseEntity<ProblemDetail> ticketService(TicketServiceFailure failure) {
        HttpStatus status = switch (failure.kind()) {
            case UNREACHABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case TIMED_OUT -> HttpStatus.GATEWAY_TIMEOUT;
            case FAILED -> HttpStatus.BAD_GATEWAY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, failure.getMessage() + ". " + RETRY);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return answer.body(problem);
    }
}
