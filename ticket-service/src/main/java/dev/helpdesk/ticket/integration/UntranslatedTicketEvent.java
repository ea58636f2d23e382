package dev.helpdesk.ticket.integration;

/**
 * A ticket event with no translation into the published language. Thrown, never swallowed: the
 * publisher's tracking processor then keeps its token and retries, so the gap shows in the logs
 * and in the processor's status at once, and no event is skipped for good.
 */
class UntranslatedTicketEvent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UntranslatedTicketEvent(Class<?> eventType) {
        super("No translation into the published language for the ticket event " + eventType.getName()
                + "; add one to " + IntegrationEvents.class.getName());
    }
}
