package dev.helpdesk.contracts.sla;

/**
 * CloudEvents {@code type} of each SLA event on {@link dev.helpdesk.contracts.Topics#SLA}, published
 * by the escalation service. The version is part of the name: a change that breaks consumers gets
 * a new name.
 */
public final class SlaEventTypes {

    public static final String WARNING = "helpdesk.sla.warning.v1";
    public static final String BREACHED = "helpdesk.sla.breached.v1";
    public static final String ESCALATION_REQUESTED = "helpdesk.sla.escalation-requested.v1";
    public static final String AUTO_CLOSE_REQUESTED = "helpdesk.sla.auto-close-requested.v1";
    public static final String PENDING_REMINDER = "helpdesk.sla.pending-reminder.v1";
    public static final String TARGET_STOPPED = "helpdesk.sla.target-stopped.v1";

    private SlaEventTypes() {
    }
}
