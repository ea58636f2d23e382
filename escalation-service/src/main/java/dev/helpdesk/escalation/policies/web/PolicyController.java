package dev.helpdesk.escalation.policies.web;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.admin.web.HistoryEntry;
import dev.helpdesk.escalation.admin.web.ListPage;
import dev.helpdesk.escalation.admin.web.Paging;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA policies. Staff read them, admins create and change them (checked before a body is read,
 * see {@code StaffAccess}). A change names the version it was made to in {@code If-Match}; a stale
 * one is a 412 and changes nothing. Every version stays readable in {@code /history}.
 */
@RestController
@RequestMapping(PolicyController.PATH)
class PolicyController {

    static final String PATH = "/api/v1/sla/policies";
    static final String KIND = "SLA policy";

    private final VersionedDocuments<SlaPolicy> policies;
    private final VersionedDocuments<CalendarDefinition> calendars;

    PolicyController(VersionedDocuments<SlaPolicy> policies, VersionedDocuments<CalendarDefinition> calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    @GetMapping
    ListPage<PolicyView> list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        VersionedDocuments.Page<SlaPolicy> found = policies.page(paging.page(), paging.size());
        return new ListPage<>(found.items().stream().map(PolicyView::of).toList(), paging.page(), paging.size(),
                found.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<PolicyView> get(@PathVariable String id) {
        return answer(ResponseEntity.ok(), policies.find(id).orElseThrow(() -> new NotFound(KIND, id)));
    }

    /** Without an {@code id} the policy gets a UUID. */
    @PostMapping
    ResponseEntity<PolicyView> create(@RequestBody PolicyRequest request, Caller caller) {
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        Versioned<SlaPolicy> created = policies.create(request.toPolicy(id, calendars::exists), caller.id());
        return answer(ResponseEntity.created(URI.create(PATH + "/" + id)), created);
    }

    /** Replaces the policy; the body has the same fields as for creating one, its {@code id} may be left out. */
    @PutMapping("/{id}")
    ResponseEntity<PolicyView> update(@PathVariable String id, @RequestBody PolicyRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Long expectedVersion = IfMatch.expectedVersion(ifMatch, "policy");
        if (!Ids.valid(id) || !policies.exists(id)) {
            throw new NotFound(KIND, id);
        }
        if (request.id() != null && !request.id().equals(id)) {
            throw InvalidInput.of("id", "must be left out or be the id in the path, " + id);
        }
        SlaPolicy policy = request.toPolicy(id, calendars::exists);
        return answer(ResponseEntity.ok(), policies.update(policy, expectedVersion, caller.id()));
    }

    @GetMapping("/{id}/history")
    PolicyHistory history(@PathVariable String id) {
        return new PolicyHistory(id, HistoryEntry.of(policies.history(id), PolicyView::of));
    }

    /** Every version of one policy, oldest first. */
    record PolicyHistory(String policyId, List<HistoryEntry<PolicyView>> items) {
    }

    private static ResponseEntity<PolicyView> answer(ResponseEntity.BodyBuilder response, Versioned<SlaPolicy> policy) {
        return response.eTag(IfMatch.etagOf(policy.version())).body(PolicyView.of(policy));
    }
}
