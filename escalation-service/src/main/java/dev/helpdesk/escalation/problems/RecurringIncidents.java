package dev.helpdesk.escalation.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts incidents toward their patterns and raises a problem candidate when one recurs (issue 4,
 * item 6; decisions D31). Only INCIDENT tickets count, each once, at the instant it was opened.
 * While a pattern has an open candidate, its new incidents join that candidate; otherwise an
 * incident that completes {@link RecurrenceRule#threshold} within the window raises a new one.
 *
 * <p>Safe under redelivery and with several instances, without transactions: an incident is one
 * document under its ticket id, joining is an idempotent add to the open candidate, and raising is
 * an insert that the store refuses while the pattern has an open candidate; whoever loses that race
 * joins the winner's candidate instead.
 */
public final class RecurringIncidents {

    /** Enough for a race lost to a candidate raised, then closed, in between: it cannot keep losing. */
    private static final int ATTEMPTS = 3;

    /** What became of a ticket event. */
    public enum Outcome {
        /** The incident is counted; its pattern has not recurred (yet). */
        COUNTED,
        /** The incident completed the threshold: a candidate was raised. */
        RAISED,
        /** The incident joined its pattern's open candidate. */
        JOINED,
        /** The incident belongs to a candidate already (a redelivery, or a later edit). */
        ALREADY_IN_A_CANDIDATE,
        /** The incident has no category, so no pattern. */
        UNCATEGORIZED,
        /** Not an incident this service counts, or an edit that changes nothing here. */
        IGNORED
    }

    private final OccurrenceStore occurrences;
    private final CandidateStore candidates;
    private final RecurrenceRule rule;
    private final Clock clock;

    public RecurringIncidents(OccurrenceStore occurrences, CandidateStore candidates, RecurrenceRule rule,
            Clock clock) {
        this.occurrences = occurrences;
        this.candidates = candidates;
        this.rule = rule;
        this.clock = clock;
    }

    public RecurrenceRule rule() {
        return rule;
    }

    /** An incident was opened: it counts toward its pattern (category, asset) at its opening instant. */
    public Outcome opened(OpenedIncident incident) {
        String key = PatternKey.of(incident.category(), incident.affectedAssetId()).map(PatternKey::value)
                .orElse(null);
        Occurrence stored = occurrences.remember(Occurrence.opened(incident.ticketId(), key,
                strip(incident.category()), incident.openedAt().truncatedTo(ChronoUnit.MILLIS), incident.sequence()));
        // a redelivery finds what the first delivery stored (perhaps moved since) and carries on
        // from there, in case the first stopped half-way
        return count(stored);
    }

    /**
     * A ticket's category changed. An incident that belongs to no candidate yet follows its ticket
     * to the new category's pattern (still counting at its opening instant), since the first
     * category was most likely a guess; one that belongs to a candidate stays there, as the
     * supervisor may already be looking at it.
     */
    public Outcome recategorized(RecategorizedTicket edit) {
        Optional<Occurrence> found = occurrences.find(edit.ticketId());
        if (found.isEmpty()) {
            return Outcome.IGNORED;
        }
        Occurrence occurrence = found.get();
        if (occurrence.candidateId() != null) {
            return Outcome.ALREADY_IN_A_CANDIDATE;
        }
        // the asset is the ticket's from its opening: it stays part of the pattern
        String asset = PatternKey.affectedItemOf(occurrence.key(), occurrence.category());
        String key = PatternKey.of(edit.category(), asset).map(PatternKey::value).orElse(null);
        if (Objects.equals(key, occurrence.key())) {
            // this very edit moved it before a crash: finish counting; any other edit changes nothing
            return occurrence.sequence() == edit.sequence() ? count(occurrence) : Outcome.IGNORED;
        }
        return occurrences.move(edit.ticketId(), occurrence.key(), key, strip(edit.category()), edit.sequence())
                .map(this::count)
                .orElse(Outcome.IGNORED);
    }

    private Outcome count(Occurrence occurrence) {
        if (occurrence.key() == null) {
            return Outcome.UNCATEGORIZED;
        }
        if (occurrence.candidateId() != null) {
            return Outcome.ALREADY_IN_A_CANDIDATE;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (joined(occurrence)) {
                return Outcome.JOINED;
            }
            Instant at = occurrence.at();
            List<Occurrence> counted = occurrences.counted(occurrence.key(), at.minus(rule.window()),
                    at.plus(rule.window()));
            if (counted.stream().noneMatch(other -> other.ticketId().equals(occurrence.ticketId()))) {
                // a concurrent raise claimed it between our reads
                return Outcome.ALREADY_IN_A_CANDIDATE;
            }
            Optional<List<Occurrence>> recurring = rule.recurringWith(occurrence, counted);
            if (recurring.isEmpty()) {
                // A raise that did not see this incident may have been stored since the first join:
                // then it is open now (had it seen the incident, the incident would be claimed).
                return joined(occurrence) ? Outcome.JOINED : Outcome.COUNTED;
            }
            ProblemCandidate raised = ProblemCandidate.raise(recurring.get(), rule,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            if (candidates.raise(raised)) {
                occurrences.claim(raised.id(), raised.detection().incidentIds());
                return Outcome.RAISED;
            }
            // another instance raised one first (then the next attempt joins it), or this one was
            // raised before a crash and perhaps closed since: make sure its incidents are claimed
            candidates.find(raised.id()).ifPresent(existing -> occurrences.claim(existing.id(),
                    existing.detection().incidentIds()));
        }
        throw new IllegalStateException("Could not count incident " + occurrence.ticketId() + " toward pattern "
                + occurrence.key() + " after " + ATTEMPTS + " attempts; the record is retried");
    }

    /**
     * Adds the incident to its pattern's open candidate, if there is one. Should the candidate have
     * been promoted or dismissed in between, the incident is taken back out (unless its problem got
     * it already) and counts afresh: a decided candidate takes no new incidents.
     */
    private boolean joined(Occurrence occurrence) {
        Optional<String> open = candidates.widen(occurrence.key(), occurrence.at());
        if (open.isEmpty()) {
            return false;
        }
        String candidateId = open.get();
        if (!occurrences.join(occurrence.ticketId(), candidateId)) {
            return true; // it belongs to a candidate already: this one, on a redelivery
        }
        return candidates.isOpen(candidateId) || !occurrences.release(occurrence.ticketId(), candidateId);
    }

    private static String strip(String category) {
        return category == null || category.isBlank() ? null : category.strip();
    }
}
