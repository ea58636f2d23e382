package dev.helpdesk.ticket.api;

/** The caller acted on a version of the ticket that is no longer current (a stale If-Match). */
public class StaleTicketVersion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long current;

    public StaleTicketVersion(long expected, long current) {
        super("The ticket is at version " + current + ", not " + expected);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
