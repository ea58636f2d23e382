package dev.helpdesk.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.apache.commons.logging.Log;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;

/**
 * A downstream service that cannot be reached is the service's problem, not a bug in
 * the gateway: answer 503 (not there), 504 (too slow) or 502 (broke off), never 500.
 */
@RestControllerAdvice
class DownstreamFailureHandler {

    private static final Log log = LogFactory.getLog(DownstreamFailureHandler.class);

    @ExceptionHandler(ResourceAccessException.class)
    ProblemDetail downstreamUnreachable(ResourceAccessException failure) {
        HttpStatus status = statusFor(failure.getCause());
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        log.warn("Downstream call failed (" + cause.getClass().getSimpleName() + "), answering " + status.value()
                + ": " + failure.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static HttpStatus statusFor(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        return HttpStatus.BAD_GATEWAY;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case SERVICE_UNAVAILABLE -> "The service behind this path is not available. Try again later.";
            case GATEWAY_TIMEOUT -> "The service behind this path did not answer in time.";
            default -> "The service behind this path failed to give a complete answer.";
        };
    }
}
