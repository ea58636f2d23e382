package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import dev.helpdesk.ticket.groups.admin.GroupConflict;
import dev.helpdesk.ticket.groups.admin.UnknownGroup;
import dev.helpdesk.ticket.groups.api.InvalidGroupCommand;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The groups' rejections as RFC 9457 problems, invalid fields in the platform's shape. */
@RestControllerAdvice(assignableTypes = GroupController.class)
class GroupProblems {

    @ExceptionHandler(InvalidGroupCommand.class)
    ProblemDetail invalid(InvalidGroupCommand rejected) {
        return ProblemDetailsAdvice.invalidFields(rejected.violations());
    }

    @ExceptionHandler(UnknownGroup.class)
    ProblemDetail unknown(UnknownGroup unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    /** 409 naming the field, so a client can tell a taken id from a taken name. */
    @ExceptionHandler(GroupConflict.class)
    ProblemDetail conflict(GroupConflict conflict) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
        problem.setProperty(ProblemDetailsAdvice.ERRORS, List.of(Map.of("field", conflict.field(),
                "message", "is already taken")));
        return problem;
    }
}
