package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.AssetState;
import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.directory.AssetView;
import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerTimeline;
import dev.helpdesk.customer.directory.UnknownCustomer;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The devices assigned to a customer ({@code /customers/{id}/assets}): staff and integrations read,
 * a customer reads their own, admins assign ({@link DirectoryAccess}).
 */
@RestController
@RequestMapping(CustomerController.PATH + "/{customerId}/assets")
class AssetController {

    /** DESIGN.md section 5's Asset. */
    record AssetResponse(String id, String type, String model, String serial, String assetTag, Instant assignedAt) {

        static AssetResponse of(AssetView view) {
            return new AssetResponse(view.id(), view.type(), view.model(), view.serial(), view.assetTag(),
                    view.assignedAt());
        }

        static AssetResponse of(AssetState state) {
            return new AssetResponse(state.assetId(), state.type(), state.model(), state.serial(), state.assetTag(),
                    state.assignedAt());
        }
    }

    record AssetList(List<AssetResponse> items, int page, int size, long total) {
    }

    record AssignAssetRequest(String type, String model, String serial, String assetTag) {
    }

    private final CustomerDirectory directory;
    private final CustomerTimeline timeline;
    private final CustomerAdministration administration;

    AssetController(CustomerDirectory directory, CustomerTimeline timeline, CustomerAdministration administration) {
        this.directory = directory;
        this.timeline = timeline;
        this.administration = administration;
    }

    /** The customer's devices, the first assigned first; all on one page (a customer has few). */
    @GetMapping
    AssetList assets(@PathVariable String customerId, Caller caller) {
        if (caller.isCustomerOnly() && !customerId.equals(caller.customerId())) {
            throw new UnknownCustomer(customerId);
        }
        if (directory.customer(customerId).or(() -> timeline.current(customerId)).isEmpty()) {
            throw new UnknownCustomer(customerId);
        }
        List<AssetResponse> items = directory.assetsOf(customerId).stream().map(AssetResponse::of).toList();
        return new AssetList(items, 0, items.size(), items.size());
    }

    @PostMapping
    ResponseEntity<AssetResponse> assign(@PathVariable String customerId, @RequestBody AssignAssetRequest request,
            Caller caller, HttpServletRequest http) {
        String assetId = UUID.randomUUID().toString();
        AssetState assigned = administration.assignAsset(new AssignAsset(customerId, assetId, request.type(),
                request.model(), request.serial(), request.assetTag()), RequestMetadata.of(caller, http));
        return ResponseEntity.created(URI.create(CustomerController.PATH + "/" + customerId + "/assets/" + assetId))
                .body(AssetResponse.of(assigned));
    }
}
