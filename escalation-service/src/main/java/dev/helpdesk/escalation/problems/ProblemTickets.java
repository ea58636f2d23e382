package dev.helpdesk.escalation.problems;

/**
 * The ticket service, which owns tickets, as this service asks it to open a problem and link
 * incidents to it (DESIGN.md section 5), on behalf of the supervisor. Each call either answers or
 * throws {@link TicketServiceFailure}.
 */
public interface ProblemTickets {

    /**
     * Opens the PROBLEM ticket, or, for a repeated idempotency key of the same caller, finds the one
     * opened before.
     *
     * @return the problem ticket's id
     */
    String open(ProblemTicket problem, OnBehalfOf who);

    /**
     * Links the incident to the problem as {@code CAUSED_BY}; linking again changes nothing.
     *
     * @return null when linked (or linked before), else why the ticket service refused (the incident
     *     is closed or cancelled, or unknown to it)
     */
    String linkCausedBy(String incidentId, String problemTicketId, OnBehalfOf who);
}
