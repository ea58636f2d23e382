package dev.helpdesk.escalation.problems;

/**
 * A promoted candidate, with its problem ticket and its incidents.
 *
 * @param promotedNow true if this call promoted it, false if it was promoted before (a retry)
 */
public record Promotion(CandidateIncidents promoted, boolean promotedNow) {
}
