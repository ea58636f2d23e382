package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.OrganizationState;
import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.OrganizationView;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisations customers belong to: staff and integrations read, admins register. */
@RestController
@RequestMapping(OrganizationController.PATH)
class OrganizationController {

    static final String PATH = "/api/v1/organizations";

    /** DESIGN.md section 5's Organisation. */
    record OrganizationResponse(String id, String name, String domain, Instant createdAt) {

        static OrganizationResponse of(OrganizationView view) {
            return new OrganizationResponse(view.id(), view.name(), view.domain(), view.createdAt());
        }

        static OrganizationResponse of(OrganizationState state) {
            return new OrganizationResponse(state.organizationId(), state.name(), state.domain(), state.createdAt());
        }
    }

    record OrganizationList(List<OrganizationResponse> items, int page, int size, long total) {
    }

    record RegisterOrganizationRequest(String name, String domain) {
    }

    private final CustomerDirectory directory;
    private final CustomerAdministration administration;

    OrganizationController(CustomerDirectory directory, CustomerAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    /** Organisations are few: one page holds them all. */
    @GetMapping
    OrganizationList list() {
        List<OrganizationResponse> all = directory.organizations().stream().map(OrganizationResponse::of).toList();
        return new OrganizationList(all, 0, all.size(), all.size());
    }

    @GetMapping("/{id}")
    OrganizationResponse one(@PathVariable String id) {
        return directory.organization(id).map(OrganizationResponse::of).orElseThrow(() ->
                new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "No organisation has the id " + id), null));
    }

    @PostMapping
    ResponseEntity<OrganizationResponse> register(@RequestBody RegisterOrganizationRequest request, Caller caller,
            HttpServletRequest http) {
        String id = UUID.randomUUID().toString();
        OrganizationState registered = administration.registerOrganization(id, request.name(), request.domain(),
                RequestMetadata.of(caller, http));
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(OrganizationResponse.of(registered));
    }
}
