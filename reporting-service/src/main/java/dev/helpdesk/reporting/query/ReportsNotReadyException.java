package dev.helpdesk.reporting.query;

/**
 * The reports cannot answer yet: the report cube is still reading its collection (after a start,
 * with many tickets). Answered with 503 and a {@code Retry-After}.
 */
public class ReportsNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportsNotReadyException() {
        super("The reports are being prepared after a start; try again in a few seconds.");
    }
}
