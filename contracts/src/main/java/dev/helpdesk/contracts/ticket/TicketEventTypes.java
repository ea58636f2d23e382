package dev.helpdesk.contracts.ticket;

/**
 * CloudEvents {@code type} of each ticket event on {@link dev.helpdesk.contracts.Topics#TICKETS}.
 * The version is part of the name: a change that breaks consumers gets a new name.
 */
public final class TicketEventTypes {

    public static final String OPENED = "helpdesk.ticket.opened.v1";
    public static final String UPDATED = "helpdesk.ticket.updated.v1";
    public static final String PRIORITY_CHANGED = "helpdesk.ticket.priority-changed.v1";
    public static final String ASSIGNED = "helpdesk.ticket.assigned.v1";
    public static final String WORK_STARTED = "helpdesk.ticket.work-started.v1";
    public static final String COMMENT_ADDED = "helpdesk.ticket.comment-added.v1";
    public static final String PENDED = "helpdesk.ticket.pended.v1";
    public static final String RESUMED = "helpdesk.ticket.resumed.v1";
    public static final String ESCALATED = "helpdesk.ticket.escalated.v1";
    public static final String LINKED = "helpdesk.ticket.linked.v1";
    public static final String INCIDENT_LINKED = "helpdesk.ticket.incident-linked.v1";
    public static final String RESOLVED = "helpdesk.ticket.resolved.v1";
    public static final String REOPENED = "helpdesk.ticket.reopened.v1";
    public static final String CLOSED = "helpdesk.ticket.closed.v1";
    public static final String CANCELLED = "helpdesk.ticket.cancelled.v1";
    public static final String SATISFACTION_RATED = "helpdesk.ticket.satisfaction-rated.v1";

    private TicketEventTypes() {
    }
}
