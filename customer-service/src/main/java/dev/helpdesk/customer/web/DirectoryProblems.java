package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.CustomerIsErased;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import dev.helpdesk.customer.api.StaleCustomerVersion;
import dev.helpdesk.customer.directory.CustomerIdTaken;
import dev.helpdesk.customer.directory.EmailTaken;
import dev.helpdesk.customer.directory.UnknownCustomer;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The directory's rejections as RFC 9457 problems, invalid fields in the platform's shape. */
@RestControllerAdvice(assignableTypes = {CustomerController.class, OrganizationController.class,
        AssetController.class})
class DirectoryProblems {

    @ExceptionHandler(InvalidCustomerCommand.class)
    ProblemDetail invalid(InvalidCustomerCommand rejected) {
        return ProblemDetailsAdvice.invalidFields(rejected.violations());
    }

    @ExceptionHandler(UnknownCustomer.class)
    ProblemDetail unknown(UnknownCustomer unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    /** 409 naming the field, so a client can tell a taken address from a taken id. */
    @ExceptionHandler(EmailTaken.class)
    ProblemDetail emailTaken(EmailTaken taken) {
        return conflict(taken.getMessage(), "emails");
    }

    @ExceptionHandler(CustomerIdTaken.class)
    ProblemDetail idTaken(CustomerIdTaken taken) {
        return conflict(taken.getMessage(), "id");
    }

    /** 409 with the record's state: an erased customer's record is closed for good. */
    @ExceptionHandler(CustomerIsErased.class)
    ProblemDetail erased(CustomerIsErased erased) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, erased.getMessage());
        problem.setTitle("Not allowed in the customer's current state");
        problem.setProperty("currentStatus", "ERASED");
        return problem;
    }

    @ExceptionHandler(StaleCustomerVersion.class)
    ProblemDetail stale(StaleCustomerVersion stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, stale.getMessage());
        problem.setProperty("currentVersion", stale.currentVersion());
        return problem;
    }

    private static ProblemDetail conflict(String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty(ProblemDetailsAdvice.ERRORS, List.of(Map.of("field", field, "message",
                "is already taken")));
        return problem;
    }
}
