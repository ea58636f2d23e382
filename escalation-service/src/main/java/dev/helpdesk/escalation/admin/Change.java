package dev.helpdesk.escalation.admin;

/** One entry of a definition's history: who made it into which version, and what it then was. */
public record Change<T>(Kind kind, String by, Versioned<T> after) {

    public enum Kind { CREATED, UPDATED }
}
