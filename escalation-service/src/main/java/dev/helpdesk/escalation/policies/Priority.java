package dev.helpdesk.escalation.policies;

import java.util.Optional;

/** A ticket's priority as the ticket events carry it; P1 is the most urgent. */
public enum Priority {
    P1, P2, P3, P4, P5;

    /** The next stricter priority, whose targets a VIP customer gets: P1 for P2, none for P1. */
    public Optional<Priority> stricter() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
