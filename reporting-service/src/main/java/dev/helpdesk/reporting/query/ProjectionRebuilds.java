package dev.helpdesk.reporting.query;

/**
 * Rebuilding the projections from the topics into a fresh collection while the current one keeps
 * serving (issue 7 item 4); the reading of the topics is the Kafka edge's business.
 */
public interface ProjectionRebuilds {

    /**
     * Starts a rebuild and returns at once.
     *
     * @throws RebuildAlreadyRunningException when one runs, here or on another instance
     */
    RebuildProgress start();

    ProjectionsStatus status();

    /** A second rebuild asked for while one runs. */
    class RebuildAlreadyRunningException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RebuildAlreadyRunningException() {
            super("A rebuild of the projections is already running");
        }
    }
}
