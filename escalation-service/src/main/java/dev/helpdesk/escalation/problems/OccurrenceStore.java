package dev.helpdesk.escalation.problems;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The incidents counted toward patterns, one per ticket, and so also the candidates' incidents.
 * Every write is a single-document conditional update, or an insert under the ticket's id, so
 * redeliveries and several instances need no transactions.
 */
public interface OccurrenceStore {

    /** Stores the occurrence unless its ticket has one; returns the one stored, which may be older. */
    Occurrence remember(Occurrence occurrence);

    Optional<Occurrence> find(String ticketId);

    /**
     * Moves an incident that belongs to no candidate to another pattern (or none), only while it
     * still has {@code fromKey}, belongs to no candidate and its last applied sequence is older.
     *
     * @return the occurrence after the move, or empty if it did not happen
     */
    Optional<Occurrence> move(String ticketId, String fromKey, String toKey, String category, long sequence);

    /** The pattern's incidents that belong to no candidate, opened from {@code from} to {@code to}. */
    List<Occurrence> counted(String key, Instant from, Instant to);

    /** Makes these incidents the candidate's, each only if it belongs to none yet. */
    void claim(String candidateId, Collection<String> ticketIds);

    /** Makes the incident the candidate's if it belongs to none yet; false if it belongs to one already. */
    boolean join(String ticketId, String candidateId);

    /**
     * Takes the incident back out of the candidate, only while nothing was done with it for the
     * candidate's problem (linked or refused).
     *
     * @return true if it belongs to no candidate now
     */
    boolean release(String ticketId, String candidateId);

    /** The candidate's incidents, oldest first. */
    List<Occurrence> members(String candidateId);

    long memberCount(String candidateId);

    /** Records that the ticket service linked the incident to the candidate's problem. */
    void linked(String ticketId, String candidateId, String problemTicketId);

    /** Records why the ticket service would not link the incident to the candidate's problem. */
    void refused(String ticketId, String candidateId, String reason);
}
