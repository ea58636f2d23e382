package dev.helpdesk.knowledge.tickets;

import java.util.List;

/**
 * What the knowledge service keeps of a ticket, from the ticket events: enough to suggest
 * articles for it, to let only its requester (among customers) ask for them, and to draw a known
 * error from a resolved problem.
 *
 * @param type     INCIDENT, SERVICE_REQUEST or PROBLEM, as the ticket service spells it
 * @param sequence the ticket event these details are as of
 */
public record TicketText(String ticketId, String number, String type, String subject, String description,
        String requesterId, String category, List<String> tags, long sequence) {

    public TicketText {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The text that articles are matched against: the subject, then the description. */
    public String searchText() {
        return (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
    }
}
