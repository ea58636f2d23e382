package dev.helpdesk.escalation.problems;

import java.time.Instant;

/**
 * One incident as counted toward its pattern: one per ticket, whatever the redeliveries. It is also
 * the incident's membership of a candidate, so a candidate that keeps gathering incidents for weeks
 * stays a small document.
 *
 * @param key         the pattern's {@link PatternKey#value()}, or null for an incident without a category
 * @param category    the category as the ticket spells it, trimmed
 * @param at          when the incident was opened, to the millisecond
 * @param sequence    the sequence of the last ticket event applied to it
 * @param candidateId the candidate it belongs to, or null while it belongs to none; an incident
 *                    belongs to one candidate at most, and then never counts toward another
 * @param linkedTo    the problem ticket the ticket service linked it to, or null
 * @param refusal     why the ticket service would not link it (closed, cancelled, unknown), or null
 */
public record Occurrence(String ticketId, String key, String category, Instant at, long sequence,
        String candidateId, String linkedTo, String refusal) {

    /** A newly opened incident: in no candidate, linked to nothing. */
    static Occurrence opened(String ticketId, String key, String category, Instant at, long sequence) {
        return new Occurrence(ticketId, key, category, at, sequence, null, null, null);
    }

    /** Whether linking it to its candidate's problem is still to be done. */
    public boolean awaitsLink() {
        return linkedTo == null && refusal == null;
    }
}
