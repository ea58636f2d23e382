package dev.helpdesk.reporting.query;

/**
 * The moments of a ticket that the report cube counts, each the moment of a figure of
 * docs/reports.md. A ticket contributes once per moment it has (per element for the lists).
 */
enum CubeKind {
    /** {@code openedAt}: opened, backlog by status, recurring incidents. */
    OPENED,
    /** each of {@code resolvedTimes}. */
    RESOLVED,
    /** each of {@code reopenedTimes}. */
    REOPENED,
    CLOSED,
    CANCELLED,
    /** each of {@code escalatedTimes}. */
    ESCALATED,
    /** {@code firstResponseAt}, with the time to it. */
    FIRST_RESPONSE,
    /** {@code finalResolvedAt}: resolved for good, with time to resolution, first-contact, reopen and rating. */
    RESOLVED_FOR_GOOD,
    /** {@code firstResponseSlaAt}, with the target's outcome. */
    FIRST_RESPONSE_SLA,
    /** {@code resolutionSlaAt}, likewise. */
    RESOLUTION_SLA
}
