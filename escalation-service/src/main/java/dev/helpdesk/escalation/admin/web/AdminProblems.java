package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.escalation.admin.ContendedChange;
import dev.helpdesk.escalation.admin.IdTaken;
import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.admin.StaleVersion;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rejections of calendar and policy changes as RFC 9457 problems, invalid fields in the
 * platform's shape ({@code errors: [{field, message}]}, as {@link ProblemDetailsAdvice} writes
 * them for unreadable bodies).
 */
@RestControllerAdvice
class AdminProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput rejected) {
        return ProblemDetailsAdvice.invalidFields(rejected.violations().stream()
                .map(violation -> Map.entry(violation.field(), violation.message()))
                .toList());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, stale.getMessage());
        problem.setProperty("currentVersion", stale.current());
        return problem;
    }

    @ExceptionHandler(IdTaken.class)
    ProblemDetail taken(IdTaken taken) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, taken.getMessage());
        problem.setProperty(ProblemDetailsAdvice.ERRORS, List.of(Map.of("field", "id", "message", "is already taken")));
        return problem;
    }

    @ExceptionHandler(ContendedChange.class)
    ProblemDetail contended(ContendedChange contended) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, contended.getMessage());
    }
}
