package dev.helpdesk.platform.web;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that found the service's MongoDB unreachable (no server within the selection timeout,
 * a broken connection, a primary stepping down) is answered 503 with {@code Retry-After}, a
 * problem the caller can act on, instead of a bare 500: the request was fine and may succeed in
 * seconds. Matched anywhere in the cause chain, so also when Axon wraps the failure. Whether a
 * write that broke off was applied cannot be known here, so the problem says to retry, which is
 * safe for creations with an {@code Idempotency-Key} and for changes with {@code If-Match}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableAdvice {

    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(MongoException e) {
        log.warn("Database unavailable, answered 503: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service's database did not answer; retry in a few seconds (with the same Idempotency-Key"
                        + " or If-Match, so a change that did reach it is not made twice)");
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
