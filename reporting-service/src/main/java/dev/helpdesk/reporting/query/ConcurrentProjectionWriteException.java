package dev.helpdesk.reporting.query;

/**
 * A ticket's document kept changing under this writer: a transient condition (consumers
 * rebalancing), so the record is retried, never dead-lettered.
 */
public class ConcurrentProjectionWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConcurrentProjectionWriteException(String id, int attempts) {
        super("The document of " + id + " was written by someone else on each of " + attempts + " attempts");
    }
}
