package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.CustomerState;
import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerTimeline;
import dev.helpdesk.customer.directory.CustomerView;
import dev.helpdesk.customer.directory.UnknownCustomer;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.IfMatch;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customers (requesters) of the directory ({@link DirectoryAccess} decides who may call what).
 * A customer reads only their own record; anyone else's is 404 to them, as a ticket is. Each record
 * carries its version as the {@code ETag}; a change may name it in {@code If-Match}.
 */
@RestController
@RequestMapping(CustomerController.PATH)
class CustomerController {

    static final String PATH = "/api/v1/customers";
    private static final int MAX_SIZE = 100;

    private final CustomerDirectory directory;
    private final CustomerAdministration administration;
    private final CustomerTimeline timeline;

    CustomerController(CustomerDirectory directory, CustomerAdministration administration,
            CustomerTimeline timeline) {
        this.directory = directory;
        this.administration = administration;
        this.timeline = timeline;
    }

    @GetMapping
    CustomerList list(@RequestParam(required = false) String email, @RequestParam(required = false) String q,
            @RequestParam(required = false) String organizationId, @RequestParam(required = false) Boolean vip,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw badParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw badParameter("size", "must be between 1 and " + MAX_SIZE);
        }
        CustomerDirectory.Page found = directory.customers(
                new CustomerDirectory.Filter(blankAsNull(email), blankAsNull(q), blankAsNull(organizationId), vip,
                        active), page, size);
        return new CustomerList(found.items().stream().map(CustomerResponse::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomerResponse> one(@PathVariable String id, Caller caller) {
        if (caller.isCustomerOnly() && !id.equals(caller.customerId())) {
            throw new UnknownCustomer(id);
        }
        // the directory trails the events by milliseconds: a record just registered is read from them
        CustomerView view = directory.customer(id).or(() -> timeline.current(id))
                .orElseThrow(() -> new UnknownCustomer(id));
        return ResponseEntity.ok().eTag(IfMatch.etagOf(view.version())).body(CustomerResponse.of(view));
    }

    @PostMapping
    ResponseEntity<CustomerResponse> register(@RequestBody RegisterCustomerRequest request, Caller caller,
            HttpServletRequest http) {
        String id = request.id() == null ? UUID.randomUUID().toString() : requireUuid(request.id());
        CustomerState registered = administration.register(id, request.profile(),
                RequestMetadata.of(caller, http));
        return ResponseEntity.created(URI.create(PATH + "/" + id)).eTag(IfMatch.etagOf(registered.version()))
                .body(CustomerResponse.of(registered));
    }

    @PatchMapping("/{id}")
    ResponseEntity<CustomerResponse> change(@PathVariable String id, @RequestBody Map<String, Object> body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller,
            HttpServletRequest http) {
        Long expected = IfMatch.expectedVersion(ifMatch, "customer");
        CustomerState changed = administration.change(id, CustomerPatchRequest.read(body), expected,
                RequestMetadata.of(caller, http));
        return ResponseEntity.ok().eTag(IfMatch.etagOf(changed.version())).body(CustomerResponse.of(changed));
    }

    /**
     * Erases the customer's personal data (GDPR): admins only ({@link DirectoryAccess}); answers the
     * anonymised record. Erasing again answers the same and records nothing.
     */
    @PostMapping("/{id}/erasure")
    ResponseEntity<CustomerResponse> erase(@PathVariable String id, @RequestBody ErasureRequest request,
            Caller caller, HttpServletRequest http) {
        CustomerState erased = administration.erase(id, request.reason(), caller.id(),
                RequestMetadata.of(caller, http));
        return ResponseEntity.ok().eTag(IfMatch.etagOf(erased.version())).body(CustomerResponse.of(erased));
    }

    private static String requireUuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase(Locale.ROOT)) ? id : invalidId();
        } catch (IllegalArgumentException e) {
            return invalidId();
        }
    }

    private static String invalidId() {
        throw badParameter("id", "must be a UUID");
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ErrorResponseException badParameter(String name, String message) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidField(name, message),
                null);
    }
}
