package dev.helpdesk.contracts;

/**
 * The Kafka topics of the platform. Every topic carries CloudEvents in structured JSON mode,
 * keyed by the aggregate id so that one aggregate's events stay in order on one partition.
 */
public final class Topics {

    public static final String TICKETS = "helpdesk.tickets.v1";
    public static final String SLA = "helpdesk.sla.v1";
    public static final String KNOWLEDGE = "helpdesk.knowledge.v1";
    public static final String CUSTOMERS = "helpdesk.customers.v1";
    /** Inbound e-mail and monitoring alerts. */
    public static final String CHANNELS = "helpdesk.channels.v1";

    private Topics() {
    }

    /** Where a consumer parks the records of {@code topic} that it cannot parse or apply. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
