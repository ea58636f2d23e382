package dev.helpdesk.customer.notification;

/** What the notifications need of a ticket that its later events do not carry. */
public record TicketFacts(String ticketId, String number, String subject, String requesterId) {
}
