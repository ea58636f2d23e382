package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Note on the problem {@code ticketId} that {@code incidentId} was linked to it as caused by it.
 * Sent by the service itself after the incident's {@link TicketLinked}, never by a client, so it
 * carries no expected version: the incident's link is already a fact.
 */
public record RecordLinkedIncident(
        @TargetAggregateIdentifier UUID ticketId,
        UUID incidentId) {
}
