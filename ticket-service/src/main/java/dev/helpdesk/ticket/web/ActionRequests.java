package dev.helpdesk.ticket.web;

import dev.helpdesk.ticket.api.AssetHandover;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies of the ticket's action endpoints; fields not listed here are rejected. */
final class ActionRequests {

    private ActionRequests() {
    }

    /** {@code PATCH /tickets/{id}}: a field left out stays as it is. */
    record UpdateDetails(@Size(min = 1, max = 200) String subject, @Size(max = 20_000) String description,
            @Size(max = 100) String category, @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {
    }

    record Assignment(@NotBlank @Size(max = 100) String groupId, @Size(max = 100) String agentId) {
    }

    record Comment(@NotBlank @Size(max = 20_000) String body, @NotNull Visibility visibility) {
    }

    record PriorityChange(@NotNull Level impact, @NotNull Level urgency) {
    }

    record Reason(@Size(max = 2_000) String reason) {
    }

    /** {@code toGroupId} is optional: without it the ticket goes to its group's next level. */
    record Escalation(@NotBlank @Size(max = 2_000) String reason, @Size(max = 100) String toGroupId) {
    }

    /**
     * {@code resolveLinkedIncidents}: for a PROBLEM, also resolve its open linked incidents.
     * {@code asset}: the device a fulfilled service request hands over to the requester (D90).
     */
    record Resolution(@NotNull ResolutionCode code, @NotBlank @Size(max = 20_000) String note,
            @Size(max = 100) String articleId, Boolean resolveLinkedIncidents, @Valid Asset asset) {

        AssetHandover handover() {
            return asset == null ? null : new AssetHandover(asset.type(), asset.model(), asset.serial(),
                    asset.assetTag());
        }

        boolean cascades() {
            return Boolean.TRUE.equals(resolveLinkedIncidents);
        }
    }

    /** Whether a type and a serial or tag are given is the ticket's rule; only the sizes are checked here. */
    record Asset(@Size(max = 100) String type, @Size(max = 100) String model, @Size(max = 100) String serial,
            @Size(max = 100) String assetTag) {
    }

    record Link(@NotNull UUID targetId, @NotNull LinkKind kind) {
    }

    record Satisfaction(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2_000) String comment) {
    }
}
