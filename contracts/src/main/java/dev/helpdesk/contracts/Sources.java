package dev.helpdesk.contracts;

/** CloudEvents {@code source} of each producing service. */
public final class Sources {

    public static final String TICKET_SERVICE = "/helpdesk/ticket-service";
    public static final String ESCALATION_SERVICE = "/helpdesk/escalation-service";
    public static final String KNOWLEDGE_SERVICE = "/helpdesk/knowledge-service";
    public static final String CUSTOMER_SERVICE = "/helpdesk/customer-service";

    private Sources() {
    }
}
