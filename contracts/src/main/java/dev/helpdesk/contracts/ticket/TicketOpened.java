package dev.helpdesk.contracts.ticket;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value TicketEventTypes#OPENED} event.
 *
 * <p>Enumerations travel as strings so that a consumer built against this version keeps reading
 * when a producer adds a value: {@code type} is INCIDENT, SERVICE_REQUEST or PROBLEM;
 * {@code channel} API, PORTAL, EMAIL, PHONE or MONITORING; {@code impact} and {@code urgency}
 * HIGH, MEDIUM or LOW; {@code priority} P1 to P5; {@code status} the state after the event.
 *
 * @param ticketId    the ticket's UUID, also the CloudEvent's subject and the record key
 * @param number      the human number, e.g. {@code HD-000042}
 * @param openedBy    who opened it: the subject of the caller's token
 * @param openedAt    when the ticket service accepted it
 * @param affectedAssetId the customer's device the ticket is about (an asset id of the customer
 *                    service's {@code /customers/{id}/assets}); null when it names none
 */
public record TicketOpened(
        String ticketId,
        String number,
        String type,
        String status,
        String subject,
        String description,
        String requesterId,
        String channel,
        String category,
        String impact,
        String urgency,
        String priority,
        List<String> tags,
        String openedBy,
        Instant openedAt,
        String affectedAssetId) {

    /** An opened ticket that names no affected asset. */
    public TicketOpened(String ticketId, String number, String type, String status, String subject,
            String description, String requesterId, String channel, String category, String impact, String urgency,
            String priority, List<String> tags, String openedBy, Instant openedAt) {
        this(ticketId, number, type, status, subject, description, requesterId, channel, category, impact, urgency,
                priority, tags, openedBy, openedAt, null);
    }
}
