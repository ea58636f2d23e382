package dev.helpdesk.escalation.problems;

import dev.helpdesk.escalation.admin.ContendedChange;
import dev.helpdesk.escalation.admin.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What staff do with problem candidates: list and read them; a supervisor turns one into a PROBLEM
 * ticket with its incidents linked, or dismisses it (decisions D31).
 *
 * <p>Turning a candidate into a problem takes several calls to the ticket service, which owns
 * tickets: open the problem (under an idempotency key derived from the candidate), record its id on
 * the candidate, link each incident ({@code CAUSED_BY}), recording each link on the incident, and
 * only then mark the candidate PROMOTED, and link whatever joined in the meantime. A failure
 * anywhere leaves what was recorded, and calling again finishes the work with the same problem
 * ticket, linking only what is not linked yet.
 */
public final class ProblemCandidates {

    private final CandidateStore candidates;
    private final OccurrenceStore occurrences;
    private final ProblemTickets tickets;
    private final Duration claimLasts;
    private final Clock clock;

    /**
     * @param claimLasts how long one supervisor's unfinished promotion keeps others from starting
     *                   their own ({@code helpdesk.problems.promotion-claim})
     */
    public ProblemCandidates(CandidateStore candidates, OccurrenceStore occurrences, ProblemTickets tickets,
            Duration claimLasts, Clock clock) {
        this.candidates = candidates;
        this.occurrences = occurrences;
        this.tickets = tickets;
        this.claimLasts = claimLasts;
        this.clock = clock;
    }

    public ListedCandidates list(CandidateStatus status, int page, int size) {
        CandidateStore.Found found = candidates.list(status, page, size);
        return new ListedCandidates(found.candidates().stream()
                .map(candidate -> new ListedCandidates.Listed(candidate, occurrences.memberCount(candidate.id())))
                .toList(), found.total());
    }

    public CandidateIncidents get(String id) {
        return withIncidents(candidate(id));
    }

    /**
     * Turns the candidate into a PROBLEM ticket with every incident linked, or, if that was done
     * before, links what joined since and answers with the result.
     *
     * @throws CandidateDecided     if it was dismissed
     * @throws PromotionUnderway    if another supervisor's promotion is under way
     * @throws TicketServiceFailure if the ticket service failed; what was done stays recorded
     */
    public Promotion promote(String id, OnBehalfOf who) {
        ProblemCandidate candidate = candidate(id);
        if (candidate.status() == CandidateStatus.PROMOTED) {
            linkIncidents(candidate.id(), candidate.problemTicketId(), who);
            return new Promotion(get(id), false);
        }
        requireOpen(candidate, "turned into a problem");
        String problemTicketId = candidate.problemTicketId() != null ? candidate.problemTicketId()
                : openProblem(candidate, who);
        linkIncidents(id, problemTicketId, who);
        boolean promotedNow = candidates.promoted(id, problemTicketId, who.callerId(), now());
        if (!promotedNow) {
            ProblemCandidate current = candidate(id);
            if (current.status() != CandidateStatus.PROMOTED) {
                requireOpen(current, "turned into a problem");
                throw new ContendedChange("problem candidate", id);
            }
        }
        // incidents that joined while the others were linked; none joins a promoted candidate
        linkIncidents(id, problemTicketId, who);
        return new Promotion(get(id), promotedNow);
    }

    /** Dismisses an open candidate without a problem ticket; dismissing again answers the same. */
    public CandidateIncidents dismiss(String id, OnBehalfOf who, String reason) {
        ProblemCandidate candidate = candidate(id);
        if (candidate.status() != CandidateStatus.DISMISSED) {
            requireDismissable(candidate);
            if (!candidates.dismissed(id, who.callerId(), now(), reason, now().minus(claimLasts))) {
                ProblemCandidate current = candidate(id);
                if (current.status() != CandidateStatus.DISMISSED) {
                    requireDismissable(current);
                    throw new ContendedChange("problem candidate", id);
                }
            }
        }
        return get(id);
    }

    /** Opens the problem once: claims the candidate, opens the ticket, records it. */
    private String openProblem(ProblemCandidate candidate, OnBehalfOf who) {
        Instant now = now();
        Optional<ProblemCandidate> claimed = candidates.claimPromotion(candidate.id(), who.callerId(), now,
                now.minus(claimLasts));
        if (claimed.isEmpty()) {
            ProblemCandidate current = candidate(candidate.id());
            requireOpen(current, "turned into a problem");
            if (current.problemTicketId() != null) {
                return current.problemTicketId();
            }
            throw new PromotionUnderway(candidate.id(), current.promotion(), current.promotion().at().plus(claimLasts));
        }
        String opened = tickets.open(ProblemTicket.of(claimed.get(), who), who);
        // should a claim have expired and two problems been opened, the first recorded one is the candidate's
        return candidates.recordProblem(candidate.id(), opened).orElseThrow(() -> new CandidateDecided(
                "Problem candidate " + candidate.id() + " was dismissed meanwhile", CandidateStatus.DISMISSED));
    }

    /** Links each incident of the candidate that is not linked (or refused) yet, recording each outcome. */
    private void linkIncidents(String candidateId, String problemTicketId, OnBehalfOf who) {
        for (Occurrence incident : occurrences.members(candidateId)) {
            if (!incident.awaitsLink()) {
                continue;
            }
            String refused = tickets.linkCausedBy(incident.ticketId(), problemTicketId, who);
            if (refused == null) {
                occurrences.linked(incident.ticketId(), candidateId, problemTicketId);
            } else {
                occurrences.refused(incident.ticketId(), candidateId, refused);
            }
        }
    }

    private ProblemCandidate candidate(String id) {
        return candidates.find(id).orElseThrow(() -> new NotFound("problem candidate", id));
    }

    private CandidateIncidents withIncidents(ProblemCandidate candidate) {
        return new CandidateIncidents(candidate, occurrences.members(candidate.id()));
    }

    private static void requireOpen(ProblemCandidate candidate, String what) {
        if (!candidate.isOpen()) {
            throw new CandidateDecided("Problem candidate " + candidate.id() + " is " + candidate.status()
                    + " and can no longer be " + what, candidate.status());
        }
    }

    /** Open, without a problem ticket, and nobody is opening one right now. */
    private void requireDismissable(ProblemCandidate candidate) {
        requireOpen(candidate, "dismissed");
        if (candidate.problemTicketId() != null) {
            throw new CandidateDecided("Problem candidate " + candidate.id() + " has its problem ticket "
                    + candidate.problemTicketId() + " already; turn it into the problem to finish",
                    CandidateStatus.OPEN);
        }
        PromotionClaim claim = candidate.promotion();
        if (claim != null && claim.at().isAfter(now().minus(claimLasts))) {
            throw new PromotionUnderway(candidate.id(), claim, claim.at().plus(claimLasts));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
