package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#RESOLVED} event; the status is RESOLVED.
 * {@code resolutionCode} is FIXED, WORKAROUND, REQUEST_FULFILLED, DUPLICATE, NOT_REPRODUCIBLE,
 * NO_ACTION_NEEDED or REJECTED; more may be added.
 *
 * @param note      what was done, as the requester reads it
 * @param articleId the knowledge article that helped, or null
 * @param by        the subject of the token of the request, or null when not known
 * @param at        when the ticket service accepted the event
 * @param asset     the device handed over to the requester, to be recorded on them (a fulfilled
 *                  service request for a laptop, say); null for other resolutions (added, so events
 *                  published before it read as null)
 */
public record TicketResolved(
        String ticketId,
        String status,
        String resolutionCode,
        String note,
        String articleId,
        String by,
        Instant at,
        ResolvedAsset asset) {

    /** A resolution that hands over no device. */
    public TicketResolved(String ticketId, String status, String resolutionCode, String note, String articleId,
            String by, Instant at) {
        this(ticketId, status, resolutionCode, note, articleId, by, at, null);
    }
}
