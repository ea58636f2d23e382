package dev.helpdesk.reporting.query;

/** What applying one event to the projection did. */
public enum ApplyOutcome {
    /** The event was newer than anything applied to its ticket and is now reflected. */
    APPLIED,
    /** The event, or a newer one of the same ticket, was applied before: nothing changed. */
    ALREADY_APPLIED
}
