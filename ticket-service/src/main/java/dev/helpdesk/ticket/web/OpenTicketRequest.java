package dev.helpdesk.ticket.web;

import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.TicketType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/tickets}. Only these fields may be sent: anything else (a
 * status, a number) is rejected, not ignored. {@code requesterId} is required from agents and
 * integrations; a customer may leave it out, since they are the requester. {@code affectedAssetId}
 * optionally names the requester's device the ticket is about (an asset id of the customer service).
 */
record OpenTicketRequest(
        @NotNull TicketType type,
        @NotBlank @Size(max = 200) String subject,
        @NotNull @Size(max = 20_000) String description,
        @Size(max = 100) String requesterId,
        @NotNull Channel channel,
        @Size(max = 100) String category,
        @NotNull Level impact,
        @NotNull Level urgency,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 100) String affectedAssetId) {
}
