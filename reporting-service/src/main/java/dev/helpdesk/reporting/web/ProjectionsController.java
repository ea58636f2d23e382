package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import dev.helpdesk.reporting.query.ProjectionRebuilds;
import dev.helpdesk.reporting.query.ProjectionsStatus;
import dev.helpdesk.reporting.query.RebuildProgress;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilding the projections (issue 7 item 4): administrators start one and everyone who reads
 * reports at all may follow it. 202 with the progress; 409 while one runs.
 */
@RestController
@RequestMapping("/api/v1/reports/projections")
class ProjectionsController {

    static final URI STATUS = URI.create("/api/v1/reports/projections");

    private final ProjectionRebuilds rebuilds;

    ProjectionsController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    ProjectionsStatus status(Caller caller) {
        if (!caller.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("The projections' state is for supervisors and administrators");
        }
        return rebuilds.status();
    }

    @PostMapping("/rebuild")
    ResponseEntity<RebuildProgress> rebuild(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator rebuilds the projections");
        }
        try {
            return ResponseEntity.accepted().location(STATUS).body(rebuilds.start());
        } catch (ProjectionRebuilds.RebuildAlreadyRunningException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            problem.setProperty("projections", rebuilds.status());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }
}
