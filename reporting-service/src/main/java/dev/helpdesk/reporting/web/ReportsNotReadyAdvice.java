package dev.helpdesk.reporting.web;

import dev.helpdesk.reporting.query.ReportsNotReadyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Reports asked for while the report cube is still being read after a start: 503, try again shortly. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportsNotReadyAdvice {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(ReportsNotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(ReportsNotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
