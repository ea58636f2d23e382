package dev.helpdesk.escalation.clocks;

/** What an escalation does (DESIGN.md section 2; carried out by the ticket service, D30). */
public enum EscalationLevel {
    /** The ticket moves to its group's next-level group. */
    FUNCTIONAL,
    /** The group's supervisor is told. */
    HIERARCHICAL
}
