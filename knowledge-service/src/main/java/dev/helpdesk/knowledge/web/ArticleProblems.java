package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleRejected;
import dev.helpdesk.knowledge.api.InvalidArticleCommand;
import dev.helpdesk.knowledge.api.StaleArticleVersion;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The article's own rejections as RFC 9457 problems, in the platform's shapes (as for tickets). */
@RestControllerAdvice
class ArticleProblems {

    @ExceptionHandler(InvalidArticleCommand.class)
    ProblemDetail invalid(InvalidArticleCommand rejected) {
        return ProblemDetailsAdvice.invalidFields(rejected.violations());
    }

    /** An action the article's status does not allow: 409, naming the status and the action. */
    @ExceptionHandler(ArticleRejected.class)
    ProblemDetail rejected(ArticleRejected rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, rejected.getMessage());
        problem.setTitle("Not allowed in the article's current state");
        problem.setProperty("currentStatus", rejected.status());
        problem.setProperty("action", rejected.action());
        return problem;
    }

    @ExceptionHandler(StaleArticleVersion.class)
    ProblemDetail stale(StaleArticleVersion stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, stale.getMessage());
        problem.setProperty("currentRevision", stale.current());
        return problem;
    }

    /** Two changes raced for the same revision; this one lost and changed nothing. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail raced(ConcurrencyException raced) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The article was changed at the same moment by another request; read it again and retry");
    }
}
