package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Resolving a problem with {@code resolveLinkedIncidents} resolves each of its incidents that is
 * still open with the problem's resolution code, note and article, in the same request. The
 * incidents were linked by agents who work them, so the problem's resolver may close them out
 * whichever group they are in (docs/decisions.md D20).
 */
@Component
class LinkedIncidentResolution {

    private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
    private static final int MAX_NOTE = 20_000;

    private final TicketCommands commands;
    private final TicketTimeline timeline;

    LinkedIncidentResolution(TicketCommands commands, TicketTimeline timeline) {
        this.commands = commands;
        this.timeline = timeline;
    }

    void resolve(TicketView problem, ActionRequests.Resolution resolution, Caller caller, HttpServletRequest http) {
        String note = noteFor(problem, resolution.note().strip());
        for (TicketView.LinkedIncident incident : problem.incidents()) {
            Optional<TicketView> current = timeline.current(incident.id());
            if (current.isEmpty() || !OPEN.contains(current.get().status())) {
                continue;
            }
            try {
                commands.send(new ResolveTicket(incident.id(), null, resolution.code(), note, resolution.articleId(),
                        caller.id()), caller, http);
            } catch (TicketRejected changedMeanwhile) {
                // resolved, closed or cancelled by someone else since it was read: nothing left to do
            }
        }
    }

    /** The requester of an incident learns which problem fixed it, when the note leaves room. */
    private static String noteFor(TicketView problem, String note) {
        String withProblem = "Resolved with problem " + problem.number() + ": " + note;
        return withProblem.length() <= MAX_NOTE ? withProblem : note;
    }
}
