package dev.helpdesk.reporting.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter of a report that cannot be used: a 400 problem that names the parameter in
 * {@code errors}, in the same shape the platform uses for invalid body fields.
 */
class InvalidReportParameterException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    InvalidReportParameterException(String parameter, String message) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, message), null);
    }

    private static ProblemDetail problem(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The query parameter '" + parameter + "' " + message);
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }
}
