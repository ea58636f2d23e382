package dev.helpdesk.ticket.command;

import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.OpenTicket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The invariants a ticket guards itself, whatever the edge in front of it already checked: a
 * command that breaks one is rejected as a whole, and nothing is recorded.
 */
final class TicketRules {

    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_TAGS = 20;

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
}
