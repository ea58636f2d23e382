package dev.helpdesk.ticket.command;

import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.AssetHandover;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.LinkTicket;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.UpdateTicketDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The invariants a ticket guards itself, whatever the edge in front of it already checked: a
 * command that breaks one is rejected as a whole, and nothing is recorded.
 */
final class TicketRules {

    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_TAGS = 20;
    static final int MAX_COMMENT = 20_000;
    static final int MAX_NOTE = 20_000;
    static final int MAX_ASSET_TEXT = 100;
    /**
     * A service request in this category asks for a new laptop (issue 6 item 2): fulfilled, it must
     * say which laptop was handed over, so that it is recorded on the requester.
     */
    static final String LAPTOP_CATEGORY = "hardware/laptop";

    private TicketRules() {
    }

    static void requireOpenable(OpenTicket command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.ticketId() == null) {
            violations.add(Map.entry("ticketId", "is required"));
        }
        if (command.number() == null) {
            violations.add(Map.entry("number", "is required"));
        }
        if (command.type() == null) {
            violations.add(Map.entry("type", "is required"));
        }
        if (command.subject() == null || command.subject().isBlank()) {
            violations.add(Map.entry("subject", "must not be blank"));
        } else if (command.subject().strip().length() > MAX_SUBJECT) {
            violations.add(Map.entry("subject", "must be at most " + MAX_SUBJECT + " characters"));
        }
        if (command.description() == null) {
            violations.add(Map.entry("description", "is required"));
        } else if (command.description().length() > MAX_DESCRIPTION) {
            violations.add(Map.entry("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (command.requesterId() == null || command.requesterId().isBlank()) {
            violations.add(Map.entry("requesterId", "must not be blank"));
        }
        if (command.channel() == null) {
            violations.add(Map.entry("channel", "is required"));
        }
        if (command.impact() == null) {
            violations.add(Map.entry("impact", "is required"));
        }
        if (command.urgency() == null) {
            violations.add(Map.entry("urgency", "is required"));
        }
        if (command.tags().size() > MAX_TAGS) {
            violations.add(Map.entry("tags", "must have at most " + MAX_TAGS + " entries"));
        } else if (command.tags().stream().anyMatch(tag -> tag == null || tag.isBlank())) {
            violations.add(Map.entry("tags", "must not contain blank tags"));
        }
        if (command.openedBy() == null || command.openedBy().isBlank()) {
            violations.add(Map.entry("openedBy", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTicketCommand("The ticket cannot be opened", violations);
        }
    }

    static List<String> cleanTags(List<String> tags) {
        return tags.stream().map(String::strip).distinct().toList();
    }

    static void requireUpdatable(UpdateTicketDetails command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.subject() != null && command.subject().isBlank()) {
            violations.add(Map.entry("subject", "must not be blank"));
        } else if (command.subject() != null && command.subject().strip().length() > MAX_SUBJECT) {
            violations.add(Map.entry("subject", "must be at most " + MAX_SUBJECT + " characters"));
        }
        if (command.description() != null && command.description().length() > MAX_DESCRIPTION) {
            violations.add(Map.entry("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (command.tags() != null && command.tags().size() > MAX_TAGS) {
            violations.add(Map.entry("tags", "must have at most " + MAX_TAGS + " entries"));
        } else if (command.tags() != null && command.tags().stream().anyMatch(tag -> tag == null || tag.isBlank())) {
            violations.add(Map.entry("tags", "must not contain blank tags"));
        }
        reject("The ticket cannot be updated", violations);
    }

    static void requireLevels(Level impact, Level urgency) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (impact == null) {
            violations.add(Map.entry("impact", "is required"));
        }
        if (urgency == null) {
            violations.add(Map.entry("urgency", "is required"));
        }
        reject("The priority cannot change", violations);
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            reject("The request is incomplete", List.of(Map.entry(field, "must not be blank")));
        }
    }

    static void requireComment(AddComment command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.body() == null || command.body().isBlank()) {
            violations.add(Map.entry("body", "must not be blank"));
        } else if (command.body().length() > MAX_COMMENT) {
            violations.add(Map.entry("body", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (command.visibility() == null) {
            violations.add(Map.entry("visibility", "is required"));
        }
        reject("The comment cannot be added", violations);
    }

    static void requireLink(LinkTicket command, UUID ticketId, TicketType ownType) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.targetId() == null || command.kind() == null) {
            violations.add(Map.entry(command.targetId() == null ? "targetId" : "kind", "is required"));
        } else if (command.targetId().equals(ticketId)) {
            violations.add(Map.entry("targetId", "a ticket cannot be linked to itself"));
        } else if (command.kind() == LinkKind.CAUSED_BY && command.targetType() != TicketType.PROBLEM) {
            violations.add(Map.entry("targetId", "CAUSED_BY must point at a PROBLEM"));
        } else if (command.kind() == LinkKind.CAUSED_BY && ownType == TicketType.PROBLEM) {
            violations.add(Map.entry("kind", "a problem is not caused by another problem; use RELATED"));
        }
        reject("The tickets cannot be linked", violations);
    }

    static void requireResolution(ResolveTicket command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.code() == null) {
            violations.add(Map.entry("code", "is required"));
        }
        if (command.note() == null || command.note().isBlank()) {
            violations.add(Map.entry("note", "must not be blank"));
        } else if (command.note().length() > MAX_NOTE) {
            violations.add(Map.entry("note", "must be at most " + MAX_NOTE + " characters"));
        }
        reject("The ticket cannot be resolved", violations);
    }

    /**
     * A device is handed over only by a fulfilled service request, and it is told by a type and a
     * serial number or an asset tag (what the customer service asks of any asset); a fulfilled laptop
     * request must hand one over.
     */
    static void requireAssetHandover(TicketType type, String category, ResolveTicket command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        AssetHandover asset = command.asset();
        boolean fulfilledRequest = type == TicketType.SERVICE_REQUEST
                && command.code() == ResolutionCode.REQUEST_FULFILLED;
        if (asset == null) {
            if (fulfilledRequest && category != null && LAPTOP_CATEGORY.equalsIgnoreCase(category.strip())) {
                violations.add(Map.entry("asset", "must name the laptop handed over (type, model, serial or "
                        + "assetTag): a fulfilled " + LAPTOP_CATEGORY + " request records it on the requester"));
            }
            reject("The ticket cannot be resolved", violations);
            return;
        }
        if (!fulfilledRequest) {
            violations.add(Map.entry("asset",
                    "is handed over only by a SERVICE_REQUEST resolved as REQUEST_FULFILLED"));
        }
        if (asset.type() == null || asset.type().isBlank()) {
            violations.add(Map.entry("asset.type", "must not be blank, e.g. LAPTOP"));
        }
        if (blank(asset.serial()) && blank(asset.assetTag())) {
            violations.add(Map.entry("asset.serial", "or asset.assetTag must be given, to tell the device by"));
        }
        for (Map.Entry<String, String> field : List.of(Map.entry("type", text(asset.type())),
                Map.entry("model", text(asset.model())), Map.entry("serial", text(asset.serial())),
                Map.entry("assetTag", text(asset.assetTag())))) {
            if (field.getValue().strip().length() > MAX_ASSET_TEXT) {
                violations.add(Map.entry("asset." + field.getKey(),
                        "must be at most " + MAX_ASSET_TEXT + " characters"));
            }
        }
        reject("The ticket cannot be resolved", violations);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static void requireRating(int rating) {
        if (rating < 1 || rating > 5) {
            reject("The rating is invalid", List.of(Map.entry("rating", "must be between 1 and 5")));
        }
    }

    private static void reject(String message, List<Map.Entry<String, String>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidTicketCommand(message, violations);
        }
    }
}
