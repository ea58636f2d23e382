package dev.helpdesk.contracts.ticket;

/**
 * CloudEvents {@code type} of each ticket event on {@link dev.helpdesk.contracts.Topics#TICKETS}.
 * The version is part of the name: a change that breaks consumers gets a new name.
 */
public final class TicketEventTypes {

    public static final String OPENED = "helpdesk.ticket.opened.v1";

    private TicketEventTypes() {
    }
}
