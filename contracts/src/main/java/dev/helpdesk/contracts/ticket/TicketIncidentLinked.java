package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#INCIDENT_LINKED} event, on the problem's own
 * stream: the incident {@code incidentId} was linked to this problem ({@code CAUSED_BY}). It
 * follows the incident's {@value TicketEventTypes#LINKED} event, so that the problem's history
 * and its state at any instant list its incidents.
 *
 * @param status the problem's status after the event (unchanged by it)
 * @param by     the subject of the token of the request that linked the incident, or null
 * @param at     when the ticket service accepted the event
 */
public record TicketIncidentLinked(
        String ticketId,
        String status,
        String incidentId,
        String by,
        Instant at) {
}
