package dev.helpdesk.platform.security;

/** The roles of DESIGN.md section 6, as they appear in a token's {@code roles} claim. */
public enum Role {
    /** Sees and works their own tickets only, never internal notes. */
    CUSTOMER,
    /** Works tickets of their groups, reads all tickets. */
    AGENT,
    /** An agent who may also reassign anywhere, escalate and read reports. */
    SUPERVISOR,
    /** Manages SLA policies, calendars and groups. */
    ADMIN,
    /** A service account of another system: opens tickets on behalf of requesters, reads. */
    INTEGRATION
}
