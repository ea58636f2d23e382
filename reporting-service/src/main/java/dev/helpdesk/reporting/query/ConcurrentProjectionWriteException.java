package dev.helpdesk.reporting.query;

/**
 * A ticket's document kept changing under this writer: a transient condition (consumers
 * rebalancing), so the record is retried, never dead-lettered.
 */
public class ConcurrentProjectionWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConcurrentProjectionWriteException(String ticketId, int attempts) {
        super("Ticket " + ticketId + " was written by someone else on each of " + attempts + " attempts");
    }
}
