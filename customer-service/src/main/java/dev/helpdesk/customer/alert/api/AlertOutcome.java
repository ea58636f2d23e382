package dev.helpdesk.customer.alert.api;

/** What one alert of a notification changed. */
public enum AlertOutcome {
    /** A new occurrence: its incident will be opened. */
    OPENED,
    /** The occurrence was firing already: nothing new. */
    REPEATED,
    /** The occurrence ended: its incident will be resolved (or told, if an agent has taken it over). */
    RESOLVED,
    /** A resolved alert of no occurrence the desk knows of, or an older occurrence notified late: nothing. */
    IGNORED
}
